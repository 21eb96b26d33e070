import { describe, expect, it } from 'vitest';
import { combine, normalise, rarity, TOGETHER_BONUS } from '../../../src/search/combine.ts';
import { nameBoost, searchQuestion, TITLE_BOOST, KEYWORD_BOOST, WHOLE_TITLE, type PagefindLike } from '../../../src/search/engine.ts';
import { compileLexicon, loadLexicon } from '../../../src/search/lexicon.ts';

const m = (entries: [string, number][]) => new Map(entries);

describe('samenvoegen van zoekopdrachten', () => {
  it('deelt scores door de beste van dezelfde zoekopdracht', () => {
    expect(normalise(m([['a', 4], ['b', 2]]))).toEqual(m([['a', 1], ['b', 0.5]]));
    expect(normalise(m([]))).toEqual(m([]));
  });
  it('een zeldzaam woord weegt zwaarder dan een woord op elke pagina', () => {
    expect(rarity(2, 300)).toBeCloseTo(Math.log(101), 10);
    expect(rarity(2, 300)).toBeGreaterThan(rarity(200, 300));
  });
  it('een pagina met beide begrippen komt boven een pagina met één', () => {
    // Concept 1 finds a (best) and b (half), concept 2 finds b (best) and c (half); both equally rare.
    const scores = combine([[{ weight: 1, scores: m([['a', 10], ['b', 5]]) }], [{ weight: 1, scores: m([['b', 6], ['c', 3]]) }]], [], 100);
    expect(scores.get('a')).toBeCloseTo(0.5, 10); // (1 + 0) / 2
    expect(scores.get('b')).toBeCloseTo(0.75, 10); // (0.5 + 1) / 2
    expect(scores.get('c')).toBeCloseTo(0.25, 10); // (0 + 0.5) / 2
  });
  it('telt de beste vorm van een begrip, met zijn gewicht', () => {
    const scores = combine([[{ weight: 1, scores: m([['a', 2]]) }, { weight: 0.5, scores: m([['a', 1], ['b', 4]]) }]], [], 100);
    expect(scores.get('a')).toBeCloseTo(1, 10);
    expect(scores.get('b')).toBeCloseTo(0.5, 10);
  });
  it('geeft een bonus aan pagina’s die de begrippen samen vinden (alle woorden, of een samenstelling)', () => {
    const concepts = [[{ weight: 1, scores: m([['a', 1]]) }], [{ weight: 1, scores: m([['b', 1]]) }]];
    const scores = combine(concepts, [{ weight: 1, covers: [0, 1], scores: m([['c', 2]]) }], 100);
    // c is found only together: it counts for both concepts and gets the full bonus.
    expect(scores.get('c')).toBeCloseTo(1 + TOGETHER_BONUS, 10);
    expect(scores.get('a')).toBeCloseTo(0.5, 10);
  });
});

describe('titel en trefwoorden', () => {
  const concept = (...texts: string[]) => ({ typed: texts[0]!, forms: texts.map((text) => ({ text, weight: 1 })) });
  it('een titel die het woord noemt telt TITLE_BOOST, een titel met alleen dat woord meer', () => {
    expect(nameBoost([concept('signalen')], 'Signalen herkennen en in kaart brengen', undefined)).toBe(TITLE_BOOST);
    expect(nameBoost([concept('kindermishandeling')], 'Kindermishandeling', undefined)).toBe(TITLE_BOOST * (1 + WHOLE_TITLE));
  });
  it('een trefwoord dat precies het woord is telt KEYWORD_BOOST', () => {
    expect(nameBoost([concept('hennepkwekerij')], 'Drugscriminaliteit aanpakken', 'drugs, hennepkwekerij, xtc')).toBe(KEYWORD_BOOST);
    expect(nameBoost([concept('hennep')], 'Drugscriminaliteit aanpakken', 'hennepkwekerij')).toBe(0);
  });
  it('deelt door het aantal begrippen en negeert lege woorden in de titel', () => {
    const stop = new Set(['wat', 'doet']);
    expect(nameBoost([concept('vt', 'veilig thuis'), concept('melding')], 'Wat doet Veilig Thuis?', undefined, stop)).toBe((TITLE_BOOST * (1 + WHOLE_TITLE)) / 2);
  });
});

/** A fake Pagefind with fixed answers per search string (AND of words, as Pagefind does). */
function fakePagefind(pages: Record<string, { title: string; text: string; trefwoorden?: string; type?: string }>): PagefindLike & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    async search(term: string) {
      searches.push(term);
      const terms = term.toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .map(([url, p]) => {
          const words = `${p.title} ${p.text}`.toLowerCase().split(/\W+/);
          const score = terms.every((t) => words.includes(t)) ? terms.reduce((n, t) => n + words.filter((w) => w === t).length, 0) : 0;
          return { url, p, score };
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score)
        .map(({ url, p, score }) => ({
          id: url,
          score,
          data: async () => ({ url, excerpt: p.text, meta: { title: p.title, trefwoorden: p.trefwoorden }, filters: { type: [p.type ?? 'Gids'] } }),
        }));
      return { results };
    },
  };
}

