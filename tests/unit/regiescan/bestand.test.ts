import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSIE, MAX_BESTAND_BYTES, MAX_NOTITIE, alsScan, alsTeam, leesBestand, leesScanData, naarJson, scanBestand, scanOpslag, teamBestand, teamOpslag,
  type TeamResultaat,
} from '../../../src/tools/regiescan/domain/bestand.ts';
import { fixture, respondent, scan } from './helpers.ts';

const volledig = scan({ 'visie-1': 3, 'visie-2': 'weet-niet', 'regio-4': 0 }, {
  context: { gemeenteRol: 'centrumgemeente', grootte: 'boven-100000', respondentRol: 'manager-zvh', code: 'Z1', datum: '2026-02-03' },
  notities: { 'visie-1': 'Staat in het jaarplan 2026.' },
  actieplan: [{ id: 'a1', dimensieId: 'visie', tekst: 'Visie bespreken in de stuurgroep', eigenaar: 'manager', datum: '2026-06-01', status: 'bezig' }],
});

const melding = (text: string) => {
  const r = leesBestand(text);
  return r.ok ? '' : r.message;
};
const data = (text: string) => {
  const r = leesBestand(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('scanbestand', () => {
  it('gaat heen en terug door JSON, met notities en actieplan', () => {
    const text = naarJson(scanBestand(volledig, new Date('2026-02-03T10:00:00Z')));
    const r = data(text);
    expect(alsScan(r.data)).toEqual({ ok: true, value: volledig });
    expect(r.savedAt).toBe('2026-02-03T10:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({ instrument: 'regiescan', versie: 3, data: { soort: 'scan' } });
    expect(FORMAT_VERSIE).toBe(3);
  });

  it('migreert formaatversie 1 (antwoordlijst, null voor "weet ik niet")', () => {
    const r = data(fixture('formaat-versie-1.json'));
    expect(r.fromVersion).toBe(1);
    expect(FORMAT_VERSIE).toBe(3);
    const s = alsScan(r.data);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.stellingenVersie).toBe(1);
    expect(s.value.context).toEqual({ gemeenteRol: 'deelnemend', grootte: 'tot-20000', respondentRol: 'bestuurder', code: '', datum: '2025-01-15' });
    // Statement 0 (visie-1) had null, statement 1 (visie-2) score 1 % 4 = 1.
    expect(s.value.antwoorden['visie-1']).toBe('weet-niet');
    expect(s.value.antwoorden['visie-2']).toBe(1);
    expect(Object.keys(s.value.antwoorden)).toHaveLength(54);
    expect([s.value.notities, s.value.actieplan]).toEqual([{}, []]);
  });

  it('migreert formaatversie 2 (de bestanden van respondenten van vorig jaar)', () => {
    const r = data(fixture('team-1.json'));
    const s = alsScan(r.data);
    expect(s.ok && s.value.context).toEqual({ gemeenteRol: 'centrumgemeente', grootte: '50000-100000', respondentRol: 'bestuurder', code: '', datum: '2026-03-01' });
    expect(s.ok && [s.value.antwoorden['visie-1'], s.value.antwoorden['bestuur-1'], s.value.antwoorden['bestuur-6']]).toEqual([3, 0, 'weet-niet']);
    expect(r.savedAt).toBe('2026-03-01T10:00:00.000Z');
  });

  it('weigert een bestand van een nieuwere versie en noemt beide versies', () => {
    expect(melding(fixture('nieuwere-versie.json'))).toMatch(/nieuwere versie.*versie 99.*versie 3/);
  });
  it('weigert een bestand van een ander instrument en noemt het', () => {
    expect(melding(fixture('ander-instrument.json'))).toContain('barrièremodel');
  });
  it('weigert kapotte JSON', () => {
    expect(melding(fixture('kapot.json'))).toContain('geen geldig JSON-bestand');
    expect(melding('')).toContain('Dit bestand is leeg');
  });
  it('weigert ongeldige antwoorden en zegt waar het zit', () => {
    expect(melding(fixture('ongeldige-antwoorden.json'))).toBe('Dit bestand klopt niet. De antwoorden: het onderdeel "visie-1" moet 0 tot 3 of "weet ik niet" zijn. Er is niets veranderd.');
    const goed = (antwoorden: unknown) => leesScanData({ stellingenVersie: 1, antwoorden }).ok;
    expect(goed({ 'visie-1': '3' })).toBe(false);
    expect(goed({ 'Visie 1': 3 })).toBe(false);
    expect(goed([])).toBe(false);
    expect(goed({ 'visie-1': 3 })).toBe(true);
    expect(leesScanData({ stellingenVersie: 0, antwoorden: {} }).ok).toBe(false);
    expect(leesScanData({ stellingenVersie: 1.5, antwoorden: {} }).ok).toBe(false);
    expect(leesScanData(null).ok).toBe(false);
    expect(goed(Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`s-${i}`, 1])))).toBe(false);
  });
  it('weigert een te lange notitie en een kapotte actie, met de plaats in woorden', () => {
    const v3 = (d: unknown) => melding(JSON.stringify({ instrument: 'regiescan', versie: 3, data: d }));
    const basis = { soort: 'scan', stellingenVersie: 1, antwoorden: {} };
    expect(v3({ ...basis, notities: { 'visie-1': 'x'.repeat(MAX_NOTITIE + 1) } })).toContain('De notities: het onderdeel "visie-1" is te lang (hooguit 2.000 tekens).');
    expect(v3({ ...basis, actieplan: [{ id: 'a1', dimensieId: 'visie', tekst: 'x', status: 'misschien' }] })).toContain('Actie 1 van het actieplan: de status heeft een waarde die dit instrument niet kent.');
    expect(v3({ stellingenVersie: 1, antwoorden: {} })).toContain('Het soort bestand (scan of teamresultaat) moet "scan" of "team" zijn.');
  });
  it('weigert een slecht bestand van formaat 1', () => {
    const v1 = (d: unknown) => leesBestand(JSON.stringify({ instrument: 'regiescan', versie: 1, data: d })).ok;
    expect(v1({ antwoorden: {} })).toBe(false);
    expect(v1({ antwoorden: [{ stelling: 'visie-1', score: 4 }] })).toBe(false);
    expect(v1({ antwoorden: [{ score: 1 }] })).toBe(false);
    expect(v1({ antwoorden: [] })).toBe(true);
  });
  it('laat onbekende contextwaarden, slechte datums en een code die een naam kan zijn weg, in plaats van het bestand te weigeren', () => {
    const r = leesScanData({ stellingenVersie: 1, context: { gemeenteRol: 'koning', grootte: 5, respondentRol: 'bestuurder', code: 'Jan Jansen', datum: 'gisteren' }, antwoorden: {} });
    expect(r.ok && r.value.context).toEqual({ gemeenteRol: '', grootte: '', respondentRol: 'bestuurder', code: '', datum: '' });
    const c = leesScanData({ stellingenVersie: 1, context: { code: ' B-12 ' }, antwoorden: {} });
    expect(c.ok && c.value.context.code).toBe('B-12');
  });
  it('weigert een te groot bestand voor het lezen', () => {
    expect(melding(' '.repeat(MAX_BESTAND_BYTES + 1))).toContain('te groot');
  });
  it('leest wat op het apparaat staat: een scan met scherm en vergelijking, en weigert daar een teamresultaat of ander instrument', () => {
    const opgeslagen = { ...scanBestand(volledig), revisie: 4 };
    const r = scanOpslag.readValue(opgeslagen, 'storage');
    // An older stored copy (without scherm and eerder) is read with their defaults.
    expect(r.ok && r.value.data).toEqual({ soort: 'scan', ...volledig, scherm: -1, eerder: null });
    expect(r.ok && r.value.revision).toBe(4);
    const met = scanOpslag.readValue(scanOpslag.envelope({ soort: 'scan', ...volledig, scherm: 9, eerder: volledig }), 'storage');
    expect(met.ok && [met.value.data.scherm, met.value.data.eerder]).toEqual([9, volledig]);
    const team = scanOpslag.readValue(teamBestand({ datum: '', respondenten: [], notities: {}, actieplan: [] }), 'storage');
    expect(team.ok).toBe(false);
    expect(team.ok ? '' : team.message).toMatch(/^De opgeslagen gegevens kloppen niet\./);
    expect(scanOpslag.readValue({ instrument: 'meldcode', versie: 1, data: {} }, 'storage').ok).toBe(false);
    expect(teamOpslag.readValue(scanBestand(volledig), 'storage').ok).toBe(false);
    expect(teamOpslag.readValue(teamBestand({ datum: '', respondenten: [], notities: {}, actieplan: [] }), 'storage').ok).toBe(true);
  });
});

