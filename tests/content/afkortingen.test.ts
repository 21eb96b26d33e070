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
import { uitgelegdOpDePlek, vindAfkortingen, zonderUitleg, type Afkorting } from '../../src/lib/afkortingen.ts';
import { tekstMetAfkortingen } from '../../src/components/content/afkortingen-html.ts';
import { parse as parseYaml } from 'yaml';

const boek = afkortingenVanInhoud('content');
const COLLECTIES = ['gidsen', 'praktijkvoorbeelden', 'bronnen', 'themas'];
const paginas = COLLECTIES.flatMap((c) =>
  readdirSync(`content/${c}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ pagina: `${c}/${f}`, body: readFileSync(`content/${c}/${f}`, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '') })),
);
/** Legt de gebouwde HTML de afkorting ergens uit: link naar haar begrip, voluit erachter, <abbr>, of eigen uitleg? */
function uitgelegdIn(uit: string, a: string): boolean {
  const { voluit, begrip } = boek.get(a)!;
  const esc = a.replace(/&/g, '&amp;');
  const re = esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Boolean(
    (begrip && uit.includes(`href="/begrippen/#${begrip}"`)) ||
      (voluit && uit.includes(`(${voluit.replace(/&/g, '&amp;')})`)) ||
      (voluit && uit.includes(`<abbr title="${voluit.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${esc}</abbr>`)) ||
      new RegExp(`\\(${re}\\)`).test(uit) ||
      new RegExp(`${re}[\\p{L}-]* \\(`, 'u').test(uit) ||
      // de afkorting is zelf de tekst van een link naar een begrip ("het [AMK](/begrippen/#amhk)")
      new RegExp(`href="/begrippen/#[^"]+">[^<]*\\b${re}\\b`).test(uit),
  );
}
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
        if (!uitgelegdIn(uit, a)) missend.push(`${pagina}: ${a}`);
      }
    }
    expect(missend).toEqual([]);
  });
});

