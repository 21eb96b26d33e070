import { describe, expect, it } from 'vitest';
import { naarMarkdown, naarTekst } from '../../../src/tools/meldcode/domain/export.ts';
import { maakSamenvatting } from '../../../src/tools/meldcode/domain/samenvatting.ts';
import { laadTeksten } from './laad-teksten.ts';
import { dossier } from './helpers.ts';

const t = laadTeksten();
const nu = '12 maart 2026';

describe('overzicht en tekstexport', () => {
  const d = dossier({
    signalen: [
      { id: 's1', categorie: 'lichamelijk', omschrijving: 'Blauwe plek op *arm* [links]', bronSoort: 'zelf-gezien', bron: '', richting: 'bevestigt' },
      { id: 's2', categorie: 'relaties', omschrijving: 'Goede band met oma', bronSoort: 'verteld-door-betrokkene', bron: '', richting: 'ontkracht' },
    ],
    gesprek: { gevoerd: 'ja', doel: 'zorgen delen', feiten: 'plekken', reactie: 'geschrokken', interpretatie: 'zorg blijft' },
    afwegingen: { a1: 'ja', a2: 'nee', a3: 'nee', a4: 'ja', toelichting: { a3: 'te complex' } },
    informeren: { status: 'gedaan', reactie: 'begrip' },
  });
  it('geeft de uitkomst met beide beslissingen, meldnorm en redenen in eenvoudig Nederlands', () => {
    const s = maakSamenvatting(d, t);
    expect(s.uitkomstTitel).toBe('Melden bij Veilig Thuis');
    expect(s.uitkomstTekst).toMatch(/zelf geen passende hulp/);
    expect(s.beslissingen.map((b) => b.antwoord)).toEqual(['Ja', 'Nee']);
    expect(s.meldnormen[0]).toMatch(/^Meldnorm 2/);
    expect(s.redenen.join(' ')).toMatch(/afweging 3/);
  });
  it('markeert antwoorden die niet meer meetellen', () => {
    const s = maakSamenvatting(d, t);
    const a4 = s.secties.flatMap((x) => x.rijen).find((r) => r.veld === 'a4')!;
    expect(a4.genegeerd).toBe(true);
    expect(a4.label).toContain('Afweging 4');
  });
  it('gebruikt de formulering van de sector voor de afwegingen', () => {
    const s = maakSamenvatting({ ...d, sector: 'onderwijs', medewerkerVermoeden: 'nee' }, t);
    expect(s.secties[5]!.rijen.find((r) => r.veld === 'a3')!.label).toContain('(met de school)');
  });
  it('exporteert Markdown met elke stap, en met de tekst van de gebruiker ge-escapet', () => {
    const md = naarMarkdown(d, t, nu);
    expect(md).toMatch(/^# Meldcode-stappenplan: samenvatting/);
    expect(md).toContain('12 maart 2026');
    expect(md).toContain('vervangt die niet');
    for (const kop of ['### Begin', '### Signalen in kaart brengen', '### Gesprek met betrokkenen', '### Wegen van het geweld', '### Beslissen']) expect(md).toContain(kop);
    expect(md).toContain('Blauwe plek op \\*arm\\* \\[links\\]');
    expect(md).toContain('## Uitkomst: Melden bij Veilig Thuis');
    expect(md).toContain('Toelichting: te complex');
    expect(md).toContain('(telt niet meer mee)');
  });
  it('platte tekst laat de opmaak weg maar houdt de tekst van de gebruiker', () => {
    const txt = naarTekst(naarMarkdown(d, t, nu));
    expect(txt).toContain('MELDCODE-STAPPENPLAN: SAMENVATTING');
    expect(txt).toContain('Blauwe plek op *arm* [links]');
    expect(txt).not.toContain('**');
  });
  it('markeert een oefenexport als niet bedoeld voor een echt dossier', () => {
    expect(naarMarkdown({ ...d, modus: 'training', casus: 'school-blauwe-plekken' }, t, nu)).toContain('Oefening met een verzonnen casus');
  });
  it('beschrijft de personeelsroute in de export: de stappen en feiten, en geen "Beslissing 1 … Ja"', () => {
    const md = naarMarkdown(
      { ...d, sector: 'kinderopvang', medewerkerVermoeden: 'ja', medewerker: { feiten: 'Kind vertelt over\nhardhandig optillen.', gemeldAan: 'de houder', gemeldOp: '2026-03-10', overleg: '', maatregelen: '' } },
      t,
      nu,
    );
    expect(md).toContain('Route bij een vermoeden tegen een medewerker');
    expect(md).toContain('1. Zorg voor de veiligheid van de kinderen');
    expect(md).toMatch(/De houder overlegt direct met de vertrouwensinspecteur/);
    expect(md).toContain('Kind vertelt over  \n    hardhandig optillen.');
    expect(md).toContain('de houder');
    expect(md).not.toMatch(/Beslissing 1/);
  });
  it('datums per stap staan als Nederlandse datum in de export; andere tekst blijft zoals getypt', () => {
    const md = naarMarkdown(
      {
        ...d,
        signalenDatum: '2026-03-02',
        consultaties: [{ id: 'c1', met: 'veilig-thuis', wanneer: '2026-03-04', anoniem: false, advies: 'gesprek' }],
        gesprek: { ...d.gesprek, gevoerd: 'ja', datum: '2026-03-09' },
        afwegingen: { ...d.afwegingen, a1: 'ja', datum: 'begin maart' },
      },
      t,
      nu,
    );
    expect(md).toContain('2 maart 2026');
    expect(md).toContain('(4 maart 2026)');
    expect(md).toContain('9 maart 2026');
    expect(md).toContain('begin maart');
    expect(md).not.toMatch(/2026-03-0[249]/);
  });
  it('de melding bij Veilig Thuis staat in de export: de datum als Nederlandse datum en wat er is afgesproken', () => {
    const gemeld = dossier({
      afwegingen: { a1: 'ja', a2: 'ja', a2Soort: ['acuut'] },
      melding: { datum: '2026-03-11', afspraken: 'VT doet de veiligheidsbeoordeling.\nSchool blijft steun.' },
      informeren: { status: 'gepland' },
    });
    const md = naarMarkdown(gemeld, t, nu);
    expect(md).toContain('11 maart 2026');
    expect(md).not.toContain('2026-03-11');
    expect(md).toContain('VT doet de veiligheidsbeoordeling.  \n');
    expect(md).toContain('School blijft steun.');
  });
  it('de uitkomst staat voorop, met datum, rol en kenmerk; geen naamvelden', () => {
    const md = naarMarkdown({ ...d, rol: 'mentor', kenmerk: 'Z-14' }, t, nu);
    const i = (s: string) => md.indexOf(s);
    expect(i('12 maart 2026')).toBeLessThan(i('Uitkomst:'));
    expect(i('**Uw rol (optioneel):** mentor')).toBeGreaterThan(0);
    expect(i('**Kenmerk van de zaak (optioneel):** Z-14')).toBeGreaterThan(0);
    expect(i('## Uitkomst:')).toBeLessThan(i('### Signalen in kaart brengen'));
  });
  it('behoudt regeleinden binnen velden, in Markdown en in platte tekst', () => {
    const met = dossier({ beschermendeFactoren: 'Oma helpt.\nSchool is steun.' });
    const md = naarMarkdown(met, t, nu);
    expect(md).toContain('Oma helpt.  \n  School is steun.');
    expect(naarTekst(md)).toContain('Oma helpt.\n  School is steun.');
  });
  it('een lijst zonder vinkjes staat er als "Geen van deze aangekruist", een open vraag als "Nog niet beantwoord"', () => {
    const s = maakSamenvatting(dossier({ afwegingen: { a1: 'ja' } }), t);
    const rij = (v: string) => s.secties.flatMap((x) => x.rijen).find((r) => r.veld === v)!;
    expect(rij('bijzondereVormen').waarden).toEqual(['Geen van deze aangekruist']);
    expect(rij('a2').waarden[0]).toBe('Nog niet beantwoord');
  });
});
