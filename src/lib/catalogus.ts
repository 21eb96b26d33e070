/**
 * Filtering of catalogues (praktijkvoorbeelden, maatregelen): pure logic shared by the pages (build)
 * and their small script (browser). Within a facet the chosen values are alternatives (OR); facets
 * combine (AND). The selection lives in the URL (?thema=a&thema=b&regio=Tilburg) so a filtered view
 * can be shared.
 */
export type Selection = Record<string, string[]>;

export interface CatalogItem {
  id: string;
  values: Record<string, string[]>;
}

export const VOORBEELD_FACETS = ['thema', 'doelgroep', 'bron', 'regio', 'partner'] as const;

export const emptySelection = (facets: readonly string[]): Selection => Object.fromEntries(facets.map((f) => [f, []]));

/** Reads the selection from a query string; values not in `known` (a tampered link) are dropped. */
export function parseSelection(search: string, facets: readonly string[], known?: Record<string, Set<string>>): Selection {
  const params = new URLSearchParams(search);
  const sel = emptySelection(facets);
  for (const facet of facets) {
    const values = [...new Set(params.getAll(facet).map((v) => v.trim()).filter(Boolean))];
    const allowed = known?.[facet];
    sel[facet] = allowed ? values.filter((v) => allowed.has(v)) : values;
  }
  return sel;
}

export function serializeSelection(sel: Selection): string {
  const params = new URLSearchParams();
  for (const [facet, values] of Object.entries(sel)) for (const v of values) params.append(facet, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function matches(item: CatalogItem, sel: Selection, ignore?: string): boolean {
  return Object.entries(sel).every(
    ([facet, values]) => facet === ignore || values.length === 0 || values.some((v) => (item.values[facet] ?? []).includes(v)),
  );
}

export function filterItems<T extends CatalogItem>(items: readonly T[], sel: Selection): T[] {
  return items.filter((i) => matches(i, sel));
}

/** How many items each option would give, with the other facets' choices applied. */
export function optionCounts(items: readonly CatalogItem[], sel: Selection, facet: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, sel, facet)) continue;
    for (const v of item.values[facet] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export function knownValues(items: readonly CatalogItem[], facets: readonly string[]): Record<string, Set<string>> {
  return Object.fromEntries(facets.map((f) => [f, new Set(items.flatMap((i) => i.values[f] ?? []))]));
}

export function resultText(n: number, total: number, noun: string): string {
  if (n === total) return `Alle ${total} ${noun}`;
  if (n === 0) return `Geen ${noun} met deze filters. Haal een filter weg.`;
  return `${n} van de ${total} ${noun}`;
}
