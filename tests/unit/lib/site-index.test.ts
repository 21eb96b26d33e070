import { describe, expect, it } from 'vitest';
import { byThema, citingIndex, pick, relatedByThema } from '../../../src/lib/site-index.ts';

/** A small fixture with known answers (written by hand, not computed with the app's functions). */
const ref = (id: string) => ({ id });
const page = (id: string, themas: string[], bronnen: [string, string][] = []) => ({
  id,
  data: { themas: themas.map(ref), bronnen: bronnen.map(([bron, plaats]) => ({ bron: ref(bron), plaats })) },
});
const pages = [
  page('a', ['hg', 'jeugd'], [['ghnt', 'p. 4'], ['meldcode', 'stap 1'], ['ghnt', 'p. 9']]),
  page('b', ['ondermijning']),
  page('c', ['jeugd'], [['meldcode', 'stap 3']]),
  page('d', ['hg', 'jeugd', 'hg'], [['krant', 'p. 2']]),
  page('e', ['hg']),
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('site-index: de verbanden tussen de collecties, één keer berekend', () => {
  it('zet elke pagina één keer bij elk van haar thema’s, in de volgorde van de lijst', () => {
    const m = byThema(pages);
    expect(ids(m.get('hg')!)).toEqual(['a', 'd', 'e']);
    expect(ids(m.get('jeugd')!)).toEqual(['a', 'c', 'd']);
    expect(ids(m.get('ondermijning')!)).toEqual(['b']);
    expect(m.has('radicalisering')).toBe(false);
  });

  it('vindt per bron de pagina’s die hem noemen, met alle plaatsen in hun eigen volgorde', () => {
    const m = citingIndex(pages);
    expect(m.get('ghnt')!.map((c) => [c.entry.id, c.plaatsen])).toEqual([['a', ['p. 4', 'p. 9']]]);
    expect(m.get('meldcode')!.map((c) => [c.entry.id, c.plaatsen])).toEqual([
      ['a', ['stap 1']],
      ['c', ['stap 3']],
    ]);
    expect(m.get('krant')!.map((c) => c.entry.id)).toEqual(['d']);
    expect(m.has('onbekend')).toBe(false);
  });

  it('geeft verwante pagina’s: meeste gedeelde thema’s eerst, gelijke in lijstvolgorde, zonder de uitgesloten', () => {
    // Shared with [hg, jeugd]: a 2, b 0, c 1, d 3 (hg twice), e 1.
    expect(ids(relatedByThema(pages, ['hg', 'jeugd']))).toEqual(['d', 'a', 'c', 'e']);
    expect(ids(relatedByThema(pages, ['hg', 'jeugd'], ['d'], 2))).toEqual(['a', 'c']);
    expect(relatedByThema(pages, ['radicalisering'])).toEqual([]);
  });

  it('pakt de pagina’s bij verwijzingen in de volgorde van de verwijzingen en laat onbekende weg', () => {
    const byId = new Map(pages.map((p) => [p.id, p]));
    expect(ids(pick(byId, [ref('e'), ref('x'), ref('a')]))).toEqual(['e', 'a']);
  });
});