describe('afkortingen op de andere paginasoorten', () => {
  it('kent de afkortingen die het issue noemt, elk met uitleg of begrip', () => {
    for (const a of ['OM', 'IND', 'KMar', 'AIVD', 'NCTV', 'PI', 'ZSM', 'Wmo', 'RIEC']) {
      const b = boek.get(a);
      expect(b && (b.voluit || b.begrip), a).toBeTruthy();
    }
  });

  const begrippen = readdirSync('content/begrippen')
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const m = readFileSync(`content/begrippen/${f}`, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/)!;
      return { slug: f.replace(/\.md$/, ''), data: parseYaml(m[1]!) as { term: string; afkorting?: string; definitie: string }, body: m[2]! };
    });

  it('de begrippen A–Z: definitie en uitleg van elk begrip leggen elke afkorting uit (behalve die van het begrip zelf)', { timeout: 60_000 }, async () => {
    const missend: string[] = [];
    for (const { slug, data, body } of begrippen) {
      const zelf = { slug, afkorting: data.afkorting };
      const uit = `<p>${tekstMetAfkortingen(data.definitie, zelf, boek)}</p>${body.trim() ? await html(body) : ''}`;
      const tekst = `${data.definitie}\n\n${tekstVoorAfkortingen(body)}`;
      for (const a of new Set(vindAfkortingen(tekst, boek.keys()).map((g) => g.afkorting))) {
        if (!boek.has(a) || a === data.afkorting || boek.get(a)!.begrip === slug) continue;
        if (!uitgelegdIn(uit, a)) missend.push(`begrippen/${slug}: ${a}`);
      }
    }
    expect(missend).toEqual([]);
  });

  it('de definitie van een begrip: vaste voorbeelden', () => {
    const b = new Map<string, Afkorting>([
      ['SZW', { afkorting: 'SZW', voluit: 'ministerie van Sociale Zaken en Werkgelegenheid' }],
      ['LIEC', { afkorting: 'LIEC', voluit: 'Landelijk Informatie- en Expertise Centrum', begrip: 'liec' }],
      ['RIEC', { afkorting: 'RIEC', voluit: 'Regionaal Informatie- en Expertise Centrum', begrip: 'riec' }],
    ]);
    expect(tekstMetAfkortingen('Met SZW en <b> & SZW.', undefined, b)).toBe('Met SZW (ministerie van Sociale Zaken en Werkgelegenheid) en &lt;b&gt; &amp; SZW.');
    // Staat "ministerie van" er al voor, dan niet nog eens.
    expect(tekstMetAfkortingen('Het ministerie van SZW betaalt.', undefined, b)).toBe('Het ministerie van SZW (Sociale Zaken en Werkgelegenheid) betaalt.');
    expect(tekstMetAfkortingen('Tien RIEC\'s, met het LIEC.', { slug: 'riec', afkorting: 'RIEC' }, b)).toBe(
      'Tien RIEC\'s, met het <a class="utrecht-link" href="/begrippen/#liec"><abbr title="Landelijk Informatie- en Expertise Centrum">LIEC</abbr></a>.',
    );
  });

  it('de maatregelenpagina: elke afkorting is bij haar eerste gebruik ter plekke uitgelegd (die pagina gaat niet door Markdown)', () => {
    type Maatregel = { nummer: number; naam: string; categorie: string; uitvoerders: string[]; bevinding: string; plaats: string };
    const lijst = (parseYaml(readFileSync('content/maatregelen/maatregelen.yaml', 'utf8')) as Maatregel[]).sort((a, b) => a.nummer - b.nummer);
    // In de volgorde van de pagina, zonder de koppen (de naam van een maatregel is een kop; daar telt uitleg niet).
    const tekst = lijst.map((m) => [m.categorie, m.uitvoerders.join(', '), m.bevinding, m.plaats].join('\n')).join('\n');
    const gezien = new Set<string>();
    const missend: string[] = [];
    for (const g of vindAfkortingen(tekst, boek.keys())) {
      if (gezien.has(g.afkorting)) continue;
      gezien.add(g.afkorting);
      if (!uitgelegdOpDePlek(tekst, g)) missend.push(g.afkorting);
    }
    expect(missend, 'schrijf de afkorting in maatregelen.yaml de eerste keer voluit: "het Openbaar Ministerie (OM)"').toEqual([]);
  });

  it('bovenaan een gids of praktijkvoorbeeld (samenvatting, In het kort, partners) is elke afkorting bij haar eerste gebruik uitgelegd', () => {
    // Zoals src/pages/gidsen/[slug].astro en praktijkvoorbeelden/[slug].astro: één set per pagina.
    const missend: string[] = [];
    for (const c of ['gidsen', 'praktijkvoorbeelden']) {
      for (const f of readdirSync(`content/${c}`).filter((x) => x.endsWith('.md'))) {
        const d = parseYaml(readFileSync(`content/${c}/${f}`, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)![1]!) as { samenvatting: string; inHetKort?: string[]; partners?: string[] };
        const delen = [d.samenvatting, ...(c === 'gidsen' ? (d.inHetKort ?? []) : [(d.partners ?? []).join(', ')])];
        const gezien = new Set<string>();
        const uit = delen.map((t) => `<p>${tekstMetAfkortingen(t, undefined, boek, gezien)}</p>`).join('');
        for (const a of new Set(vindAfkortingen(delen.join('\n'), boek.keys()).map((g) => g.afkorting))) {
          if (boek.has(a) && !uitgelegdIn(uit, a)) missend.push(`${c}/${f}: ${a}`);
        }
      }
    }
    expect(missend).toEqual([]);
  });

  it('bovenaan een pagina: alleen het eerste gebruik krijgt uitleg, ook over de delen heen (vast voorbeeld)', () => {
    const b = new Map<string, Afkorting>([['OM', { afkorting: 'OM', voluit: 'Openbaar Ministerie' }]]);
    const gezien = new Set<string>();
    expect(tekstMetAfkortingen('Het OM en de politie.', undefined, b, gezien)).toBe('Het OM (Openbaar Ministerie) en de politie.');
    expect(tekstMetAfkortingen('Het OM beslist.', undefined, b, gezien)).toBe('Het OM beslist.');
  });
});

