import { describe, expect, it } from 'vitest';
import { csvVeld, scanCsv, teamCsv } from '../../../src/tools/regiescan/domain/export.ts';
import { rolUitsplitsing } from '../../../src/tools/regiescan/domain/rollen.ts';
import { teamUitslag } from '../../../src/tools/regiescan/domain/team.ts';
import { vergelijkTeams } from '../../../src/tools/regiescan/domain/teamvergelijking.ts';
import { vergelijk } from '../../../src/tools/regiescan/domain/vergelijking.ts';
import { kleineCatalogus as cat, respondent, scan } from './helpers.ts';

const labels = { schaal: ['Niet', 'Beperkt', 'Grotendeels', 'Volledig'], weetNiet: 'Weet ik niet' };
const secties = (csv: string) => csv.trimEnd().split('\r\n\r\n').map((s) => s.split('\r\n'));

describe('CSV', () => {
  it('zet velden tussen aanhalingstekens en maakt formules onschadelijk', () => {
    expect(csvVeld('a;b')).toBe('"a;b"');
    expect(csvVeld('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvVeld('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvVeld('  =SOM(A1)')).toBe("'  =SOM(A1)");
    expect(csvVeld(1.5)).toBe('1,5');
    expect(csvVeld(-2)).toBe('-2');
    expect(csvVeld(null)).toBe('');
  });

  it('exporteert één scan: een rij per stelling met notitie, per onderdeel en een totaal, dan het actieplan', () => {
    const s = scan({ 'a-1': 3, 'a-2': 'weet-niet' }, {
      notities: { 'a-1': 'Zie jaarplan; p. 3' },
      actieplan: [{ id: 'a1', dimensieId: 'b', tekst: 'Stuurgroep', eigenaar: 'OOV', datum: '2026-09-01', status: 'bezig' }],
    });
    const [rows, plan] = secties(scanCsv(cat, s, labels));
    expect(rows![0]).toBe('soort;dimensie;stelling-id;stelling;antwoord;waarde (0-3);score (0-100);notitie');
    expect(rows).toHaveLength(1 + 6 + 3 + 1);
    expect(rows![1]).toBe('stelling;A;a-1;A1;Volledig;3;;"Zie jaarplan; p. 3"');
    expect(rows![2]).toBe('stelling;A;a-2;A2;Weet ik niet;;;');
    expect(rows![7]).toBe('dimensie;A;a;;Hoog;;100;');
    expect(rows![10]).toBe('totaal;Totaal;;;Hoog;;100;');
    expect(plan).toEqual(['actieplan;onderdeel;actie;eigenaar;datum;status', 'actie;B;Stuurgroep;OOV;2026-09-01;Bezig']);
  });

  it('zet de vergelijking en de terugblik op het eerdere actieplan in de CSV van één scan', () => {
    const eerder = scan({ 'a-1': 1, 'a-2': 1 }, { actieplan: [{ id: 'a1', dimensieId: 'a', tekst: 'Visie', eigenaar: '', datum: '', status: 'klaar' }] });
    const nu = scan({ 'a-1': 3, 'a-2': 3 });
    const [rows, terug] = secties(scanCsv(cat, nu, labels, vergelijk(cat, eerder, nu)));
    expect(rows![0]).toBe('soort;dimensie;stelling-id;stelling;antwoord;waarde (0-3);score (0-100);notitie;eerder antwoord;score eerder (0-100);verschil (punten)');
    expect(rows![1]).toBe('stelling;A;a-1;A1;Volledig;3;;;Beperkt;;');
    expect(rows![7]).toBe('dimensie;A;a;;Hoog;;100;;;33;67');
    expect(terug![1]).toBe('eerdere actie;A;Visie;;Klaar;33;100;67');
  });

  it('exporteert een teamresultaat op één schaal, met eenheden in de kop', () => {
    const team = [respondent({ 'a-1': 0 }), respondent({ 'a-1': 3 })];
    const t = teamUitslag(cat, team);
    const [rows] = secties(teamCsv(t, cat, labels, { rollen: [], rolLabel: String, notities: { 'a-1': 'oneens' }, actieplan: [], vergelijking: null, drempel: 5 }));
    expect(rows![0]).toBe(
      'soort;dimensie;stelling-id;stelling;antwoorden (aantal);gemiddelde (0-100);spreiding (sd, punten op 0-100);laagste (0-100);hoogste (0-100);Niet (aantal);Beperkt (aantal);Grotendeels (aantal);Volledig (aantal);Weet ik niet (aantal);niet ingevuld (aantal);notitie',
    );
    expect(rows).toHaveLength(1 + 1 + 3 + 6);
    // Totals 0 and 100: mean 50, sd 50. Statement a-1: 0 and 3 → 0 and 100 points.
    expect(rows![1]).toBe('totaal;Totaal;;;2;50;50;0;100');
    expect(rows![2]).toBe('dimensie;A;a;;2;50;50;0;100');
    expect(rows![5]).toBe('stelling;A;a-1;A1;2;50;50;0;100;1;0;0;1;0;0;oneens');
  });

  it('zet rollen (verborgen onder de vijf), actieplan, vergelijking en terugblik in de team-CSV', () => {
    const nu = { datum: '', notities: {}, actieplan: [], respondenten: Array.from({ length: 5 }, () => respondent({ 'a-1': 3, 'a-2': 3 }, { context: { respondentRol: 'bestuurder' } })).concat([respondent({ 'a-1': 0 }, { context: { respondentRol: 'anders' } })]) };
    const eerder = { datum: '', notities: {}, respondenten: [respondent({ 'a-1': 1, 'a-2': 1 })], actieplan: [{ id: 'a1', dimensieId: 'a', tekst: 'Plan', eigenaar: 'OOV', datum: '', status: 'bezig' as const }] };
    const t = teamUitslag(cat, nu.respondenten);
    const csv = teamCsv(t, cat, labels, {
      rollen: rolUitsplitsing(cat, nu.respondenten),
      rolLabel: (r) => ({ bestuurder: 'Bestuurder', anders: 'Anders' })[r] ?? r,
      notities: {},
      actieplan: [{ id: 'a1', dimensieId: 'c', tekst: 'Nieuw', eigenaar: '', datum: '', status: 'gepland' }],
      vergelijking: vergelijkTeams(cat, eerder, nu),
      drempel: 5,
    });
    const [rows, rollen, plan, terug] = secties(csv);
    expect(rows![0]).toMatch(/;notitie;gemiddelde eerder \(0-100\);verschil \(punten\)$/);
    // Now: five totals of 100 and one of 0 → 83,3 → 83; earlier 33. Difference 50.
    expect(rows![1]).toMatch(/^totaal;Totaal;;;6;83;.*;33;50$/);
    expect(rollen).toEqual([
      'rol;respondenten (aantal);totaal gemiddeld (0-100);A (0-100);B (0-100);C (0-100)',
      'Bestuurder;5;verborgen: anders terug te rekenen uit het totaal',
      'Anders;1;verborgen: minder dan 5 respondenten',
    ]);
    expect(plan![1]).toBe('actie;C;Nieuw;;;Gepland');
    expect(terug![1]).toBe('eerdere actie;A;Plan;OOV;Bezig;33;83;50');
  });
});
