/**
 * One text, one place: the gidsen that state a shared rule carry only a marker; the text itself lives in
 * content/instrumenten/meldcode/regels.yaml, which the tool reads too. (The built pages are checked in
 * tests/e2e/tools/meldcode-regels.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { leesRegels, MARKERING, regelNodes } from '../../../src/tools/meldcode/markdown-regels.ts';
import { regelNotitie, sectorNotities } from '../../../src/tools/meldcode/domain/teksten.ts';
import { laadTeksten } from './laad-teksten.ts';

const t = laadTeksten();
const regels = leesRegels();
const gids = (slug: string) => readFileSync(new URL(`../../../content/gidsen/${slug}.md`, import.meta.url), 'utf8');
/** Which gids states which shared rule (issue 12: exceptions for informing, meldnormen, kindcheck outcomes, the artsen rule, meldcode ≠ meldplicht). */
export const GIDS_REGELS: Record<string, string[]> = {
  'melden-en-hulp-bieden': ['meldnormen', 'uitzonderingen'],
  'beroepsgeheim-en-meldrecht': ['uitzonderingen', 'geen-meldplicht'],
  'gesprek-met-betrokkenen': ['uitzonderingen', 'bijzondere-vormen'],
  'collegiale-consultatie-en-veilig-thuis': ['artsen'],
  kindcheck: ['kindcheck-uitkomsten'],
  'afwegingskader-meldcode': ['meldnormen', 'plaats-afwegingskader'],
};
const markeringen = (md: string) =>
  md
    .split('\n')
    .map((r) => MARKERING.exec(r.trim())?.[1])
    .filter((x): x is string => !!x);

describe('één tekst, één plek', () => {
  for (const [slug, ids] of Object.entries(GIDS_REGELS)) {
    it(`${slug}: noemt ${ids.join(', ')} met een markering, niet met eigen tekst`, () => {
      const md = gids(slug);
      expect(markeringen(md).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const r = regels.get(id)!;
        for (const zin of [...r.tekst, ...r.punten.map((p) => p.tekst)]) expect(md, `${slug}: "${zin}" hoort alleen in regels.yaml`).not.toContain(zin);
      }
    });
  }
  it('het instrument leest dezelfde regels: uitzonderingen, kindcheck-uitkomsten, meldnormen, artsenregel', () => {
    expect(t.lijsten.uitzonderingen.map((u) => u.label)).toEqual(regels.get('uitzonderingen')!.punten.map((p) => p.tekst));
    expect(t.lijsten['kindcheck-uitkomsten'].map((u) => u.id)).toEqual(['positief', 'geen-zorg', 'onduidelijk']);
    const normen = regels.get('meldnormen')!.punten;
    expect(normen.map((p) => p.id)).toEqual(['1', '2', '3']);
    for (const p of normen) expect(t.codes[`meldnorm-${p.id}`]!.tekst, p.id).toBe(`Meldnorm ${p.id}: ${p.tekst.charAt(0).toLowerCase()}${p.tekst.slice(1)}`);
    expect(sectorNotities(t, 'artsen', 2)[0]!.teksten).toEqual(regels.get('artsen')!.tekst);
    expect(regelNotitie(t, 'geen-meldplicht').teksten).toEqual(regels.get('geen-meldplicht')!.tekst);
    expect(t.stappen.find((s) => s.id === 'start')!.regels).toContain('geen-meldplicht');
  });
  it('de routewijzer verwijst naar gidsen die bestaan, en noemt elke route met een bron', () => {
    const r = regels.get('routewijzer')!;
    expect(r.punten.map((p) => p.id)).toEqual(['acuut', 'mensenhandel', 'radicalisering', 'sport']);
    // Routes outside the seven brondocumenten rest on public sources that were looked up (issue 12).
    const adressen = r.bronnen.map((b) => ('adres' in b ? b.adres : b.bron));
    expect(r.punten.find((p) => p.id === 'radicalisering')!.tekst).toContain('088 20 80 080');
    expect(adressen).toContain('https://www.rijksoverheid.nl/onderwerpen/terrorismebestrijding/vraag-en-antwoord/hulp-bij-radicalisering');
    expect(r.punten.find((p) => p.id === 'sport')!.tekst).toContain('14 mei 2018');
    expect(adressen).toContain('https://centrumveiligesport.nl/doelgroepen/bestuurders-en-begeleiders/seksuele-intimidatie-en-misbruik');
    for (const p of r.punten.filter((x) => x.gids)) expect(() => gids(p.gids!), p.gids).not.toThrow();
    expect(r.punten.find((p) => p.id === 'acuut')!.tekst).toContain('112');
  });
  it('de markering wordt de regel met zijn punten en bron', () => {
    const nodes = regelNodes(regels.get('kindcheck-uitkomsten')!);
    const json = JSON.stringify(nodes);
    expect(json).toContain('Er zijn geen kinderen voor wie de cliënt zorgt');
    expect(json).toContain('"type":"list"');
    expect(json).toContain('https://www.augeo.nl/nl-nl/kindcheck/stappenplan/');
  });
});

