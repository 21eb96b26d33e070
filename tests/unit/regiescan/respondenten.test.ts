import { describe, expect, it } from 'vitest';
import { MAX_RESPONDENTEN } from '../../../src/tools/regiescan/domain/bestand.ts';
import {
  LIMIET_UITLEG, bestandsnaamBasis, groepeerFouten, respondentLabels, verwijder, voegToe, type Kandidaat,
} from '../../../src/tools/regiescan/domain/respondenten.ts';
import { respondent, scan } from './helpers.ts';

const k = (naam: string, r = respondent({ 'a-1': 1 })): Kandidaat => ({ naam, respondent: r });

describe('respondenten toevoegen', () => {
  it('weigert een lege scan met een melding, en telt hem niet mee', () => {
    const r = voegToe([], [k('leeg.json', respondent({})), k('een.json')]);
    expect(r.team.map((g) => g.naam)).toEqual(['een.json']);
    expect(r.toegevoegd).toBe(1);
    expect(r.afgewezen).toEqual([{ naam: 'leeg.json', reden: 'Deze scan bevat geen enkel antwoord. Een lege scan telt niet mee als respondent.' }]);
  });
  it('telt een scan met alleen "weet ik niet" wel mee', () => {
    expect(voegToe([], [k('wn.json', respondent({ 'a-1': 'weet-niet' }))]).toegevoegd).toBe(1);
  });
  it('weigert hetzelfde bestand twee keer, ook binnen één keuze', () => {
    const a = respondent({ 'a-1': 1 }, {}, '2026-01-01T10:00:00.000Z');
    const r = voegToe([], [k('a.json', a), k('kopie.json', { ...a })]);
    expect(r.team).toHaveLength(1);
    expect(r.afgewezen[0]).toEqual({ naam: 'kopie.json', reden: 'Dit is dezelfde scan als "a.json", die al geladen is.' });
    const opnieuw = voegToe(r.team, [k('nog-een.json', { ...a })]);
    expect(opnieuw.toegevoegd).toBe(0);
  });
  it('voegt dezelfde antwoorden van een ander moment toe, met een waarschuwing', () => {
    const r = voegToe([k('a.json', respondent({ 'a-1': 1 }, {}, 'x'))], [k('b.json', respondent({ 'a-1': 1 }, {}, 'y')), k('c.json', respondent({ 'a-1': 2 }))]);
    expect(r.team).toHaveLength(3);
    expect(r.waarschuwingen).toEqual(['"b.json" heeft precies dezelfde antwoorden als "a.json". Controleer of het niet twee keer dezelfde scan is; verwijder hem anders.']);
    // Later: the message names the first file with these answers, not the last.
    const later = voegToe(r.team, [k('d.json', respondent({ 'a-1': 1 }, {}, 'z'))]);
    expect(later.waarschuwingen[0]).toContain('als "a.json"');
  });
  it('weigert bestanden boven de grens en legt de grens uit', () => {
    const vol = Array.from({ length: MAX_RESPONDENTEN }, (_, i) => k(`f${i}`, respondent({ 'a-1': 1 }, {}, `t${i}`)));
    const r = voegToe(vol, [k('extra.json', respondent({ 'a-1': 2 }))]);
    expect(r.toegevoegd).toBe(0);
    expect(r.afgewezen[0]!.reden).toBe(`De teamscan is vol (hooguit ${MAX_RESPONDENTEN} scans).`);
    expect(LIMIET_UITLEG).toContain(`hooguit ${MAX_RESPONDENTEN} scans`);
    expect(LIMIET_UITLEG).toMatch(/snel/);
  });
  it('haalt een bestand weg op volgorde', () => {
    expect(verwijder(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('één samenvattende melding voor veel slechte bestanden', () => {
  it('groepeert per reden, de meest voorkomende eerst', () => {
    const g = groepeerFouten([
      { naam: 'a', reden: 'kapot' },
      { naam: 'b', reden: 'leeg' },
      { naam: 'c', reden: 'leeg' },
      { naam: 'd', reden: 'ander instrument' },
      { naam: 'e', reden: 'leeg' },
      { naam: 'f', reden: 'kapot' },
    ]);
    expect(g).toEqual([
      { reden: 'leeg', namen: ['b', 'c', 'e'] },
      { reden: 'kapot', namen: ['a', 'f'] },
      { reden: 'ander instrument', namen: ['d'] },
    ]);
  });
});

describe('respondentlabels en bestandsnamen', () => {
  const rol = (id: string) => ({ bestuurder: 'Bestuurder', ketenpartner: 'Ketenpartner', anders: 'Anders' })[id] ?? 'Rol niet opgegeven';
  it('geeft rol plus code, of een volgnummer binnen de rol, nooit een naam', () => {
    const team = [
      respondent({ 'a-1': 1 }, { context: { respondentRol: 'bestuurder' } }),
      respondent({ 'a-1': 1 }, { context: { respondentRol: 'ketenpartner', code: 'K7' } }),
      respondent({ 'a-1': 1 }, { context: { respondentRol: 'bestuurder' } }),
      respondent({ 'a-1': 1 }, { context: { respondentRol: 'anders' } }),
      respondent({ 'a-1': 1 }),
    ];
    expect(respondentLabels(team, rol)).toEqual(['Bestuurder 1', 'Ketenpartner (K7)', 'Bestuurder 2', 'Anders', 'Rol niet opgegeven']);
  });
  it('maakt bestandsnamen die per rol en code verschillen', () => {
    expect(bestandsnaamBasis(scan({}, { context: { respondentRol: 'manager-zvh', code: 'Team-B' } }))).toBe('regiescan-manager-zvh-team-b');
    expect(bestandsnaamBasis(scan({}, { context: { respondentRol: 'bestuurder' } }))).toBe('regiescan-bestuurder');
    expect(bestandsnaamBasis(scan({}))).toBe('regiescan-scan');
  });
});
