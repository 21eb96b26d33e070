/**
 * Afkortingen uitleggen bij het eerste gebruik op elke pagina, bij de build (een mdast-plugin voor
 * Sätteri, de Markdown-verwerker van Astro 7).
 *
 * - Is er een begrip voor de afkorting, dan wordt het eerste gebruik een link naar dat begrip, met
 *   `<abbr title="voluit">`: RIEC → <a href="/begrippen/#riec"><abbr title="Regionaal …">RIEC</abbr></a>.
 * - Staat ze in de vaste lijst (src/lib/afkortingen.ts), dan komt de volledige naam erachter:
 *   "het OM" → "het OM (Openbaar Ministerie)".
 * - Legt de tekst haar op die plek zelf uit ("het Openbaar Ministerie (OM)"), of staat ze in een
 *   link naar haar begrip, dan verandert er niets. In een andere link komt alleen een `<abbr>` met
 *   de volledige naam om de afkorting. In koppen verandert nooit iets; daar telt het gebruik niet mee.
 * Nieuwe pagina's krijgen dit vanzelf; tests/content/afkortingen.test.ts controleert dat geen
 * afkorting zonder uitleg blijft.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { MdastPluginInstance, MdastContent, MdastVisitorContext } from 'satteri';
import { uitgelegdOpDePlek, vindAfkortingen, woordenboek, type Afkorting } from '../lib/afkortingen.ts';

/** Het woordenboek uit de begrippen in `root/begrippen` en de vaste lijst. */
export function afkortingenVanInhoud(root = 'content'): Map<string, Afkorting> {
  const dir = join(root, 'begrippen');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f)) : [];
  const begrippen = files.map((f) => {
    const fm = readFileSync(join(dir, f), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
    const data = (fm ? parseYaml(fm[1]!) : {}) as { term?: unknown; afkorting?: unknown };
    return { slug: f.replace(/\.mdx?$/, ''), term: String(data.term ?? ''), afkorting: typeof data.afkorting === 'string' ? data.afkorting : undefined };
  });
  return woordenboek(begrippen);
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

type Node = { type: string };

/** Ligt de node binnen een van deze soorten ouders? */
function binnen(node: Node, ctx: MdastVisitorContext, soorten: readonly string[]): boolean {
  let p = ctx.parent(node as never) as Node | undefined;
  while (p && p.type !== 'root') {
    if (soorten.includes(p.type)) return true;
    p = ctx.parent(p as never) as Node | undefined;
  }
  return false;
}

/** De url van de link waarin de node ligt, of null. */
function binnenLink(node: Node, ctx: MdastVisitorContext): string | null {
  let p = ctx.parent(node as never) as (Node & { url?: string }) | undefined;
  while (p && p.type !== 'root') {
    if (p.type === 'link') return p.url ?? '';
    if (p.type === 'linkReference') return '';
    p = ctx.parent(p as never) as (Node & { url?: string }) | undefined;
  }
  return null;
}

/** Tekst in een link: het eerste gebruik krijgt alleen een <abbr> met de volledige naam. */
export function legUitInLink(tekst: string, boek: ReadonlyMap<string, Afkorting>, gezien: Set<string>): MdastContent[] | null {
  const uit: MdastContent[] = [];
  let pos = 0;
  for (const g of vindAfkortingen(tekst, boek.keys())) {
    const a = boek.get(g.afkorting);
    if (!a?.voluit || gezien.has(g.afkorting) || g.index < pos) continue;
    gezien.add(g.afkorting);
    if (uitgelegdOpDePlek(tekst, g)) continue;
    if (g.index > pos) uit.push({ type: 'text', value: tekst.slice(pos, g.index) });
    uit.push({ type: 'html', value: `<abbr title="${attr(a.voluit)}">` }, { type: 'text', value: g.afkorting }, { type: 'html', value: '</abbr>' });
    pos = g.index + g.afkorting.length;
  }
  if (!uit.length) return null;
  if (pos < tekst.length) uit.push({ type: 'text', value: tekst.slice(pos) });
  return uit;
}

/** De nieuwe nodes voor een stuk tekst, met de eerste gebruiken uitgelegd; null als er niets verandert. */
export function legUit(tekst: string, boek: ReadonlyMap<string, Afkorting>, gezien: Set<string>): MdastContent[] | null {
  const uit: MdastContent[] = [];
  let pos = 0;
  let veranderd = false;
  for (const g of vindAfkortingen(tekst, boek.keys())) {
    const a = boek.get(g.afkorting);
    if (!a || gezien.has(g.afkorting) || g.index < pos) continue;
    gezien.add(g.afkorting);
    if (uitgelegdOpDePlek(tekst, g)) continue;
    const eind = g.index + g.afkorting.length;
    if (a.begrip) {
      if (g.index > pos) uit.push({ type: 'text', value: tekst.slice(pos, g.index) });
      const kern: MdastContent[] = a.voluit
        ? [{ type: 'html', value: `<abbr title="${attr(a.voluit)}">` }, { type: 'text', value: g.afkorting }, { type: 'html', value: '</abbr>' }]
        : [{ type: 'text', value: g.afkorting }];
      uit.push({ type: 'link', url: `/begrippen/#${a.begrip}`, children: kern } as MdastContent);
      pos = eind;
    } else {
      // Voluit achter het hele woord (ook bij "OM-zitting").
      const woordEind = eind + (tekst.slice(eind).match(/^(?:-[\p{L}\p{N}]+)*/u)?.[0].length ?? 0);
      // "het ministerie van SZW" → "(Sociale Zaken en Werkgelegenheid)", niet nog eens "ministerie van".
      const voluit = /ministerie van $/i.test(tekst.slice(0, g.index)) ? a.voluit.replace(/^ministerie van /i, '') : a.voluit;
      uit.push({ type: 'text', value: `${tekst.slice(pos, woordEind)} (${voluit})` });
      pos = woordEind;
    }
    veranderd = true;
  }
  if (!veranderd) return null;
  if (pos < tekst.length) uit.push({ type: 'text', value: tekst.slice(pos) });
  return uit;
}

/** De plugin. `boek` standaard uit content/begrippen en de vaste lijst. */
export function afkortingen(boek: ReadonlyMap<string, Afkorting> = afkortingenVanInhoud()): MdastPluginInstance & { name: string } {
  const KEY = 'veiligwijzerAfkortingen';
  const gezienVan = (ctx: MdastVisitorContext): Set<string> => {
    const data = ctx.data as Record<string, unknown>;
    if (!(data[KEY] instanceof Set)) data[KEY] = new Set<string>();
    return data[KEY] as Set<string>;
  };
  return {
    name: 'veiligwijzer-afkortingen',
    text(node, ctx) {
      if (binnen(node, ctx, ['heading'])) return;
      const gezien = gezienVan(ctx);
      const link = binnenLink(node, ctx);
      if (link) {
        // In een link naar het begrip is de afkorting al uitgelegd. In een andere link komt er
        // een <abbr> met de volledige naam omheen, zonder de link te veranderen.
        const naarBegrip = link.startsWith('/begrippen/');
        const nieuw = naarBegrip ? null : legUitInLink(node.value, boek, gezien);
        if (naarBegrip) for (const g of vindAfkortingen(node.value, boek.keys())) gezien.add(g.afkorting);
        if (nieuw) ctx.replaceNode(node, nieuw);
        return;
      }
      const nieuw = legUit(node.value, boek, gezien);
      if (nieuw) ctx.replaceNode(node, nieuw);
    },
  };
}
