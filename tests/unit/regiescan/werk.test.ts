/** The reducers of the two regiescan pages: every action by hand, with expected states written out. */
import { describe, expect, it } from 'vitest';
import { geopendeScan, leegScanWerk, leegTeamWerk, scanIsLeeg, scanReducer, teamIsLeeg, teamReducer, alleenScan, alleenTeam } from '../../../src/tools/regiescan/domain/werk.ts';
import type { ScanWerk, TeamWerk } from '../../../src/tools/regiescan/domain/bestand.ts';
import type { Catalogus } from '../../../src/tools/regiescan/domain/model.ts';

const leeg = leegScanWerk(1, '2026-12-02');
const waarde = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

const catalogus: Catalogus = {
  stellingenVersie: 2,
  dimensies: [{ id: 'visie', titel: 'Visie', stellingen: [{ id: 'visie-1', tekst: 'A' }, { id: 'visie-2', tekst: 'B' }] }],
  banden: [],
};

describe('scanReducer', () => {
  it('begint leeg, met de datum van vandaag en op het contextscherm', () => {
    expect(leeg).toEqual({
      soort: 'scan',
      stellingenVersie: 1,
      context: { gemeenteRol: '', grootte: '', respondentRol: '', code: '', datum: '2026-12-02' },
      antwoorden: {},
      notities: {},
      actieplan: [],
      scherm: -1,
      eerder: null,
    });
    expect(scanIsLeeg(leeg)).toBe(true);
  });

  it('zet een antwoord, overschrijft het, en laat de rest staan', () => {
    const een = waarde(scanReducer(leeg, { type: 'antwoord', stellingId: 'visie-1', antwoord: 2 }));
    const twee = waarde(scanReducer(een, { type: 'antwoord', stellingId: 'visie-1', antwoord: 'weet-niet' }));
    expect(een.antwoorden).toEqual({ 'visie-1': 2 });
    expect(twee.antwoorden).toEqual({ 'visie-1': 'weet-niet' });
    expect(leeg.antwoorden).toEqual({});
    expect(scanIsLeeg(een)).toBe(false);
  });

  it('bewaart een notitie en haalt een lege notitie weg', () => {
    const met = waarde(scanReducer(leeg, { type: 'notitie', stellingId: 'visie-1', tekst: 'Staat in het jaarplan.' }));
    expect(met.notities).toEqual({ 'visie-1': 'Staat in het jaarplan.' });
    expect(scanIsLeeg(met)).toBe(false);
    expect(waarde(scanReducer(met, { type: 'notitie', stellingId: 'visie-1', tekst: '   ' })).notities).toEqual({});
  });

  it('context, scherm en vergelijking; alleen het scherm maakt de scan niet "niet leeg"', () => {
    const c = waarde(scanReducer(leeg, { type: 'context', context: { ...leeg.context, grootte: 'tot-20000' } }));
    expect(c.context.grootte).toBe('tot-20000');
    expect(scanIsLeeg(c)).toBe(false);
    const s = waarde(scanReducer(leeg, { type: 'ga', scherm: 4 }));
    expect(s.scherm).toBe(4);
    expect(scanIsLeeg(s)).toBe(true);
    const eerder = alleenScan(waarde(scanReducer(leeg, { type: 'antwoord', stellingId: 'visie-1', antwoord: 1 })));
    expect(waarde(scanReducer(s, { type: 'vergelijk', eerder })).eerder).toEqual(eerder);
    expect(waarde(scanReducer({ ...s, eerder }, { type: 'vergelijk', eerder: null })).eerder).toBeNull();
  });

  it('actieplan: toevoegen, wijzigen, weigeren met een melding (en niets verandert), verwijderen', () => {
    const een = waarde(scanReducer(leeg, { type: 'actie-toevoegen', dimensieId: 'visie', tekst: '  Visie bespreken  ' }));
    expect(een.actieplan).toEqual([{ id: 'a1', dimensieId: 'visie', tekst: 'Visie bespreken', eigenaar: '', datum: '', status: 'gepland' }]);
    const dubbel = scanReducer(een, { type: 'actie-toevoegen', dimensieId: 'visie', tekst: 'Visie bespreken' });
    expect(dubbel).toEqual({ ok: false, message: 'Deze actie staat al in het actieplan.' });
    const gewijzigd = waarde(scanReducer(een, { type: 'actie-wijzigen', id: 'a1', wijziging: { eigenaar: 'OOV', status: 'bezig' } }));
    expect(gewijzigd.actieplan[0]).toMatchObject({ eigenaar: 'OOV', status: 'bezig' });
    expect(scanReducer(een, { type: 'actie-wijzigen', id: 'a1', wijziging: { datum: '2 juni' } })).toEqual({ ok: false, message: 'Vul een geldige datum in, of laat de datum leeg.' });
    expect(waarde(scanReducer(gewijzigd, { type: 'actie-verwijderen', id: 'a1' })).actieplan).toEqual([]);
  });

  it('een geopende scan: onbekende stellingen eruit (geteld), huidige versie, scherm en vergelijking blijven', () => {
    const w: ScanWerk = { ...leeg, scherm: 3, eerder: null, antwoorden: { 'visie-2': 0 } };
    const { werk, onbekend } = geopendeScan(
      w,
      { stellingenVersie: 1, context: { ...leeg.context, code: 'B7' }, antwoorden: { 'visie-1': 3, 'oud-9': 2 }, notities: { 'oud-9': 'weg', 'visie-1': 'blijft' }, actieplan: [] },
      catalogus,
    );
    expect(onbekend).toBe(1);
    expect(werk).toEqual({ ...leeg, stellingenVersie: 2, context: { ...leeg.context, code: 'B7' }, antwoorden: { 'visie-1': 3 }, notities: { 'visie-1': 'blijft' }, scherm: 3, eerder: null });
  });
});

