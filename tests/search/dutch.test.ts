/**
 * The Dutch search suite: realistic queries through the Dutch query layer (src/search/) against the
 * built Pagefind index, as the search page asks them. Each query file in tests/search/queries/ lists
 * { q, verwacht, top? }: the expected page must be among the first `top` (default 10) results.
 * `verwacht` may be a list: any one of them counts. vragen.json holds questions as professionals type
 * them; at least 95% of those must find a fitting page in the top 3.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefind, questionUrls, topUrls } from '../support/pagefind.ts';

interface Query {
  q: string;
  verwacht: string | string[];
  /** Rank limit (default 10). */
  top?: number;
  waarom?: string;
}

const dir = 'tests/search/queries';
const QUESTIONS = 'vragen';
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), queries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Query[] }));

const expectedOf = (query: Query) => (Array.isArray(query.verwacht) ? query.verwacht : [query.verwacht]);

for (const { name, queries } of suites.filter((s) => s.name !== QUESTIONS)) {
  describe(`zoeken: ${name}`, () => {
    it.each(queries.map((q) => [q.q, q] as const))('"%s"', async (_q, query) => {
      const expected = expectedOf(query);
      const urls = await questionUrls(query.q, query.top ?? 10);
      expect(urls.some((u) => expected.includes(u)), `${query.q} → verwacht ${expected.join(' of ')}, kreeg:\n${urls.join('\n')}`).toBe(true);
    });
  });
}

describe('zoeken: vragen zoals professionals ze typen', () => {
  const questions = suites.find((s) => s.name === QUESTIONS)?.queries ?? [];
  it('er zijn ten minste 60 vragen', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });
  it('ten minste 95% vindt een passende pagina in de top 3', async () => {
    const misses: string[] = [];
    for (const query of questions) {
      const expected = expectedOf(query);
      const urls = await questionUrls(query.q, query.top ?? 3);
      if (!urls.some((u) => expected.includes(u))) misses.push(`"${query.q}" → verwacht ${expected.join(' of ')}, kreeg ${urls.join(', ')}`);
    }
    const share = (questions.length - misses.length) / questions.length;
    expect(share, `${misses.length} van ${questions.length} missen:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('zoekfilters', () => {
  it('biedt de filters type, thema, bron en doelgroep', async () => {
    const filters = await (await pagefind()).filters();
    for (const key of ['type', 'thema', 'bron', 'doelgroep']) expect(Object.keys(filters)).toContain(key);
    expect(Object.keys(filters.type!)).toEqual(expect.arrayContaining(['Gids', 'Praktijkvoorbeeld', 'Begrip', 'Bron', 'Instrument']));
  });

  it('een filter maakt een zoekopdracht smaller', async () => {
    const all = await topUrls('aanpak', 200);
    const onlyExamples = await topUrls('aanpak', 200, { type: 'Praktijkvoorbeeld' });
    expect(onlyExamples.length).toBeGreaterThan(0);
    expect(onlyExamples.length).toBeLessThan(all.length);
    expect(onlyExamples.every((u) => u.startsWith('/praktijkvoorbeelden/'))).toBe(true);
  });

  it('vindt deelresultaten op tussenkoppen', async () => {
    const { results } = await (await pagefind()).search('valkuilen');
    const data = await Promise.all(results.slice(0, 5).map((r) => r.data()));
    expect(data.some((d) => d.sub_results.some((s) => s.url.includes('#')))).toBe(true);
  });
});
