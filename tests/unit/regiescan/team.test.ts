import { describe, expect, it } from 'vitest';
import { leesBestand } from '../../../src/tools/regiescan/domain/bestand.ts';
import { MAX_TEAM_BESTANDEN, naar100, spreiding, teamUitslag, verwijder, voegToe, vingerafdruk, type TeamBestand } from '../../../src/tools/regiescan/domain/team.ts';
import { alleStellingen, type Antwoord } from '../../../src/tools/regiescan/domain/model.ts';
import { echteCatalogus, fixture, kleineCatalogus as cat, scan } from './helpers.ts';

const bestand = (naam: string, antwoorden: Record<string, Antwoord>, extra: Partial<TeamBestand['scan']> = {}): TeamBestand => ({
  naam,
  opgeslagen: `2026-01-01T00:00:00.000Z#${naam}`,
  scan: scan(antwoorden, extra),
});

function laadFixture(naam: string): TeamBestand {
  const r = leesBestand(fixture(naam));
  if (!r.ok) throw new Error(r.message);
  return { naam, opgeslagen: r.value.opgeslagen, scan: r.value.data };
}

describe('spread', () => {
  it('computes mean, population sd, min and max', () => {
    expect(spreiding([])).toEqual({ n: 0, gemiddelde: null, sd: null, min: null, max: null });
    expect(spreiding([2])).toEqual({ n: 1, gemiddelde: 2, sd: null, min: 2, max: 2 });
    expect(spreiding([0, 3])).toEqual({ n: 2, gemiddelde: 1.5, sd: 1.5, min: 0, max: 3 });
    expect(naar100(1.5)).toBe(50);
    expect(naar100(null)).toBeNull();
  });
});

describe('team scan', () => {
  it('handles an empty team', () => {
    const t = teamUitslag(cat, []);
    expect(t.respondenten).toBe(0);
    expect(t.dimensies.every((d) => d.n === 0 && d.gemiddelde === null)).toBe(true);
    expect(t.gespreksstarters).toEqual([]);
  });

  it('handles one respondent: means but no spread, no conversation starters', () => {
    const t = teamUitslag(cat, [bestand('een', { 'a-1': 3, 'a-2': 0 })]);
    expect(t.dimensies[0]).toMatchObject({ n: 1, gemiddelde: 50, sd: null });
    expect(t.stellingen[0]).toMatchObject({ n: 1, gemiddelde: 3, verdeling: [0, 0, 0, 1], open: 0 });
    expect(t.stellingen[2]).toMatchObject({ n: 0, open: 1 });
    expect(t.gespreksstarters).toEqual([]);
    expect(t.rollen).toEqual({ onbekend: 1 });
  });

  it('handles all "weet ik niet"', () => {
    const t = teamUitslag(cat, [bestand('x', { 'a-1': 'weet-niet', 'a-2': 'weet-niet' }), bestand('y', { 'a-1': 'weet-niet' })]);
    expect(t.dimensies[0]).toMatchObject({ n: 0, gemiddelde: null });
    expect(t.stellingen[0]).toMatchObject({ n: 0, weetNiet: 2 });
    expect(t.totaal.n).toBe(0);
  });

  it('lists the statements with the largest spread first', () => {
    const t = teamUitslag(cat, [
      bestand('p', { 'a-1': 3, 'a-2': 2, 'b-1': 0, 'b-2': 1 }),
      bestand('q', { 'a-1': 3, 'a-2': 1, 'b-1': 3, 'b-2': 2 }),
    ]);
    expect(t.gespreksstarters.map((s) => s.stellingId)).toEqual(['b-1', 'a-2', 'b-2', 'a-1']);
    expect(t.gespreksstarters[0]).toMatchObject({ sd: 1.5, min: 0, max: 3, verdeling: [1, 0, 0, 1] });
  });

  it('aggregates twenty respondents', () => {
    const c = echteCatalogus();
    const ids = alleStellingen(c).map((s) => s.id);
    const team = Array.from({ length: 20 }, (_, r) =>
      bestand(`r${r}`, Object.fromEntries(ids.map((id, i) => [id, id === 'visie-1' ? 2 : (((i + r) % 4) as Antwoord)])), {
        context: { gemeenteRol: '', grootte: '', respondentRol: r < 5 ? 'bestuurder' : 'ketenpartner', datum: '' },
      }),
    );
    const t = teamUitslag(c, team);
    expect(t.respondenten).toBe(20);
    expect(t.stellingen).toHaveLength(54);
    expect(t.stellingen.every((s) => s.n === 20)).toBe(true);
    expect(t.stellingen.find((s) => s.stellingId === 'visie-1')).toMatchObject({ sd: 0, gemiddelde: 2 });
    expect(t.gespreksstarters.at(-1)!.stellingId).toBe('visie-1');
    expect(t.rollen).toEqual({ bestuurder: 5, ketenpartner: 15 });
    // Each statement cycles through 0–3 evenly: mean 1.5, so every dimension averages 50.
    expect(t.dimensies.every((d) => d.n === 20)).toBe(true);
    expect(t.totaal.n).toBe(20);
  });

  it('matches files of another statement-set version by id and reports what it cannot match', () => {
    const c = echteCatalogus();
    const team = ['team-1.json', 'team-2.json', 'team-andere-stellingenversie.json'].map(laadFixture);
    const t = teamUitslag(c, team);
    const k = t.koppelingen[2]!;
    expect(k).toMatchObject({ stellingenVersie: 2, gekoppeld: 53, nietGekoppeld: ['regio-7'], ontbrekend: 1 });
    expect(t.koppelingen[0]).toMatchObject({ gekoppeld: 54, nietGekoppeld: [], ontbrekend: 0 });
    expect(t.stellingen.find((s) => s.stellingId === 'resultaten-6')!.open).toBe(1);
  });

  it('puts the planted disagreement of the five fixtures first', () => {
    const t = teamUitslag(echteCatalogus(), [1, 2, 3, 4, 5].map((i) => laadFixture(`team-${i}.json`)));
    expect(t.respondenten).toBe(5);
    expect(t.gespreksstarters[0]!.stellingId).toBe('bestuur-1');
    expect(t.stellingen.find((s) => s.stellingId === 'visie-1')).toMatchObject({ sd: 0, gemiddelde: 3 });
  });
});

