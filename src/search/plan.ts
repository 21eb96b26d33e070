/**
 * From a typed question to what to search for: misspellings corrected, words without meaning left
 * out, everyday words and abbreviations linked to the words of the site. Each remaining idea is a
 * concept with one or more forms; the engine searches each form and merges (src/search/engine.ts).
 */
import type { Lexicon } from './lexicon.ts';
import { fold, words } from './text.ts';

/** A search string and how much a hit on it counts (1 = fully). */
export interface Form {
  text: string;
  weight: number;
}

export interface Concept {
  /** The words as typed (after spelling), for display and title matching. */
  typed: string;
  forms: Form[];
}

export interface Plan {
  concepts: Concept[];
  /** Words left out because they carry no meaning. */
  dropped: string[];
  /** Corrected spellings: [typed, corrected]. */
  corrected: [string, string][];
}

/** A typed word that the lexicon links to other words still counts, but less than the site's own word. */
export const TYPED_WEIGHT = 0.5;

export function planQuery(query: string, lexicon: Lexicon): Plan {
  const corrected: [string, string][] = [];
  const tokens = words(query).flatMap((w) => {
    const fix = lexicon.spelling.get(fold(w));
    if (!fix) return [w];
    corrected.push([w, fix]);
    return words(fix);
  });
  const content = tokens.filter((t) => !lexicon.stopwords.has(fold(t)));
  // A question of only "empty" words ("wat doen") is still searched as typed.
  const keepAll = content.length === 0;
  const concepts: Concept[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(lexicon.longest, tokens.length - i); n >= 1 && !matched; n--) {
      const slice = tokens.slice(i, i + n);
      const link = lexicon.synonyms.get(fold(slice.join(' ')));
      if (!link) continue;
      const own = slice.filter((t) => !lexicon.stopwords.has(fold(t))).join(' ');
      const ownForm = own ? [{ text: own, weight: link.typedIsSiteWord ? 1 : TYPED_WEIGHT }] : [];
      concepts.push({
        typed: slice.join(' '),
        forms: link.typedIsSiteWord ? [...ownForm, ...link.targets.map((text) => ({ text, weight: 1 }))] : [...link.targets.map((text) => ({ text, weight: 1 })), ...ownForm],
      });
      matched = n;
    }
    if (matched) {
      i += matched;
      continue;
    }
    const token = tokens[i]!;
    if (!keepAll && lexicon.stopwords.has(fold(token))) dropped.push(token);
    else concepts.push({ typed: token, forms: [{ text: token, weight: 1 }] });
    i++;
  }
  return { concepts, dropped, corrected };
}

/**
 * Compounds written apart, joined: "kinder mishandeling" → "kindermishandeling". For each pair of
 * neighbouring single-word concepts, every combination of their one-word forms (at most `max`).
 */
export function joinCandidates(concepts: readonly Concept[], max = 4): { text: string; covers: [number, number]; weight: number }[] {
  const out: { text: string; covers: [number, number]; weight: number }[] = [];
  for (let i = 0; i + 1 < concepts.length; i++) {
    const left = concepts[i]!.forms.filter((f) => !f.text.includes(' '));
    const right = concepts[i + 1]!.forms.filter((f) => !f.text.includes(' '));
    let n = 0;
    for (const a of left) {
      for (const b of right) {
        if (n++ >= max) break;
        out.push({ text: `${a.text}${b.text}`, covers: [i, i + 1], weight: Math.min(a.weight, b.weight) });
      }
    }
  }
  return out;
}

/**
 * Ways to split a long word that may be a compound written as one: "huiselijkgeweld" →
 * "huiselijk geweld". Both parts at least four letters; a linking s is also tried ("veiligheidsplan").
 * The engine keeps a split only when both parts are found.
 */
export function splitCandidates(word: string, minPart = 4): [string, string][] {
  const out: [string, string][] = [];
  for (let i = minPart; i <= word.length - minPart; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (left.includes('-') || right.includes('-')) continue;
    out.push([left, right]);
    if (left.endsWith('s') && left.length > minPart) out.push([left.slice(0, -1), right]);
  }
  return out;
}
