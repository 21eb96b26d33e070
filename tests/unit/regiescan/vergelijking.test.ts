import { describe, expect, it } from 'vitest';
import { alsScan, leesBestand } from '../../../src/tools/regiescan/domain/bestand.ts';
import { antwoordLabel, vergelijk } from '../../../src/tools/regiescan/domain/vergelijking.ts';
import { echteCatalogus, fixture, kleineCatalogus as cat, scan } from './helpers.ts';

describe('comparison over time', () => {
  it('shows per dimension what changed', () => {
    const eerder = scan({ 'a-1': 1, 'a-2': 1, 'b-1': 3, 'b-2': 3 }, { context: { gemeenteRol: '', grootte: '', respondentRol: '', datum: '2025-01-01' } });
    const nu = scan({ 'a-1': 3, 'a-2': 3, 'b-1': 3, 'b-2': 3, 'c-1': 0 });
    const v = vergelijk(cat, eerder, nu);
    expect(v.eerderDatum).toBe('2025-01-01');
    expect(v.dimensies.map((d) => [d.eerder, d.nu, d.verschil])).toEqual([
      [33, 100, 67],
      [100, 100, 0],
      [null, 0, null],
    ]);
    expect(v.totaal).toMatchObject({ eerder: 67, nu: 67, verschil: 0 });
    expect(v.gewijzigd.map((s) => s.stellingId)).toEqual(['a-1', 'a-2', 'c-1']);
    expect(v.gewijzigd[2]).toMatchObject({ eerder: undefined, nu: 0 });
    expect(v.nietGekoppeld).toEqual([]);
  });

  it('matches by id across statement-set versions and reports the ids it cannot match', () => {
    const eerder = scan({ 'a-1': 2, 'oud-1': 3 }, { stellingenVersie: 0 + 2 });
    const v = vergelijk(cat, eerder, scan({ 'a-1': 2 }));
    expect(v.eerderVersie).toBe(2);
    expect(v.nietGekoppeld).toEqual(['oud-1']);
    expect(v.gewijzigd).toEqual([]);
  });

  it('compares the fixture of an earlier scan with the real catalogue', () => {
    const r = leesBestand(fixture('eerdere-scan.json'));
    if (!r.ok) throw new Error(r.message);
    const eerder = alsScan(r.value.data);
    if (!eerder.ok) throw new Error(eerder.message);
    const v = vergelijk(echteCatalogus(), eerder.value, scan({}));
    expect(v.dimensies).toHaveLength(9);
    expect(v.dimensies.every((d) => d.eerder === 33 && d.nu === null && d.verschil === null)).toBe(true);
    expect(v.gewijzigd).toHaveLength(54);
  });

  it('labels answers', () => {
    const labels = ['Niet', 'Beperkt', 'Grotendeels', 'Volledig'];
    expect(antwoordLabel(2, labels, 'Weet ik niet')).toBe('Grotendeels');
    expect(antwoordLabel('weet-niet', labels, 'Weet ik niet')).toBe('Weet ik niet');
    expect(antwoordLabel(undefined, labels, 'Weet ik niet')).toBe('niet ingevuld');
  });
});
