import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { leesBestand, leesOpgeslagen, naarBestand, naarOpslag, VERSIE, MAX_BESTAND_BYTES } from '../../../src/tools/meldcode/domain/bestand.ts';
import { leegDossier } from '../../../src/tools/meldcode/domain/model.ts';
import { dossier } from './helpers.ts';

const fixture = (naam: string) => readFileSync(new URL(`./fixtures/${naam}`, import.meta.url), 'utf8');

describe('export and import of a dossier (JSON)', () => {
  it('round-trips every field', () => {
    const d = dossier({
      signalen: [{ id: 's1', categorie: 'gedrag', omschrijving: 'schrikt "erg"\nbij harde geluiden', bronSoort: 'zelf-gezien', bron: '3 maart', richting: 'bevestigt' }],
      consultaties: [{ id: 'c1', met: 'veilig-thuis', wanneer: '2026-03-04', anoniem: true, advies: 'gesprek voeren' }],
      kindcheck: { aanleidingen: ['psychisch'], nagegaan: ['zwangerschap'], uitkomst: 'onduidelijk', notitie: 'n' },
      afwegingen: { a1: 'ja', a2: 'ja', a2Soort: ['structureel'], toelichting: { a1: 'waarom' } },
    });
    const r = leesBestand(naarBestand(d));
    expect(r.ok && r.value.data).toEqual(d);
    expect(r.ok && r.value.versie).toBe(VERSIE);
  });
  it('reads the fixture used by the browser tests', () => {
    const r = leesBestand(fixture('hulp-dossier.json'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.data.afwegingen.a5).toBe('loopt');
  });
  it('refuses malformed JSON', () => {
    const r = leesBestand(fixture('kapot.json'));
    expect(!r.ok && r.message).toMatch(/geen geldig JSON-bestand.*Er is niets veranderd/);
  });
  it('refuses a file of another tool, naming it', () => {
    const r = leesBestand(fixture('regiescan.json'));
    expect(!r.ok && r.message).toMatch(/gemaakt met de regiescan/);
  });
  it('refuses a file of an outdated version', () => {
    const r = leesBestand(fixture('oude-versie.json'));
    expect(!r.ok && r.message).toMatch(/oudere versie.*versie 1.*niet meer kan lezen/);
  });
  it('refuses a file of a newer version', () => {
    const r = leesBestand(JSON.stringify({ instrument: 'meldcode', versie: VERSIE + 1, opgeslagen: '', data: {} }));
    expect(!r.ok && r.message).toMatch(/nieuwere versie/);
  });
  it('refuses an oversized file', () => {
    const groot = JSON.stringify({ instrument: 'meldcode', versie: VERSIE, data: { beschermendeFactoren: 'x'.repeat(MAX_BESTAND_BYTES) } });
    const r = leesBestand(groot);
    expect(!r.ok && r.message).toMatch(/te groot/);
  });
  it('refuses data with a wrong field, naming the part', () => {
    const env = (data: unknown) => JSON.stringify({ instrument: 'meldcode', versie: VERSIE, opgeslagen: '', data });
    expect(leesBestand(env({ afwegingen: { a1: 'misschien' } }))).toEqual({ ok: false, message: expect.stringContaining('"afwegingen.a1"') });
    expect(leesBestand(env({ signalen: 'geen lijst' }))).toEqual({ ok: false, message: expect.stringContaining('"data.signalen"') });
    expect(leesBestand(env({ signalen: [{ omschrijving: 5 }] }))).toEqual({ ok: false, message: expect.stringContaining('signalen[0].omschrijving') });
    expect(leesBestand(env({ consultaties: [{ anoniem: 'ja' }] }))).toEqual({ ok: false, message: expect.stringContaining('consultaties[0].anoniem') });
    expect(leesBestand(env({ afwegingen: { a2Soort: ['ernstig'] } })).ok).toBe(false);
    expect(leesBestand(env(null)).ok).toBe(false);
    expect(leesBestand(env([])).ok).toBe(false);
    expect(leesBestand(JSON.stringify([1, 2])).ok).toBe(false);
  });
  it('fills missing fields of a partial file with empty values', () => {
    const r = leesBestand(JSON.stringify({ instrument: 'meldcode', versie: VERSIE, data: { sector: 'onderwijs' } }));
    expect(r.ok && r.value.data).toEqual({ ...leegDossier(), sector: 'onderwijs' });
  });
  it('device storage uses the same envelope', () => {
    const d = dossier({ afwegingen: { a1: 'nee' } });
    const r = leesOpgeslagen(JSON.parse(JSON.stringify(naarOpslag(d))));
    expect(r.ok && r.value.data).toEqual(d);
    expect(leesOpgeslagen({ instrument: 'barrieremodel', versie: 1, data: {} }).ok).toBe(false);
  });
});
