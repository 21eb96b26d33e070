/**
 * Elke afkorting is bij haar eerste gebruik op een pagina uitgelegd: voluit geschreven of gelinkt
 * naar haar begrip. De build doet dat (src/integrations/afkortingen.ts) voor alles wat in de
 * begrippen of de vaste lijst staat; de tekst kan het ook zelf doen: "het Openbaar Ministerie (OM)".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { afkortingen, afkortingenVanInhoud } from '../../src/integrations/afkortingen.ts';
import { tekstVoorAfkortingen } from '../../src/cli/check-leesbaarheid.ts';
import { vindAfkortingen, zonderUitleg, type Afkorting } from '../../src/lib/afkortingen.ts';

const boek = afkortingenVanInhoud('content');
const COLLECTIES = ['gidsen', 'praktijkvoorbeelden', 'bronnen', 'themas'];
const paginas = COLLECTIES.flatMap((c) =>
  readdirSync(`content/${c}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ pagina: `${c}/${f}`, body: readFileSync(`content/${c}/${f}`, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '') })),
);
const html = async (md: string, b: ReadonlyMap<string, Afkorting> = boek) => (await markdownToHtml(md, { mdastPlugins: [afkortingen(b)] })).html;

describe('afkortingen bij de build', () => {
  const klein = new Map<string, Afkorting>([
    ['OM', { afkorting: 'OM', voluit: 'Openbaar Ministerie' }],
    ['RIEC', { afkorting: 'RIEC', voluit: 'Regionaal Informatie- en Expertise Centrum', begrip: 'riec' }],
    ['ZSM', { afkorting: 'ZSM', voluit: '', begrip: 'zsm' }],
    ['IND', { afkorting: 'IND', voluit: 'Immigratie- en Naturalisatiedienst' }],
  ]);

  it('legt alleen het eerste gebruik uit, niet in koppen, en laat eigen uitleg en links staan', async () => {
    const md = [
      '## Het OM en het RIEC',
      '',
      'Het OM werkt met het RIEC. Daarna weer het OM en het RIEC.',
      '',
      '- De **OM-zitting** en [ZSM](/begrippen/#zsm) en ZSM, en [de IND-regels](/gidsen/x/).',
      '',
      'De Immigratie- en Naturalisatiedienst (IND) en de IND.',
    ].join('\n');
    expect(await html(md, klein)).toBe(
      '<h2>Het OM en het RIEC</h2>\n' +
        '<p>Het OM (Openbaar Ministerie) werkt met het <a href="/begrippen/#riec"><abbr title="Regionaal Informatie- en Expertise Centrum">RIEC</abbr></a>. Daarna weer het OM en het RIEC.</p>\n' +
        '<ul>\n<li>De <strong>OM-zitting</strong> en <a href="/begrippen/#zsm">ZSM</a> en ZSM, en <a href="/gidsen/x/">de <abbr title="Immigratie- en Naturalisatiedienst">IND</abbr>-regels</a>.</li>\n</ul>\n' +
        '<p>De Immigratie- en Naturalisatiedienst (IND) en de IND.</p>\n',
    );
  });

  it('begint op elke pagina opnieuw', async () => {
    const a = await html('Het OM.', boek);
    const b = await html('Het OM.', boek);
    expect(a).toBe(b);
    expect(a).toContain('OM (Openbaar Ministerie)');
  });
});

describe('afkortingen in de inhoud', () => {
  it('heeft voor elke afkorting een uitleg: een begrip, de vaste lijst of uitleg in de tekst', () => {
    const missend = paginas.flatMap(({ pagina, body }) => zonderUitleg(tekstVoorAfkortingen(body), boek).map((a) => `${pagina}: ${a}`));
    expect(missend, 'voeg een begrip met "afkorting" toe, zet haar in VASTE_AFKORTINGEN, of schrijf haar de eerste keer voluit').toEqual([]);
  });

  // Ruime timeout: ruim 140 pagina's door Sätteri, op een drukke machine.
  it('legt in de gebouwde tekst van elke pagina elke bekende afkorting ook echt uit', { timeout: 60_000 }, async () => {
    const missend: string[] = [];
    for (const { pagina, body } of paginas) {
      const uit = await html(body);
      const tekst = tekstVoorAfkortingen(body);
      const gebruikt = new Set(vindAfkortingen(tekst, boek.keys()).map((g) => g.afkorting).filter((a) => boek.has(a)));
      for (const a of gebruikt) {
        const { voluit, begrip } = boek.get(a)!;
        const esc = a.replace(/&/g, '&amp;');
        const uitgelegd =
          (begrip && uit.includes(`href="/begrippen/#${begrip}"`)) ||
          (voluit && uit.includes(`(${voluit.replace(/&/g, '&amp;')})`)) ||
          (voluit && uit.includes(`<abbr title="${voluit.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${esc}</abbr>`)) ||
          new RegExp(`\\(${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`).test(uit) ||
          new RegExp(`${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}-]* \\(`, 'u').test(uit);
        if (!uitgelegd) missend.push(`${pagina}: ${a}`);
      }
    }
    expect(missend).toEqual([]);
  });
});
