import { describe, expect, it } from 'vitest';
import { bandVoor, percentage, regiestijl, scoreScan, sterkEnZwak, voortgang, type DimensieScore } from '../../../src/tools/regiescan/domain/scoring.ts';
import { alleStellingen, nieuweScan, type Antwoord } from '../../../src/tools/regiescan/domain/model.ts';
import { echteCatalogus, kleineCatalogus as cat, scan } from './helpers.ts';

describe('scoring one scan', () => {
  it('gives no scores for empty answers, and counts everything as open', () => {
    const u = scoreScan(cat, scan({}));
    expect(u.totaal).toBeNull();
    expect(u.totaalBand).toBeNull();
    expect(u.dimensies.every((d) => d.score === null && d.band === null && d.open === 2)).toBe(true);
    expect(u.rangorde).toEqual({ sterkst: [], zwakst: [], alleGelijk: false });
    expect([u.beantwoord, u.weetNiet, u.open, u.totaalStellingen]).toEqual([0, 0, 6, 6]);
  });

  it('leaves "weet ik niet" out of the score but reports it', () => {
    const u = scoreScan(cat, scan({ 'a-1': 'weet-niet', 'a-2': 'weet-niet', 'b-1': 'weet-niet', 'b-2': 'weet-niet', 'c-1': 'weet-niet', 'c-2': 'weet-niet' }));
    expect(u.totaal).toBeNull();
    expect(u.weetNiet).toBe(6);
    expect(u.open).toBe(0);
    const v = scoreScan(cat, scan({ 'a-1': 3, 'a-2': 'weet-niet' }));
    expect(v.dimensies[0]).toMatchObject({ score: 100, beantwoord: 1, weetNiet: 1, open: 0 });
  });

  it('scores each dimension 0–100 over its answered statements and the total as the mean of dimensions', () => {
    const u = scoreScan(cat, scan({ 'a-1': 3, 'a-2': 3, 'b-1': 1, 'b-2': 2, 'c-1': 0, 'c-2': 0 }));
    expect(u.dimensies.map((d) => d.score)).toEqual([100, 50, 0]);
    expect(u.totaal).toBe(50);
    expect(u.dimensies.map((d) => d.band?.id)).toEqual(['hoog', 'midden', 'laag']);
    expect(u.totaalBand?.id).toBe('midden');
  });

  it('gives the total over the scored dimensions only', () => {
    const u = scoreScan(cat, scan({ 'a-1': 3, 'b-1': 0 }));
    expect(u.dimensies.map((d) => d.score)).toEqual([100, 0, null]);
    expect(u.totaal).toBe(50);
  });

  it('rounds scores (1 of 3 = 33)', () => {
    expect(scoreScan(cat, scan({ 'a-1': 1 })).dimensies[0]!.score).toBe(33);
    expect(scoreScan(cat, scan({ 'a-1': 2 })).dimensies[0]!.score).toBe(67);
    expect(percentage([])).toBeNull();
  });

  it('ignores answers to statements the catalogue does not have', () => {
    expect(scoreScan(cat, scan({ 'x-9': 3 })).totaal).toBeNull();
  });
});

describe('bands', () => {
  it('finds the band at every boundary', () => {
    const b = cat.banden;
    expect([0, 39, 40, 69, 70, 100].map((s) => bandVoor(s, b)?.id)).toEqual(['laag', 'laag', 'midden', 'midden', 'hoog', 'hoog']);
    expect(bandVoor(39.4, b)?.id).toBe('laag');
    expect(bandVoor(39.5, b)?.id).toBe('midden');
    expect(bandVoor(null, b)).toBeNull();
    expect(bandVoor(120, b)).toBeNull();
  });
  it('uses the bands of the real content (at least three, covering 0–100)', () => {
    const c = echteCatalogus();
    expect(c.banden.length).toBeGreaterThanOrEqual(3);
    for (let s = 0; s <= 100; s++) expect(bandVoor(s, c.banden)).not.toBeNull();
  });
});

