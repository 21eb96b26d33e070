/**
 * Merging the searches of one question into one ranking (pure, no Pagefind). Each concept's forms are
 * searched separately and each "together" search (all words, joined compounds) covers several concepts.
 * A page scores by how many concepts it matches, weighted by how rare each concept is (a word found on
 * every page says little), plus a bonus when it matched the concepts together.
 */

/** Raw Pagefind scores of one search: result id → score. */
export type Scores = ReadonlyMap<string, number>;

export interface FormRun {
  weight: number;
  scores: Scores;
}

export interface TogetherRun extends FormRun {
  /** Indexes of the concepts this search covers. */
  covers: readonly number[];
}

/** Share of the score that comes from the concepts matched together. */
export const TOGETHER_BONUS = 0.5;

/** Scores divided by the best score of the same search (Pagefind scores only compare within a search). */
export function normalise(scores: Scores): Map<string, number> {
  const max = Math.max(0, ...scores.values());
  return new Map([...scores].map(([id, s]) => [id, max > 0 ? s / max : 0]));
}

/** How informative a concept is: ln(1 + total / (1 + pages found)). */
export function rarity(found: number, total: number): number {
  return Math.log(1 + total / (1 + found));
}

export function combine(concepts: readonly (readonly FormRun[])[], together: readonly TogetherRun[], total: number): Map<string, number> {
  const perConcept = concepts.map((forms) => {
    const best = new Map<string, number>();
    for (const { weight, scores } of forms) {
      for (const [id, s] of normalise(scores)) best.set(id, Math.max(best.get(id) ?? 0, weight * s));
    }
    return best;
  });
  const weights = perConcept.map((m) => rarity(m.size, total));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const bonus = new Map<string, number>();
  for (const { weight, scores, covers } of together) {
    const share = covers.reduce((a, c) => a + (weights[c] ?? 0), 0) / sum;
    for (const [id, s] of normalise(scores)) {
      const v = weight * s;
      for (const c of covers) perConcept[c]?.set(id, Math.max(perConcept[c]?.get(id) ?? 0, v));
      bonus.set(id, Math.max(bonus.get(id) ?? 0, v * share));
    }
  }
  const out = new Map<string, number>();
  perConcept.forEach((m, c) => {
    for (const [id, s] of m) out.set(id, (out.get(id) ?? 0) + ((weights[c] ?? 0) * s) / sum);
  });
  for (const [id, b] of bonus) out.set(id, (out.get(id) ?? 0) + TOGETHER_BONUS * b);
  return out;
}

/** Ids by score, best first; equal scores keep the order of first appearance. */
export function ranked(scores: ReadonlyMap<string, number>): string[] {
  return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