describe('teamresultaat als bestand', () => {
  const team: TeamResultaat = {
    datum: '2026-03-10',
    respondenten: [respondent({ 'visie-1': 3 }, { context: { respondentRol: 'bestuurder' } }, '2026-03-01T10:00:00.000Z'), respondent({ 'visie-1': 1 }, {}, '2026-03-02T10:00:00.000Z')],
    notities: { 'bestuur-1': 'Hier verschilden we het meest over.' },
    actieplan: [{ id: 'a1', dimensieId: 'bestuur', tekst: 'Wethouders zorg uitnodigen', eigenaar: 'OOV', datum: '', status: 'gepland' }],
  };
  it('gaat heen en terug, zonder bestandsnamen', () => {
    const metNamen = { ...team, respondenten: team.respondenten.map((r) => ({ ...r, naam: 'jan-de-vries.json' })) };
    const text = naarJson(teamBestand(metNamen, new Date('2026-03-10T12:00:00Z')));
    expect(text).not.toContain('jan-de-vries');
    expect(alsTeam(data(text).data)).toEqual({ ok: true, value: team });
  });
  it('zegt het als een teambestand als scan wordt geopend, en andersom', () => {
    const t = data(naarJson(teamBestand(team))).data;
    expect(alsScan(t)).toMatchObject({ ok: false, message: expect.stringContaining('teamresultaat, geen scan van één persoon') });
    expect(alsTeam(data(fixture('team-1.json')).data)).toMatchObject({ ok: false, message: expect.stringContaining('geen teamresultaat') });
  });
  it('zegt welke scan van het team niet klopt', () => {
    const kapot = { soort: 'team', datum: '', respondenten: [{ opgeslagen: 'x', scan: { stellingenVersie: 1, antwoorden: {} } }, { opgeslagen: 'y', scan: { stellingenVersie: 1, antwoorden: { 'visie-1': 9 } } }] };
    expect(melding(JSON.stringify({ instrument: 'regiescan', versie: 3, data: kapot }))).toContain('Respondent 2, de scan, de antwoorden: het onderdeel "visie-1" moet 0 tot 3');
  });
});
