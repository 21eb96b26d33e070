import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { meldcodeBestand, VERSIE, MAX_BESTAND_BYTES } from '../../../src/tools/meldcode/domain/bestand.ts';
import { leegDossier } from '../../../src/tools/meldcode/domain/model.ts';
import { dossier } from './helpers.ts';

const fixture = (naam: string) => readFileSync(new URL(`./fixtures/${naam}`, import.meta.url), 'utf8');
const lees = (tekst: string) => meldcodeBestand.readText(tekst);
const env = (data: unknown) => JSON.stringify({ instrument: 'meldcode', versie: VERSIE, opgeslagen: '', data });

describe('export en import van een dossier (JSON, gedeelde envelop)', () => {
  it('elk veld komt heen en terug ongewijzigd', () => {
    const d = dossier({
      signalen: [{ id: 's1', categorie: 'gedrag', omschrijving: 'schrikt "erg"\nbij harde geluiden', bronSoort: 'zelf-gezien', bron: '3 maart', richting: 'bevestigt' }],
      consultaties: [{ id: 'c1', met: 'veilig-thuis', wanneer: '2026-03-04', anoniem: true, advies: 'gesprek voeren' }],
      kindcheck: { aanleidingen: ['psychisch'], nagegaan: ['zwangerschap'], uitkomst: 'onduidelijk', notitie: 'n' },
      afwegingen: { a1: 'ja', a2: 'ja', a2Soort: ['structureel'], toelichting: { a1: 'waarom' } },
      koppeling: { soort: 'uit-kindcheck', kenmerk: 'K-1', datum: '2026-03-05', verslag: 'v' },
      gesprek: { uitzondering: 'gevaar', uitzonderingReden: 'r' },
      informeren: { status: 'uitzondering', uitzondering: 'gevaar', reden: 'r' },
    });
    const r = lees(meldcodeBestand.toFileText(d));
    expect(r.ok && r.value.data).toEqual(d);
    expect(r.ok && r.value.fromVersion).toBe(VERSIE);
    expect(JSON.parse(meldcodeBestand.toFileText(d))).toMatchObject({ instrument: 'meldcode', versie: 2 });
  });
  it('leest de fixture van de browsertests', () => {
    const r = lees(fixture('hulp-dossier.json'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.data.afwegingen.a5).toBe('loopt');
  });
  it('weigert kapotte JSON', () => {
    const r = lees(fixture('kapot.json'));
    expect(!r.ok && r.message).toMatch(/^Dit bestand .*JSON.*Er is niets veranderd\.$/);
  });
  it('weigert een bestand van een ander instrument en noemt het', () => {
    const r = lees(fixture('regiescan.json'));
    expect(!r.ok && r.message).toMatch(/gemaakt met de regiescan, niet met het meldcode-stappenplan/);
  });
  it('weigert een bestand van een verouderde versie', () => {
    const r = lees(fixture('oude-versie.json'));
    expect(!r.ok && r.message).toMatch(/oude versie van het meldcode-stappenplan \(versie 1\).*niet meer kan lezen/);
  });
  it('weigert een bestand van een nieuwere versie', () => {
    const r = lees(JSON.stringify({ instrument: 'meldcode', versie: VERSIE + 1, opgeslagen: '', data: {} }));
    expect(!r.ok && r.message).toMatch(/nieuwere versie/);
  });
  it('weigert een te groot bestand', () => {
    const r = lees(env({ beschermendeFactoren: 'x'.repeat(MAX_BESTAND_BYTES) }));
    expect(!r.ok && r.message).toMatch(/te groot/);
  });
  it('weigert gegevens met een verkeerd veld en noemt het onderdeel in woorden', () => {
    expect(lees(env({ afwegingen: { a1: 'misschien' } }))).toMatchObject({ ok: false, message: 'Dit bestand klopt niet. De afwegingen: afweging 1 heeft een waarde die dit instrument niet kent. Er is niets veranderd.' });
    expect(lees(env({ signalen: 'geen lijst' }))).toMatchObject({ ok: false, message: expect.stringContaining('moet een lijst zijn') });
    expect(lees(env({ signalen: [{ omschrijving: 5 }] }))).toMatchObject({ ok: false, message: expect.stringContaining('Signaal 1: de omschrijving moet tekst zijn') });
    expect(lees(env({ consultaties: [{ anoniem: 'ja' }] }))).toMatchObject({ ok: false, message: expect.stringContaining('Consultatie 1: anoniem moet ja of nee zijn') });
    expect(lees(env({ afwegingen: { a2Soort: ['ernstig'] } })).ok).toBe(false);
    expect(lees(env({ koppeling: { kenmerk: 'x' } })).ok).toBe(false);
    expect(lees(env(null)).ok).toBe(false);
    expect(lees(env([])).ok).toBe(false);
    expect(lees(JSON.stringify([1, 2])).ok).toBe(false);
  });
  it('vult ontbrekende velden van een onvolledig bestand met lege waarden (ook data {})', () => {
    const r = lees(env({ sector: 'onderwijs' }));
    expect(r.ok && r.value.data).toEqual({ ...leegDossier(), sector: 'onderwijs' });
    const leeg = lees(env({}));
    expect(leeg.ok && leeg.value.data).toEqual(leegDossier());
  });
  it('leest het eerdere "gedaan: ja/nee" van informeren als status', () => {
    const ja = lees(env({ informeren: { gedaan: 'ja' } }));
    expect(ja.ok && ja.value.data.informeren.status).toBe('gedaan');
    const nee = lees(env({ informeren: { gedaan: 'nee' } }));
    expect(nee.ok && nee.value.data.informeren.status).toBe('uitzondering');
    expect(nee.ok && 'gedaan' in nee.value.data.informeren).toBe(false);
  });
  it('maakt id\'s voor onderdelen zonder id en laat onbekende velden weg', () => {
    const r = lees(env({ signalen: [{ omschrijving: 'a' }, { omschrijving: 'b' }], onbekend: 1, consultaties: [{ met: 'collega' }] }));
    expect(r.ok && r.value.data.signalen.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(r.ok && r.value.data.consultaties[0]!.id).toBe('c1');
    expect(r.ok && 'onbekend' in r.value.data).toBe(false);
  });
  it('opslag op het apparaat gebruikt dezelfde envelop (met revisie)', () => {
    const d = dossier({ afwegingen: { a1: 'nee' } });
    const r = meldcodeBestand.readValue(JSON.parse(JSON.stringify(meldcodeBestand.envelope(d, { revision: 3 }))), 'storage');
    expect(r.ok && r.value.data).toEqual(d);
    expect(r.ok && r.value.revision).toBe(3);
    expect(meldcodeBestand.readValue({ instrument: 'barrieremodel', versie: 1, data: {} }, 'storage').ok).toBe(false);
  });
  it('bestandsnamen dragen de lokale datum', () => {
    // 00:30 in Amsterdam on 2 March is still 1 March in UTC.
    expect(meldcodeBestand.fileName('json', new Date('2026-03-01T23:30:00Z'), 'meldcode-samenvatting')).toBe('meldcode-samenvatting-2026-03-02.json');
  });
});