describe('sterkste en zwakste, gelijke standen als gelijk', () => {
  const d = (id: string, score: number | null): DimensieScore => ({ dimensieId: id, titel: id, score, band: null, beantwoord: 1, weetNiet: 0, open: 0, totaal: 1 });
  const vorm = (groepen: { score: number; items: DimensieScore[] }[]) => groepen.map((g) => [g.score, g.items.map((x) => x.dimensieId)]);
  it('neemt er drie van elk uit negen, zonder overlap', () => {
    const r = sterkEnZwak([d('a', 10), d('b', 90), d('c', 50), d('d', 80), d('e', 20), d('f', 70), d('g', 30), d('h', 60), d('i', 40)]);
    expect(vorm(r.sterkst)).toEqual([[90, ['b']], [80, ['d']], [70, ['f']]]);
    expect(vorm(r.zwakst)).toEqual([[10, ['a']], [20, ['e']], [30, ['g']]]);
    expect(r.alleGelijk).toBe(false);
  });
  it('noemt alle onderdelen gelijk als ze allemaal even hoog scoren, en geeft dan geen sterkste of zwakste', () => {
    const r = sterkEnZwak([d('a', 50), d('b', 50), d('c', 50), d('d', 50)]);
    expect(r).toEqual({ sterkst: [], zwakst: [], alleGelijk: true });
    const alles2 = scoreScan(cat, scan({ 'a-1': 2, 'a-2': 2, 'b-1': 2, 'b-2': 2, 'c-1': 2, 'c-2': 2 }));
    expect(alles2.rangorde.alleGelijk).toBe(true);
  });
  it('houdt een gelijke stand op de grens bij elkaar', () => {
    const r = sterkEnZwak([d('a', 90), d('b', 80), d('c', 80), d('d', 80), d('e', 50), d('f', 40), d('g', 30), d('h', 20), d('i', 10)]);
    expect(vorm(r.sterkst)).toEqual([[90, ['a']], [80, ['b', 'c', 'd']]]);
    expect(vorm(r.zwakst)).toEqual([[10, ['i']], [20, ['h']], [30, ['g']]]);
  });
  it('zet bij twee verschillende scores de ene groep bij sterkst en de andere bij zwakst', () => {
    const r = sterkEnZwak([d('a', 60), d('b', 50), d('c', 50)]);
    expect(vorm(r.sterkst)).toEqual([[60, ['a']]]);
    expect(vorm(r.zwakst)).toEqual([[50, ['b', 'c']]]);
  });
  it('werkt met één onderdeel met score en slaat onderdelen zonder score over', () => {
    const r = sterkEnZwak([d('a', null), d('b', 40)]);
    expect(vorm(r.sterkst)).toEqual([[40, ['b']]]);
    expect(r.zwakst).toEqual([]);
    expect(sterkEnZwak([d('a', null)])).toEqual({ sterkst: [], zwakst: [], alleGelijk: false });
  });
});

describe('progress', () => {
  it('counts "weet ik niet" as filled in', () => {
    expect(voortgang(cat.dimensies[0]!, scan({ 'a-1': 'weet-niet' }))).toEqual({ ingevuld: 1, totaal: 2 });
  });
});

describe('regiestijl', () => {
  const metStijl = (s: Antwoord, v: Antwoord) => regiestijl(cat, scan({ 'a-1': s, 'b-1': v })).stijl;
  it('names the four styles', () => {
    expect(metStijl(3, 3)).toBe('sturend-en-verbindend');
    expect(metStijl(2, 1)).toBe('sturend');
    expect(metStijl(1, 2)).toBe('verbindend');
    expect(metStijl(0, 1)).toBe('terughoudend');
  });
  it('gives no style when one side has no answers', () => {
    expect(regiestijl(cat, scan({ 'a-1': 3, 'b-1': 'weet-niet' }))).toEqual({ stijl: null, sturend: 100, verbindend: null });
    expect(regiestijl(cat, scan({})).stijl).toBeNull();
  });
  it('has both leanings in the real statements', () => {
    const c = echteCatalogus();
    const s = alleStellingen(c);
    expect(s.filter((x) => x.sturing === 'sturend').length).toBeGreaterThanOrEqual(5);
    expect(s.filter((x) => x.sturing === 'verbindend').length).toBeGreaterThanOrEqual(5);
  });
});

describe('the real catalogue', () => {
  it('scores a complete scan of 54 statements', () => {
    const c = echteCatalogus();
    const s = nieuweScan(c, '2026-01-01');
    for (const st of alleStellingen(c)) s.antwoorden[st.id] = 2;
    const u = scoreScan(c, s);
    expect(u.totaalStellingen).toBe(54);
    expect(u.totaal).toBe(67);
    expect(u.dimensies).toHaveLength(9);
  });
});

describe('de met de hand berekende fixture (uitslag-handberekend.json)', () => {
  it('geeft de scores, sterkste en zwakste en de regiestijl die met de hand zijn uitgerekend', async () => {
    const { leesBestand, alsScan } = await import('../../../src/tools/regiescan/domain/bestand.ts');
    const { fixture } = await import('./helpers.ts');
    const r = leesBestand(fixture('uitslag-handberekend.json'));
    const s = r.ok ? alsScan(r.value.data) : r;
    if (!s.ok) throw new Error(s.message);
    const c = echteCatalogus();
    const u = scoreScan(c, s.value);
    // Sums of 18: 15, 12, 4, 18, 3, 10, 14, 8, 6 (see the fixture).
    expect(u.dimensies.map((d) => d.score)).toEqual([83, 67, 22, 100, 17, 56, 78, 44, 33]);
    expect(u.totaal).toBe(56); // 500 / 9 = 55,6
    expect(u.rangorde.sterkst.map((g) => g.items[0]!.dimensieId)).toEqual(['selectie', 'visie', 'informatie']);
    expect(u.rangorde.zwakst.map((g) => g.items[0]!.dimensieId)).toEqual(['netwerk', 'regio', 'resultaten']);
    // Every sturend statement 3, every verbindend statement 0.
    expect(regiestijl(c, s.value)).toEqual({ stijl: 'sturend', sturend: 100, verbindend: 0 });
  });
});