describe('een vraag zoeken', () => {
  const lexicon = loadLexicon(
    compileLexicon({ stopwoorden: ['ik', 'de', 'moet', 'een'], spelling: [], synoniemen: [{ woorden: ['wiet'], zoek: ['hennep'] }], afkortingen: [] }),
  );
  const pages = {
    '/a/': { title: 'Ouderen', text: 'mishandeling mishandeling mishandeling van ouderen kinder' },
    '/b/': { title: 'Kindermishandeling', text: 'over kindermishandeling', type: 'Begrip' },
    '/c/': { title: 'Drugs', text: 'hennep hennep kwekerij', trefwoorden: 'hennep' },
    '/d/': { title: 'Wijk', text: 'wiet in de wijk' },
    '/e/': { title: 'Huiselijk geweld', text: 'huiselijk geweld thuis' },
  };

  it('vindt een samenstelling die los is getypt, en zet de pagina die hem noemt bovenaan', async () => {
    const pf = fakePagefind(pages);
    const answer = await searchQuestion(pf, lexicon, 'kinder mishandeling');
    expect(pf.searches).toContain('kindermishandeling');
    expect(answer.hits[0]!.url).toBe('/b/');
    expect(answer.hits[0]!.type).toBe('Begrip');
  });
  it('zoekt een alledaags woord op het woord van de site en zet die pagina boven het getypte woord', async () => {
    const answer = await searchQuestion(fakePagefind(pages), lexicon, 'wiet');
    expect(answer.hits.map((h) => h.url)).toEqual(['/c/', '/d/']);
  });
  it('vindt met minder woorden als alle woorden samen niets vinden', async () => {
    const answer = await searchQuestion(fakePagefind(pages), lexicon, 'moet ik hennep melden');
    expect(answer.found).toBe(1);
    expect(answer.hits[0]!.url).toBe('/c/');
  });
  it('splitst een aan elkaar getypte samenstelling die niets vindt', async () => {
    const pf = fakePagefind(pages);
    const answer = await searchQuestion(pf, lexicon, 'huiselijkgeweld');
    expect(answer.plan.concepts[0]!.forms.map((f) => f.text)).toContain('huiselijk geweld');
    expect(answer.hits[0]!.url).toBe('/e/');
  });
  it('laadt alleen de eerste resultaten en de rest op verzoek', async () => {
    const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`/p${i}/`, { title: `Pagina ${i}`, text: 'meldcode '.repeat(i + 1) }]));
    const loaded: string[] = [];
    const pf = fakePagefind(many);
    const wrapped: PagefindLike = {
      search: async (t) => {
        const r = await pf.search(t);
        return { results: (r?.results ?? []).map((x) => ({ ...x, data: () => (loaded.push(x.id), x.data()) })) };
      },
    };
    const answer = await searchQuestion(wrapped, lexicon, 'meldcode', { first: 5 });
    expect(answer.hits).toHaveLength(5);
    expect(loaded).toHaveLength(5);
    expect(answer.found).toBe(15);
    expect((await answer.more(20)).map((h) => h.url)).toHaveLength(10);
  });
  it('een nieuwere vraag breekt de vorige af vóór er resultaten laden, en zoekt daarna niet meer verder', async () => {
    const pf = fakePagefind(pages);
    const loaded: string[] = [];
    const controller = new AbortController();
    const wrapped: PagefindLike = {
      search: async (t) => {
        const r = await pf.search(t);
        // The person types on while the first search is under way.
        controller.abort(new Error('nieuwe vraag'));
        return { results: (r?.results ?? []).map((x) => ({ ...x, data: () => (loaded.push(x.id), x.data()) })) };
      },
    };
    await expect(searchQuestion(wrapped, lexicon, 'kinder mishandeling', { signal: controller.signal })).rejects.toThrow('nieuwe vraag');
    expect(loaded).toEqual([]);
    // Without the abort the same question does more searches (the words together, the compound) and loads results.
    const full = fakePagefind(pages);
    await searchQuestion(full, lexicon, 'kinder mishandeling');
    expect(full.searches.length).toBeGreaterThan(pf.searches.length);
    // Already aborted: nothing is searched at all.
    const none = fakePagefind(pages);
    await expect(searchQuestion(none, lexicon, 'wiet', { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(none.searches).toEqual([]);
  });
  it('geeft niets bij een lege vraag', async () => {
    const answer = await searchQuestion(fakePagefind(pages), lexicon, '  ?! ');
    expect(answer.hits).toEqual([]);
    expect(answer.found).toBe(0);
  });
});
