/**
 * Leesbaarheid van de gidsen en praktijkvoorbeelden:
 *   npm run check:leesbaarheid
 * Per pagina de Flesch-Douma-score van het lopende proza, woorden per zin, het aandeel woorden
 * van vier of meer lettergrepen, en afkortingen die bij hun eerste gebruik nergens worden uitgelegd.
 * Een rapport, altijd met status 0. De vloer van 55 bewaakt tests/content/leesbaarheid.test.ts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { meetLeesbaarheid, prozaVanPagina, kaleTekst, type Leesbaarheid } from '../lib/leesbaarheid.ts';
import { zonderUitleg } from '../lib/afkortingen.ts';
import { afkortingenVanInhoud } from '../integrations/afkortingen.ts';

export const VLOER = 55;
export const DOEL = 60;
export const GEMETEN = ['gidsen', 'praktijkvoorbeelden'] as const;

export interface PaginaLeesbaarheid extends Leesbaarheid {
  /** "gidsen/slug" of "praktijkvoorbeelden/slug". */
  pagina: string;
  afkortingenZonderUitleg: string[];
}

function splitFrontmatter(text: string): { data: unknown; body: string } | null {
  const m = text.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  return m ? { data: parseYaml(m[1]!), body: m[2]! } : null;
}

const mdFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f)) : []);

/** De tekst van een pagina zonder opmaak, regel voor regel, zoals de afkortingencontrole hem leest. */
export function tekstVoorAfkortingen(body: string): string {
  return body
    .split('\n')
    .filter((r) => !/^\s*#{1,6}\s/.test(r)) // koppen: de build legt daar niets uit
    .map((r) => kaleTekst(r))
    .join('\n');
}

export function leesbaarheidVanInhoud(root = 'content', collecties: readonly string[] = GEMETEN): PaginaLeesbaarheid[] {
  const boek = afkortingenVanInhoud(root);
  const uit: PaginaLeesbaarheid[] = [];
  for (const c of collecties) {
    for (const f of mdFiles(join(root, c))) {
      const parsed = splitFrontmatter(readFileSync(join(root, c, f), 'utf8'));
      if (!parsed) continue;
      const data = parsed.data as { samenvatting?: string; inHetKort?: string[] };
      const m = meetLeesbaarheid(prozaVanPagina({ samenvatting: data.samenvatting, inHetKort: data.inHetKort, body: parsed.body }));
      uit.push({ pagina: `${c}/${f.replace(/\.mdx?$/, '')}`, ...m, afkortingenZonderUitleg: zonderUitleg(tekstVoorAfkortingen(parsed.body), boek) });
    }
  }
  return uit.sort((a, b) => a.score - b.score);
}

/** Het rapport als tekst: een regel per pagina en een samenvatting. */
export function rapport(rijen: readonly PaginaLeesbaarheid[]): string {
  const kop = 'score  w/zin  ≥4 lg.  pagina';
  const regels = rijen.map(
    (r) =>
      `${r.score.toFixed(1).padStart(5)}  ${r.woordenPerZin.toFixed(1).padStart(5)}  ${(r.procentLangeWoorden.toFixed(1) + '%').padStart(6)}  ${r.pagina}` +
      (r.afkortingenZonderUitleg.length ? `  (afkortingen zonder uitleg: ${r.afkortingenZonderUitleg.join(', ')})` : ''),
  );
  const scores = rijen.map((r) => r.score).sort((a, b) => a - b);
  const mediaan = scores.length ? scores[Math.floor(scores.length / 2)]! : NaN;
  const boven = scores.filter((s) => s >= DOEL).length;
  const onder = scores.filter((s) => s < VLOER).length;
  return [
    'Leesbaarheid (Flesch-Douma over lopend proza; B1 ≈ 60 of hoger)',
    kop,
    ...regels,
    '',
    `${rijen.length} pagina's · mediaan ${mediaan.toFixed(1)} · ${boven} (${Math.round((boven / Math.max(1, rijen.length)) * 100)}%) op ${DOEL} of hoger · ${onder} onder ${VLOER}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rijen = leesbaarheidVanInhoud('content');
  console.log(rapport(rijen));
  // Alleen een rapport; de ondergrens (met de lijst van pagina's die er nu nog onder zitten)
  // bewaakt tests/content/leesbaarheid.test.ts.
}
