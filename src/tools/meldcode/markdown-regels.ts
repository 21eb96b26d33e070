/**
 * One text, one place: a Markdown plugin that replaces a marker in a Markdown page,
 *
 *   <!-- meldcode-regel: uitzonderingen -->
 *
 * by the shared rule of that id in content/instrumenten/meldcode/regels.yaml, the same text the
 * meldcode-stappenplan shows: the rule's paragraphs, its list of points and its sources. Put the marker on
 * a line of its own (in a list item: indented, after a blank line).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { regelSchema, type Regel, type Bron } from './content-schema.ts';

export const MARKERING = /^<!--\s*meldcode-regel:\s*([a-z-]+)\s*-->$/;
const BESTAND = fileURLToPath(new URL('../../../content/instrumenten/meldcode/regels.yaml', import.meta.url));

/** The shared rules, read from the one file (validated by the same schema as the content collection). */
export function leesRegels(bestand = BESTAND): Map<string, Regel> {
  const regels = z.array(regelSchema).parse(parse(readFileSync(bestand, 'utf8')));
  return new Map(regels.map((r) => [r.id, r]));
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  ordered?: boolean;
  spread?: boolean;
  children?: Node[];
}
const tekst = (value: string): Node => ({ type: 'text', value });
const alinea = (...children: Node[]): Node => ({ type: 'paragraph', children });
const BRON_TITEL: Record<string, string> = { 'basismodel-meldcode': 'Basismodel meldcode', 'geweld-hoort-nergens-thuis': 'Geweld hoort nergens thuis' };

function bronnen(lijst: Bron[]): Node {
  const delen: Node[] = [tekst('Bron: ')];
  lijst.forEach((b, i) => {
    if (i > 0) delen.push(tekst('; '));
    const [url, titel] = 'adres' in b ? [b.adres, b.titel] : [`/bronnen/${b.bron}/`, BRON_TITEL[b.bron] ?? b.bron];
    delen.push({ type: 'link', url, children: [tekst(titel)] }, tekst(`, ${b.plaats}`));
  });
  return alinea({ type: 'emphasis', children: delen });
}

/** The rule as Markdown nodes (block form). */
export function regelNodes(r: Regel): Node[] {
  const uit: Node[] = r.tekst.map((p) => alinea(tekst(p)));
  if (r.punten.length) {
    uit.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: r.punten.map((p) => ({
        type: 'listItem',
        spread: false,
        children: [alinea(...(p.titel ? [{ type: 'strong', children: [tekst(`${p.titel}:`)] }, tekst(' ')] : []), tekst(p.uitleg ? `${p.tekst} ${p.uitleg}` : p.tekst))],
      })),
    });
  }
  uit.push(bronnen(r.bronnen));
  return uit;
}

/**
 * The Markdown plugin for Sätteri (Astro 7's Markdown processor): an mdast visitor on raw HTML nodes.
 * An unknown id fails the build.
 */
export function meldcodeRegelsPlugin(opties: { bestand?: string } = {}) {
  const regels = leesRegels(opties.bestand);
  return {
    name: 'meldcode-regels',
    html(node: { value: string }, ctx: { replaceNode: (node: never, nieuw: never) => void }) {
      const m = MARKERING.exec(node.value.trim());
      if (!m) return;
      const r = regels.get(m[1]!);
      if (!r) throw new Error(`onbekende meldcode-regel "${m[1]}" (zie content/instrumenten/meldcode/regels.yaml)`);
      ctx.replaceNode(node as never, regelNodes(r) as never);
    },
  };
}