describe('adding files', () => {
  it('refuses a duplicate file and keeps the list', () => {
    const a = laadFixture('team-1.json');
    const r1 = voegToe([], a);
    expect(r1.ok).toBe(true);
    const lijst = r1.ok ? r1.value.team : [];
    const r2 = voegToe(lijst, { ...a, naam: 'kopie.json' });
    expect(!r2.ok && r2.message).toContain('dezelfde scan als "team-1.json"');
    expect(lijst).toHaveLength(1);
  });
  it('adds a file with the same answers saved at another moment, with a warning', () => {
    const a = bestand('a.json', { 'a-1': 1 });
    const b = { ...bestand('b.json', { 'a-1': 1 }), opgeslagen: 'ander moment' };
    expect(vingerafdruk(a)).not.toBe(vingerafdruk(b));
    const r = voegToe([a], b);
    expect(r.ok && r.value.team).toHaveLength(2);
    expect(r.ok && r.value.waarschuwing).toContain('precies dezelfde antwoorden als "a.json"');
    const c = voegToe([a], bestand('c.json', { 'a-1': 2 }));
    expect(c.ok && c.value.waarschuwing).toBeUndefined();
    // Empty scans are not suspicious.
    const leeg = voegToe([bestand('x', {})], bestand('y', {}));
    expect(leeg.ok && leeg.value.waarschuwing).toBeUndefined();
  });
  it('refuses more than the maximum', () => {
    const vol = Array.from({ length: MAX_TEAM_BESTANDEN }, (_, i) => bestand(`f${i}`, {}));
    const r = voegToe(vol, bestand('extra', {}));
    expect(!r.ok && r.message).toContain('hooguit');
  });
  it('removes a file by index', () => {
    expect(verwijder([bestand('a', {}), bestand('b', {})], 0).map((b) => b.naam)).toEqual(['b']);
  });
});
