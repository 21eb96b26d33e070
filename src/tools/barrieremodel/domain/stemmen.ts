/**
 * Dot-voting (stippen plakken): each participant has the same number of dots. The budget of the
 * group is deelnemers × stippen; a vote beyond it is refused. Without participants (0) there is no budget.
 */
import type { Model, Stemming } from './types.ts';

export const STANDAARD_STEMMING: Stemming = { deelnemers: 0, stippen: 3, regel: 'stemmen-eerst' };

export interface Stembudget {
  /** deelnemers × stippen, or null when no budget is set. */
  totaal: number | null;
  /** Votes on all barrières together. */
  gebruikt: number;
  /** Votes left (negative when the budget was lowered below the votes cast), or null without budget. */
  over: number | null;
}

export function stemmenInModel(model: Model): number {
  let n = 0;
  for (const s of model.stappen) for (const b of s.barrieres) n += b.stemmen;
  return n;
}

export function stembudget(model: Model): Stembudget {
  const gebruikt = stemmenInModel(model);
  const { deelnemers, stippen } = model.stemming;
  if (deelnemers <= 0) return { totaal: null, gebruikt, over: null };
  const totaal = deelnemers * stippen;
  return { totaal, gebruikt, over: totaal - gebruikt };
}

/** One line for the screen: how many dots are left. */
export function budgetTekst(b: Stembudget): string {
  const stem = (n: number) => (n === 1 ? '1 stip' : `${n} stippen`);
  if (b.totaal === null) return `${stem(b.gebruikt)} geplakt; er is geen stembudget ingesteld.`;
  if (b.over !== null && b.over < 0) return `${stem(b.gebruikt)} geplakt van ${b.totaal}: ${stem(-b.over)} meer dan het budget.`;
  return `${stem(b.gebruikt)} geplakt van ${b.totaal}; nog ${stem(b.over ?? 0)} over.`;
}
