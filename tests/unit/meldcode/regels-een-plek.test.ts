/**
 * One text, one place: the gidsen that state a shared rule carry only a marker; the text itself lives in
 * content/instrumenten/meldcode/regels.yaml, which the tool reads too. (The built pages are checked in
 * tests/e2e/tools/meldcode-regels.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
    expect(t.codes['meldnorm-2']!.tekst.toLowerCase()).toContain(regels.get('meldnormen')!.punten[1]!.tekst.toLowerCase());
    expect(sectorNotities(t, 'artsen', 2)[0]!.teksten).toEqual(regels.get('artsen')!.tekst);
    expect(regelNotitie(t, 'geen-meldplicht').teksten).toEqual(regels.get('geen-meldplicht')!.tekst);
    expect(t.stappen.find((s) => s.id === 'start')!.regels).toContain('geen-meldplicht');
  });
  it('de markering wordt de regel met zijn punten en bron', () => {
    const nodes = regelNodes(regels.get('kindcheck-uitkomsten')!);
    const json = JSON.stringify(nodes);
    expect(json).toContain('Er zijn geen kinderen voor wie de cliënt zorgt');
    expect(json).toContain('"type":"list"');
    expect(json).toContain('https://www.augeo.nl/nl-nl/kindcheck/stappenplan/');
  });
});