describe('teamReducer', () => {
  const r1 = { opgeslagen: '2026-03-01T10:00:00.000Z', scan: alleenScan({ ...leeg, antwoorden: { 'visie-1': 3 } }) };
  const r2 = { opgeslagen: '2026-03-02T10:00:00.000Z', scan: alleenScan({ ...leeg, antwoorden: { 'visie-1': 0 } }) };

  it('respondenten zetten en er één verwijderen', () => {
    expect(teamIsLeeg(leegTeamWerk())).toBe(true);
    const t = waarde(teamReducer(leegTeamWerk(), { type: 'respondenten', respondenten: [r1, r2] }));
    expect(t.respondenten).toEqual([r1, r2]);
    expect(teamIsLeeg(t)).toBe(false);
    expect(waarde(teamReducer(t, { type: 'verwijder', index: 0 })).respondenten).toEqual([r2]);
  });

  it('notities van het team, actieplan en de vergelijking', () => {
    const t = waarde(teamReducer(leegTeamWerk(), { type: 'notitie', stellingId: 'visie-1', tekst: 'Hier verschilden we over.' }));
    expect(t.notities).toEqual({ 'visie-1': 'Hier verschilden we over.' });
    expect(teamIsLeeg(t)).toBe(false);
    const p = waarde(teamReducer(t, { type: 'actie-toevoegen', dimensieId: 'visie', tekst: 'Stuurgroep' }));
    expect(p.actieplan.map((a) => a.id)).toEqual(['a1']);
    const eerder = alleenTeam({ ...leegTeamWerk(), respondenten: [r1] });
    const v: TeamWerk = waarde(teamReducer(p, { type: 'vergelijk', eerder }));
    expect(v.eerder).toEqual({ datum: '', respondenten: [r1], notities: {}, actieplan: [] });
    expect(alleenTeam(v)).toEqual({ datum: '', respondenten: [], notities: { 'visie-1': 'Hier verschilden we over.' }, actieplan: p.actieplan });
  });
});
