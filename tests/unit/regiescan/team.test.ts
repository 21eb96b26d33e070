/**
 * Team aggregation. Expected values are worked out by hand in the comments (not with the app's functions).
 */
import { describe, expect, it } from 'vitest';
import { alsScan, leesBestand, type Respondent } from '../../../src/tools/regiescan/domain/bestand.ts';
import { alleStellingen, type Antwoord } from '../../../src/tools/regiescan/domain/model.ts';
import { punten, spreiding, teamUitslag } from '../../../src/tools/regiescan/domain/team.ts';
import { echteCatalogus, fixture, kleineCatalogus as cat, respondent } from './helpers.ts';

function laadFixture(naam: string): Respondent {
  const r = leesBestand(fixture(naam));
  if (!r.ok) throw new Error(r.message);
  const s = alsScan(r.value.data);
  if (!s.ok) throw new Error(s.message);
  return { opgeslagen: r.value.savedAt, scan: s.value };
}

describe('spreiding', () => {
  it('geeft gemiddelde, populatie-sd, laagste en hoogste', () => {
    expect(spreiding([])).toEqual({ n: 0, gemiddelde: null, sd: null, min: null, max: null });
    expect(spreiding([2])).toEqual({ n: 1, gemiddelde: 2, sd: null, min: 2, max: 2 });
    expect(spreiding([0, 100])).toEqual({ n: 2, gemiddelde: 50, sd: 50, min: 0, max: 100 });
  });
  it('zet een antwoord 0–3 om naar punten op 0–100', () => {
    expect([0, 1, 2, 3].map((w) => Math.round(punten(w)))).toEqual([0, 33, 67, 100]);
  });
});