/** The gidsen that describe the meldcode (issue 12): their own words, around the markers, must not contradict the shared rules. */
const MELDCODE_GIDSEN = [...Object.keys(GIDS_REGELS), 'meldcode-in-vijf-stappen', 'signalen-in-kaart-brengen', 'bijzondere-vormen-van-geweld'];
const voorwerk = (md: string) => parse(md.split(/^---$/m)[1]!) as { inHetKort: string[] };
/** Every line of a gids, "In het kort" included, as one string per line. */
const regelsVan = (slug: string) => gids(slug).split('\n');

describe('de gidsen spreken de gedeelde regels niet tegen', () => {
  it('wie zegt wanneer u het gesprek of het informeren overslaat, noemt ook het verbreken van het contact', () => {
    for (const slug of MELDCODE_GIDSEN) {
      for (const r of regelsVan(slug)) {
        if (/(sla\b.*\bover\b|overslaan|overslaat)/i.test(r) && /gesprek|informe/i.test(r) && /\bveiligheid/i.test(r)) expect(r, slug).toMatch(/contact/i);
      }
    }
  });
  it('de kindcheck-gids noemt in het kort de drie uitkomsten van het instrument, met overleg bij twijfel', () => {
    const kort = voorwerk(gids('kindcheck')).inHetKort.join(' ').toLowerCase();
    for (const p of regels.get('kindcheck-uitkomsten')!.punten) expect(kort, p.titel).toContain(p.titel!.toLowerCase());
    expect(kort).toMatch(/twijfel[^.]*overleg/);
  });
  it('een disclosure staat in geen gids als regel van het basismodel: de gids zegt dat het uit regionale protocollen komt', () => {
    const alle = readdirSync(new URL('../../../content/gidsen/', import.meta.url)).map((f) => f.replace(/\.md$/, ''));
    for (const slug of alle) {
      for (const r of regelsVan(slug)) {
        if (/disclosure|onthulling/i.test(r) && /onveilig|meld/i.test(r)) expect(r, slug).toMatch(/regionale protocollen/i);
      }
    }
  });
  it('de meldcode in vijf stappen zegt bij stap 4 dat de bronnen de afwegingen op verschillende plaatsen zetten, en verwijst naar wat elke bron zegt', () => {
    const stap4 = regelsVan('meldcode-in-vijf-stappen').find((r) => r.startsWith('4. **Wegen van het geweld.**'))!;
    expect(stap4).toContain('](/gidsen/afwegingskader-meldcode/#stap-4-of-stap-5)');
    expect(gids('afwegingskader-meldcode')).toMatch(/^## Stap 4 of stap 5\?\n\n<!-- meldcode-regel: plaats-afwegingskader -->/m);
  });
});
