/** What the search page says, as pure functions (src/components/search/zoeken.ts puts it on the page). */
import type { Plan } from './plan.ts';

/** Type labels as shown on a result (the indexed type filter → a Dutch word in lower case). */
export const TYPE_LABELS: Record<string, string> = {
  Gids: 'gids',
  Praktijkvoorbeeld: 'praktijkvoorbeeld',
  Begrip: 'begrip',
  Instrument: 'instrument',
  Thema: 'thema',
  Bron: 'bron',
  Overzicht: 'overzicht',
  Pagina: 'pagina',
};

export const typeLabel = (type: string | undefined): string => (type ? (TYPE_LABELS[type] ?? type.toLowerCase()) : 'pagina');

/**
 * A Pagefind excerpt as text parts; `mark` parts are the words found. Pagefind escapes the page text
 * and adds only <mark>; everything else stays text, so nothing in it can become markup.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|#x27|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", amp: '&' })[e] ?? '');
  const parts: { text: string; mark: boolean }[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((chunk) => {
    if (!chunk) return;
    const mark = chunk.startsWith('<mark>');
    const text = decode((mark ? chunk.slice(6, -7) : chunk).replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, mark });
  });
  return parts;
}

/** "12 resultaten voor ..." with what was searched for when that differs from what was typed. */
export function statusText(query: string, plan: Plan, found: number): string {
  const q = query.trim();
  if (!q) return '';
  const count = found === 0 ? `Geen resultaten voor ‘${q}’.` : `${found} ${found === 1 ? 'resultaat' : 'resultaten'} voor ‘${q}’.`;
  const notes: string[] = [];
  if (plan.corrected.length) notes.push(`Gelezen als: ${plan.corrected.map(([, good]) => good).join(', ')}.`);
  if (plan.dropped.length && plan.concepts.length) notes.push(`Gezocht op: ${plan.concepts.map((c) => c.typed).join(', ')}.`);
  if (found === 0) notes.push('Probeer een ander woord of minder woorden, of kijk in de overzichten.');
  return [count, ...notes].join(' ');
}

/** The filters of the form as Pagefind filters: within a facet any value may match, across facets all. */
export function pagefindFilters(selection: Record<string, readonly string[]>): Record<string, { any: string[] }> | undefined {
  const entries = Object.entries(selection).filter(([, v]) => v.length > 0);
  return entries.length ? Object.fromEntries(entries.map(([k, v]) => [k, { any: [...v] }])) : undefined;
}
