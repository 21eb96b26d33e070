/** Two team results compared; expected values by hand. */
import { describe, expect, it } from 'vitest';
import type { TeamResultaat } from '../../../src/tools/regiescan/domain/bestand.ts';
import { vergelijkTeams } from '../../../src/tools/regiescan/domain/teamvergelijking.ts';
import { kleineCatalogus as cat, respondent } from './helpers.ts';

const team = (datum: string, respondenten: TeamResultaat['respondenten'], actieplan: TeamResultaat['actieplan'] = []): TeamResultaat => ({ datum, respondenten, notities: {}, actieplan });

describe('vergelijking van twee teamresultaten', () => {
  const eerder = team('2025-03-01', [respondent({ 'a-1': 1, 'a-2': 1, 'b-1': 3 }), respondent({ 'a-1': 1, 'a-2': 1, 'b-1': 1 })], [
    { id: 'a1', dimensieId: 'a', tekst: 'Visie op papier', eigenaar: 'OOV', datum: '2025-09-01', status: 'klaar' },
  ]);
  const nu = team('2026-03-01', [respondent({ 'a-1': 3, 'a-2': 3, 'b-1': 2 }), respondent({ 'a-1': 2, 'a-2': 2, 'b-1': 2 }), respondent({ 'a-1': 3, 'a-2': 3 })]);
  const v = vergelijkTeams(cat, eerder, nu);

  it('vergelijkt per onderdeel de afgeronde gemiddelden', () => {
    // a: then 33 and 33 → 33; now 100, 67, 100 → 89. b: then 100 and 33 → 66,5 → 67; now 67, 67 → 67.
    expect(v.dimensies.map((d) => [d.id, d.eerder, d.nu, d.verschil])).toEqual([
      ['a', 33, 89, 56],
      ['b', 67, 67, 0],
      ['c', null, null, null],
    ]);
    expect([v.eerderRespondenten, v.nuRespondenten, v.eerderDatum]).toEqual([2, 3, '2025-03-01']);
  });
  it('vergelijkt per stelling', () => {
    // a-1: then 1, 1 → 33; now 3, 2, 3 → (100 + 66,67 + 100) / 3 = 88,9 → 89.
    expect(v.stellingen.find((s) => s.id === 'a-1')).toMatchObject({ eerder: 33, nu: 89, verschil: 56, dimensieId: 'a' });
    expect(v.stellingen.find((s) => s.id === 'b-2')).toMatchObject({ eerder: null, nu: null, verschil: null });
  });
  it('vergelijkt de totaalscore', () => {
    // Totals then: (33 + 100) / 2 = 66,5 → 67 and (33 + 33) / 2 = 33 → mean 50.
    // Now: (100 + 67) / 2 = 83,5 → 84; (67 + 67) / 2 = 67; 100 → mean 83,67 → 84.
    expect(v.totaal).toMatchObject({ eerder: 50, nu: 84, verschil: 34 });
  });
  it('neemt het eerdere actieplan mee: wat is er van terechtgekomen?', () => {
    expect(v.terugblik.acties.map((a) => [a.actie.tekst, a.actie.status, a.eerder, a.nu, a.verschil])).toEqual([['Visie op papier', 'klaar', 33, 89, 56]]);
  });
});
