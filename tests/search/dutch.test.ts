/**
 * The Dutch search suite: realistic queries against the built Pagefind index. Each query file in
 * tests/search/queries/ lists { q, verwacht, top? }: the expected page must be among the first `top`
 * (default 10) results. `verwacht` may be a list: any one of them counts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefind, topUrls } from '../support/pagefind.ts';

interface Query {
  q: string;
  verwacht: string | string[];
  /** Rank limit (default 10). */
  top?: number;
  waarom?: string;
}

const dir = 'tests/search/queries';
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), queries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Query[] }));

for (const { name, queries } of suites) {
  describe(`zoeken: ${name}`, () => {
    it.each(queries.map((q) => [q.q, q] as const))('"%s"', async (_q, query) => {
      const expected = Array.isArray(query.verwacht) ? query.verwacht : [query.verwacht];
      const urls = await topUrls(query.q, query.top ?? 10);
      expect(urls.some((u) => expected.includes(u)), `${query.q} → verwacht ${expected.join(' of ')}, kreeg:\n${urls.join('\n')}`).toBe(true);
    });
  });
}

describe('zoekfilters', () => {
  it('offers the filters type, thema, bron and doelgroep', async () => {
    const filters = await (await pagefind()).filters();
    for (const key of ['type', 'thema', 'bron', 'doelgroep']) expect(Object.keys(filters)).toContain(key);
    expect(Object.keys(filters.type!)).toEqual(expect.arrayContaining(['Gids', 'Praktijkvoorbeeld', 'Begrip', 'Bron', 'Instrument']));
  });

  it('narrows a search with a filter', async () => {
    const all = await topUrls('aanpak', 200);
    const onlyExamples = await topUrls('aanpak', 200, { type: 'Praktijkvoorbeeld' });
    expect(onlyExamples.length).toBeGreaterThan(0);
    expect(onlyExamples.length).toBeLessThan(all.length);
    expect(onlyExamples.every((u) => u.startsWith('/praktijkvoorbeelden/'))).toBe(true);
  });

  it('finds sub-results on headings', async () => {
    const { results } = await (await pagefind()).search('valkuilen');
    const data = await Promise.all(results.slice(0, 5).map((r) => r.data()));
    expect(data.some((d) => d.sub_results.some((s) => s.url.includes('#')))).toBe(true);
  });
});
