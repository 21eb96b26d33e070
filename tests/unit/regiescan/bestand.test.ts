import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIE, MAX_BESTAND_BYTES, leesBestand, leesOpslag, leesScanData, naarBestand, naarJson } from '../../../src/tools/regiescan/domain/bestand.ts';
import { fixture, scan } from './helpers.ts';

const volledig = scan({ 'visie-1': 3, 'visie-2': 'weet-niet', 'regio-4': 0 }, {
  context: { gemeenteRol: 'centrumgemeente', grootte: 'boven-100000', respondentRol: 'manager-zvh', datum: '2026-02-03' },
});

const melding = (text: string) => {
  const r = leesBestand(text);
  return r.ok ? '' : r.message;
};

describe('scan file', () => {
  it('round-trips through JSON', () => {
    const text = naarJson(volledig, new Date('2026-02-03T10:00:00Z'));
    const r = leesBestand(text);
    expect(r.ok && r.value.data).toEqual(volledig);
    expect(r.ok && r.value.opgeslagen).toBe('2026-02-03T10:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({ instrument: 'regiescan', versie: FORMAT_VERSIE });
  });

  it('migrates format version 1 (answer list, null for "weet ik niet")', () => {
    const r = leesBestand(fixture('formaat-versie-1.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.versie).toBe(FORMAT_VERSIE);
    expect(r.value.data.stellingenVersie).toBe(1);
    expect(r.value.data.context.respondentRol).toBe('bestuurder');
    expect(r.value.data.antwoorden['visie-1']).toBe('weet-niet');
    expect(r.value.data.antwoorden['visie-2']).toBe(1);
  });

  it('refuses a file of a newer version, naming both versions', () => {
    expect(melding(fixture('nieuwere-versie.json'))).toMatch(/nieuwere versie.*versie 99.*versie 2/);
  });
  it('refuses a file of another tool, naming it', () => {
    expect(melding(fixture('ander-instrument.json'))).toContain('barrièremodel');
  });
  it('refuses malformed JSON', () => {
    expect(melding(fixture('kapot.json'))).toContain('geen geldig JSON-bestand');
    expect(melding('')).toContain('geen geldig JSON-bestand');
  });
  it('refuses invalid answers', () => {
    expect(melding(fixture('ongeldige-antwoorden.json'))).toContain('geen geldige regiescan');
    const bad = (antwoorden: unknown) => leesScanData({ stellingenVersie: 1, antwoorden }).ok;
    expect(bad({ 'visie-1': '3' })).toBe(false);
    expect(bad({ 'Visie 1': 3 })).toBe(false);
    expect(bad([])).toBe(false);
    expect(bad({ 'visie-1': 3 })).toBe(true);
    expect(leesScanData({ stellingenVersie: 0, antwoorden: {} }).ok).toBe(false);
    expect(leesScanData({ stellingenVersie: 1.5, antwoorden: {} }).ok).toBe(false);
    expect(leesScanData(null).ok).toBe(false);
    const veel = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`s-${i}`, 1]));
    expect(bad(veel)).toBe(false);
  });
  it('refuses a bad format-1 file', () => {
    const v1 = (data: unknown) => leesBestand(JSON.stringify({ instrument: 'regiescan', versie: 1, data })).ok;
    expect(v1({ antwoorden: {} })).toBe(false);
    expect(v1({ antwoorden: [{ stelling: 'visie-1', score: 4 }] })).toBe(false);
    expect(v1({ antwoorden: [{ score: 1 }] })).toBe(false);
    expect(v1({ antwoorden: [] })).toBe(true);
  });
  it('drops unknown context values and bad dates instead of refusing the file', () => {
    const r = leesScanData({ stellingenVersie: 1, context: { gemeenteRol: 'koning', grootte: 5, respondentRol: 'bestuurder', datum: 'gisteren' }, antwoorden: {} });
    expect(r.ok && r.value.context).toEqual({ gemeenteRol: '', grootte: '', respondentRol: 'bestuurder', datum: '' });
  });
  it('refuses an oversized file before parsing', () => {
    expect(melding(' '.repeat(MAX_BESTAND_BYTES + 1))).toContain('te groot');
  });
  it('revives the device storage envelope', () => {
    const r = leesOpslag(naarBestand(volledig));
    expect(r.ok && r.value.data).toEqual(volledig);
    expect(leesOpslag({ instrument: 'meldcode', versie: 1, data: {} }).ok).toBe(false);
    expect(leesOpslag('onzin').ok).toBe(false);
  });
});