describe('teamresultaat', () => {
  it('werkt met een leeg team', () => {
    const t = teamUitslag(cat, []);
    expect(t.respondenten).toBe(0);
    expect(t.dimensies.every((d) => d.n === 0 && d.gemiddelde === null)).toBe(true);
    expect(t.gespreksstarters).toEqual([]);
    expect(t.totaal.n).toBe(0);
  });

  it('geeft bij één respondent gemiddelden maar geen spreiding en geen gespreksstarters', () => {
    const t = teamUitslag(cat, [respondent({ 'a-1': 3, 'a-2': 0 })]);
    // Dimension a: (3 + 0) / 6 = 50. Statement a-1: 3 → 100 points.
    expect(t.dimensies[0]).toMatchObject({ n: 1, gemiddelde: 50, sd: null });
    expect(t.stellingen[0]).toMatchObject({ n: 1, gemiddelde: 100, sd: null, verdeling: [0, 0, 0, 1], open: 0 });
    expect(t.stellingen[2]).toMatchObject({ n: 0, open: 1 });
    expect(t.totaal).toMatchObject({ n: 1, gemiddelde: 50 });
    expect(t.gespreksstarters).toEqual([]);
  });

  it('telt "weet ik niet" niet mee in gemiddelde en spreiding', () => {
    const t = teamUitslag(cat, [respondent({ 'a-1': 'weet-niet', 'a-2': 'weet-niet' }), respondent({ 'a-1': 'weet-niet' })]);
    expect(t.dimensies[0]).toMatchObject({ n: 0, gemiddelde: null });
    expect(t.stellingen[0]).toMatchObject({ n: 0, weetNiet: 2 });
    expect(t.totaal.n).toBe(0);
  });

  it('zet de stellingen met de grootste onenigheid eerst, op de schaal van 0 tot 100', () => {
    const t = teamUitslag(cat, [respondent({ 'a-1': 3, 'a-2': 2, 'b-1': 0, 'b-2': 1 }), respondent({ 'a-1': 3, 'a-2': 1, 'b-1': 3, 'b-2': 2 })]);
    // b-1: 0 and 100 → sd 50. a-2: 67 and 33, b-2: 33 and 67 → sd 16,7, equal mean 50 → catalogue order.
    // a-1: both 100 → sd 0: no disagreement, so not a conversation starter.
    expect(t.gespreksstarters.map((s) => s.stellingId)).toEqual(['b-1', 'a-2', 'b-2']);
    expect(t.gespreksstarters[0]).toMatchObject({ gemiddelde: 50, sd: 50, min: 0, max: 100, verdeling: [1, 0, 0, 1] });
    expect(t.gespreksstarters[1]!.sd).toBeCloseTo(16.667, 2);
  });

  it('telt twintig respondenten op tot de met de hand berekende gemiddelden', () => {
    const c = echteCatalogus();
    const ids = alleStellingen(c).map((s) => s.id);
    // Respondent r answers statement number i with (i + r) mod 4; visie-1 (i = 0) always 2.
    const team = Array.from({ length: 20 }, (_, r) =>
      respondent(Object.fromEntries(ids.map((id, i) => [id, id === 'visie-1' ? 2 : (((i + r) % 4) as Antwoord)])), {
        context: { respondentRol: r < 5 ? 'bestuurder' : 'ketenpartner' },
      }),
    );
    const t = teamUitslag(c, team);
    expect(t.respondenten).toBe(20);
    expect(t.stellingen).toHaveLength(54);
    expect(t.stellingen.every((s) => s.n === 20)).toBe(true);
    // Each statement but visie-1 gets 0, 1, 2 and 3 five times each: mean 1,5 of 3 = 50 points,
    // sd = √((1,5² + 0,5² + 0,5² + 1,5²) / 4) = √1,25 = 1,118 of 3 = 37,27 points.
    for (const s of t.stellingen.filter((s) => s.stellingId !== 'visie-1')) {
      expect(s.gemiddelde).toBeCloseTo(50, 6);
      expect(s.sd).toBeCloseTo(37.268, 2);
    }
    // visie-1: everyone 2 → 66,67 points, sd 0, so it is no conversation starter.
    expect(t.stellingen[0]).toMatchObject({ stellingId: 'visie-1', sd: 0 });
    expect(t.stellingen[0]!.gemiddelde).toBeCloseTo(66.667, 2);
    expect(t.gespreksstarters.map((s) => s.stellingId)).not.toContain('visie-1');
    // A dimension after visie starts at (2d + r) mod 4 = s; its six answers sum to 6 + s + (s + 1) mod 4:
    // s = 0 → 7 of 18 = 39; s = 1 → 9 = 50; s = 2 → 11 = 61; s = 3 → 9 = 50. Over r each s comes five times:
    // mean (39 + 50 + 61 + 50) / 4 = 50, sd √((11² + 0 + 11² + 0) / 4) = 7,78.
    for (const d of t.dimensies.slice(1)) {
      expect(d).toMatchObject({ n: 20, gemiddelde: 50, min: 39, max: 61 });
      expect(d.sd).toBeCloseTo(7.778, 2);
    }
    // Visie: 2 + 6 + (r + 1) mod 4 → r mod 4 = 0: 9 → 50; 1: 10 → 56; 2: 11 → 61; 3: 8 → 44. Mean 52,75.
    expect(t.dimensies[0]).toMatchObject({ n: 20, gemiddelde: 52.75, min: 44, max: 61 });
    expect(t.dimensies[0]!.sd).toBeCloseTo(6.379, 2);
    // Totals per respondent, by r mod 4: (50 + 4·61 + 4·39) / 9 = 50; (56 + 8·50) / 9 = 50,67 → 51;
    // (61 + 4·39 + 4·61) / 9 = 51,22 → 51; (44 + 8·50) / 9 = 49,33 → 49. Mean 50,25.
    expect(t.totaal).toMatchObject({ n: 20, gemiddelde: 50.25, min: 49, max: 51 });
    // Visie is the strongest on its own (53); the other eight tie at 50 and are named together.
    expect(t.rangorde.sterkst.map((g) => [g.score, g.items.map((d) => d.dimensieId)])).toEqual([[53, ['visie']]]);
    expect(t.rangorde.zwakst).toHaveLength(1);
    expect(t.rangorde.zwakst[0]!.items).toHaveLength(8);
  });

  it('koppelt een scan van een andere stellingenversie per id, en meldt alleen die als andere versie', () => {
    const c = echteCatalogus();
    const t = teamUitslag(c, ['team-1.json', 'team-2.json', 'team-andere-stellingenversie.json'].map(laadFixture));
    expect(t.andereVersie).toEqual([{ index: 2, stellingenVersie: 2, gekoppeld: 53, nietGekoppeld: ['regio-7'], ontbrekend: 1 }]);
    expect(t.onvolledig).toEqual([]);
    expect(t.stellingen.find((s) => s.stellingId === 'resultaten-6')!.open).toBe(1);
  });

  it('noemt een onvolledige scan van dezelfde versie onvolledig, niet een andere versie', () => {
    const t = teamUitslag(cat, [respondent({ 'a-1': 1, 'a-2': 2, 'b-1': 3, 'b-2': 'weet-niet', 'c-1': 0, 'c-2': 1 }), respondent({ 'a-1': 2, 'b-1': 'weet-niet' })]);
    expect(t.andereVersie).toEqual([]);
    expect(t.onvolledig).toEqual([{ index: 1, stellingenVersie: 1, gekoppeld: 2, nietGekoppeld: [], ontbrekend: 4 }]);
  });

  it('zet de ingebouwde onenigheid van de vijf fixtures bovenaan', () => {
    const t = teamUitslag(echteCatalogus(), [1, 2, 3, 4, 5].map((i) => laadFixture(`team-${i}.json`)));
    expect(t.respondenten).toBe(5);
    // bestuur-1: 0, 3, 0, 3, 0 → 0, 100, 0, 100, 0: mean 40, sd √(3·40² + 2·60²)/5 = √2400 = 48,99.
    expect(t.gespreksstarters[0]).toMatchObject({ stellingId: 'bestuur-1', gemiddelde: 40, min: 0, max: 100 });
    expect(t.gespreksstarters[0]!.sd).toBeCloseTo(48.99, 2);
    expect(t.stellingen.find((s) => s.stellingId === 'visie-1')).toMatchObject({ sd: 0, gemiddelde: 100 });
  });
});
