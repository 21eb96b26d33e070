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
    expect(u.sterkst).toEqual([]);
    expect(u.zwakst).toEqual([]);
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

describe('strongest and weakest', () => {
  const d = (id: string, score: number | null): DimensieScore => ({ dimensieId: id, titel: id, score, band: null, beantwoord: 1, weetNiet: 0, open: 0, totaal: 1 });
  it('takes three of each out of nine, without overlap', () => {
    const r = sterkEnZwak([d('a', 10), d('b', 90), d('c', 50), d('d', 80), d('e', 20), d('f', 70), d('g', 30), d('h', 60), d('i', 40)]);
    expect(r.sterkst.map((x) => x.dimensieId)).toEqual(['b', 'd', 'f']);
    expect(r.zwakst.map((x) => x.dimensieId)).toEqual(['a', 'e', 'g']);
  });
  it('keeps catalogue order on ties and never lists a dimension twice', () => {
    const r = sterkEnZwak([d('a', 50), d('b', 50), d('c', 50), d('d', 50)]);
    expect(r.sterkst.map((x) => x.dimensieId)).toEqual(['a', 'b']);
    expect(r.zwakst.map((x) => x.dimensieId)).toEqual(['c', 'd']);
  });
  it('handles one scored dimension and skips unscored ones', () => {
    const r = sterkEnZwak([d('a', null), d('b', 40)]);
    expect(r.sterkst.map((x) => x.dimensieId)).toEqual(['b']);
    expect(r.zwakst).toEqual([]);
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
