import { describe, expect, it } from 'vitest';
import { naarMarkdown, naarTekst } from '../../../src/tools/meldcode/domain/export.ts';
import { maakSamenvatting } from '../../../src/tools/meldcode/domain/samenvatting.ts';
import { laadTeksten } from './laad-teksten.ts';
import { dossier } from './helpers.ts';

const t = laadTeksten();
const nu = new Date('2026-03-12T10:00:00Z');

describe('summary and text export', () => {
  const d = dossier({
    signalen: [
      { id: 's1', categorie: 'lichamelijk', omschrijving: 'Blauwe plek op *arm* [links]', bronSoort: 'zelf-gezien', bron: '', richting: 'bevestigt' },
      { id: 's2', categorie: 'relaties', omschrijving: 'Goede band met oma', bronSoort: 'verteld-door-betrokkene', bron: '', richting: 'ontkracht' },
    ],
    gesprek: { gevoerd: 'ja', doel: 'zorgen delen', feiten: 'plekken', reactie: 'geschrokken', interpretatie: 'zorg blijft' },
    afwegingen: { a1: 'ja', a2: 'nee', a3: 'nee', a4: 'ja', toelichting: { a3: 'te complex' } },
    informeren: { gedaan: 'ja', reactie: 'begrip' },
  });
  it('gives the outcome with both decisions, meldnorm and reasons in plain Dutch', () => {
    const s = maakSamenvatting(d, t);
    expect(s.uitkomstTitel).toBe('Melden bij Veilig Thuis');
    expect(s.beslissingen.map((b) => b.antwoord)).toEqual(['Ja', 'Nee']);
    expect(s.meldnormen[0]).toMatch(/^Meldnorm 2/);
    expect(s.redenen.join(' ')).toMatch(/afweging 3/);
  });
  it('marks answers that no longer count', () => {
    const s = maakSamenvatting(d, t);
    const a4 = s.secties.flatMap((x) => x.rijen).find((r) => r.veld === 'a4')!;
    expect(a4.genegeerd).toBe(true);
    expect(a4.label).toContain('Afweging 4');
  });
  it('uses the sector wording of the afwegingen', () => {
    const s = maakSamenvatting({ ...d, sector: 'onderwijs', medewerkerVermoeden: 'nee' }, t);
    expect(s.secties[5]!.rijen.find((r) => r.veld === 'a3')!.label).toContain('(met de school)');
  });
  it('exports Markdown with user text escaped and every step', () => {
    const md = naarMarkdown(d, t, nu);
    expect(md).toMatch(/^# Meldcode-stappenplan: samenvatting/);
    expect(md).toContain('12 maart 2026');
    expect(md).toContain('vervangt die niet');
    for (const kop of ['## Begin', '## Signalen in kaart brengen', '## Gesprek met betrokkenen', '## Wegen van het geweld', '## Beslissen']) expect(md).toContain(kop);
    expect(md).toContain('Blauwe plek op \\*arm\\* \\[links\\]');
    expect(md).toContain('## Uitkomst: Melden bij Veilig Thuis');
    expect(md).toContain('Toelichting: te complex');
    expect(md).toContain('(telt niet meer mee)');
  });
  it('plain text drops the markup but keeps the user text', () => {
    const txt = naarTekst(naarMarkdown(d, t, nu));
    expect(txt).toContain('MELDCODE-STAPPENPLAN: SAMENVATTING');
    expect(txt).toContain('Blauwe plek op *arm* [links]');
    expect(txt).not.toContain('**');
  });
  it('marks a training export as not for a real dossier', () => {
    expect(naarMarkdown({ ...d, modus: 'training', casus: 'school-blauwe-plekken' }, t, nu)).toContain('Oefening met een verzonnen casus');
  });
  it('describes the staff-member route in the export', () => {
    const md = naarMarkdown({ ...d, sector: 'kinderopvang', medewerkerVermoeden: 'ja' }, t, nu);
    expect(md).toContain('Route bij een vermoeden tegen een medewerker');
  });
});
