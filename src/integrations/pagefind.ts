/**
 * Builds the Pagefind search index after `astro build` (the shape of Starlight's integration).
 *
 * Dutch stemming in Pagefind 1.5+ misses some plurals ("voorbeeld" does not find "voorbeelden").
 * Before indexing, each page therefore gets a metadata field `varianten` with extra word forms:
 * candidate singulars of the plural words on the page (its `trefwoorden` included), regular plurals,
 * and plurals of the words in its headings (src/lib/dutch.ts). Metadata is searched but never shown as an excerpt. The pages
 * on disk are not changed: the enriched HTML goes to the index only.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluralCandidates, regularPlurals, searchVariants, singularCandidates } from '../lib/dutch.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** For a value inside a double-quoted attribute: &, " and < as entities. */
export const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const WORDS = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/**
 * HTML without the elements Pagefind leaves out (data-pagefind-ignore, scripts, styles), so that the
 * word forms are computed from what is really indexed. Nested elements of the same name are counted.
 */
export function stripIgnored(html: string): string {
  let out = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
  const open = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/i;
  for (let m = out.match(open); m && m.index !== undefined; m = out.match(open)) {
    const name = m[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = `${out.slice(0, m.index)} ${out.slice(end)}`;
  }
  return out;
}

/** The indexed body of a page (inside <main data-pagefind-body>, ignored parts out), or null. */
function indexedBody(html: string): string | null {
  const start = html.search(/<main[^>]*data-pagefind-body/);
  const end = html.lastIndexOf('</main>');
  return start === -1 || end === -1 ? null : stripIgnored(html.slice(start, end));
}

const metadataOf = (body: string) => [...body.matchAll(/data-pagefind-meta="[^:"]*:([^"]*)"/g)].map((m) => m[1]!).join(' ');
const textOf = (body: string) => `${body.replace(/<[^>]+>/g, ' ')} ${metadataOf(body)}`.replace(/&[a-z]+;|&#\d+;/g, ' ');

/** The indexed text of a page (its <main data-pagefind-body>, ignored parts and tags out), or ''. */
export function indexedText(html: string): string {
  const body = indexedBody(html);
  return body === null ? '' : textOf(body);
}

/** Every word of a text, lower case (hyphenated words also in parts): the words of the whole site. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(WORDS) ?? []) {
      const word = w.replace(/’/g, "'");
      out.add(word);
      for (const part of word.split('-')) out.add(part);
    }
  }
  return out;
}

/**
 * Adds the extra index words inside the indexed body (<main data-pagefind-body>). With `known` (the
 * words of the whole site), only forms that some page really uses are added: a guessed form that no
 * page uses cannot be searched for with success anyway... except by the page itself, so the forms of
 * the page's own trefwoorden and headings are always kept. This keeps the fragments small.
 */
export function withVariants(html: string, known?: ReadonlySet<string>): string {
  const end = html.lastIndexOf('</main>');
  const body = indexedBody(html);
  if (body === null) return html;
  const text = textOf(body);
  // Plural forms of the words in headings, so that "werkwijzen" also finds a page titled "werkwijze".
  const headings = [...body.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)]
    .map((m) => m[1]!.replace(/<[^>]+>/g, ' '))
    .join(' ')
    .toLowerCase();
  const headingWords = new Set(headings.match(/[\p{L}]{5,}/gu) ?? []);
  const plurals = [...headingWords].flatMap(pluralCandidates).filter((w) => !text.toLowerCase().includes(w));
  // `text` includes the page's own metadata (trefwoorden), so their other forms are added too.
  const title = body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
  const keywords = [...body.matchAll(/data-pagefind-meta="trefwoorden:([^"]*)"/g)].map((m) => m[1]!).join(' ');
  const own = new Set(
    [...vocabulary([title, keywords])].flatMap((w) => w.split('-')).flatMap((w) => [...singularCandidates(w), ...regularPlurals(w), ...pluralCandidates(w)]),
  );
  // Regular plurals of longer words are safe guesses (maatregel → maatregelen) and are always kept.
  const safe = new Set([...vocabulary([text])].filter((w) => w.length >= 5).flatMap(regularPlurals));
  const keep = (w: string) => !known || known.has(w) || own.has(w) || safe.has(w);
  const variants = [...new Set([...searchVariants(text), ...plurals])].filter(keep);
  if (!variants.length) return html;
  // As metadata: searched, but never shown as an excerpt.
  const tag = `<span data-pagefind-meta="varianten:${escapeAttr(variants.join(' '))}"></span>`;
  return `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

/**
 * Each begrip of the A–Z page as its own search record, at its anchor (/begrippen/#slug): a short
 * HTML page of its own with the term as h1, type Begrip and its trefwoorden. The sections are marked
 * with `data-begrip` (src/components/content/BegripItem.astro); the A–Z page itself leaves them out
 * of its own record (data-pagefind-ignore).
 */
export function begripRecords(html: string, pageUrl: string): { url: string; content: string }[] {
  const out: { url: string; content: string }[] = [];
  for (const m of html.matchAll(/<section\b([^>]*\bdata-begrip="([^"]*)"[^>]*)>([\s\S]*?)<\/section>/g)) {
    const attrs = m[1]!;
    const id = attrs.match(/\bid="([^"]+)"/)?.[1];
    if (!id) continue;
    const keywords = attrs.match(/\bdata-trefwoorden="([^"]*)"/)?.[1] ?? '';
    const inner = m[3]!.replace(/<h3\b/, '<h1').replace(/<\/h3>/, '</h1>');
    const content =
      `<html lang="nl"><head><title>${m[2]}</title></head><body><main data-pagefind-body>` +
      `<span data-pagefind-filter="type:Begrip"></span><span data-pagefind-meta="title:${m[2]}"></span>` +
      (keywords ? `<span data-pagefind-meta="trefwoorden:${keywords}"></span>` : '') +
      `${inner}</main></body></html>`;
    out.push({ url: `${pageUrl}#${id}`, content });
  }
  return out;
}

/** Writes the Pagefind index of the built site in `root` to `root/pagefind`; returns the number of records. */
export async function buildIndex(root: string): Promise<number> {
  const { createIndex, close } = await import('pagefind');
  const { index, errors: createErrors } = await createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${createErrors.join('; ')}`);
  // First read everything: the word forms added to a page are limited to words the site uses.
  const records: { sourcePath?: string; url?: string; content: string }[] = [];
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const sourcePath = relative(root, file);
    records.push({ sourcePath, content: html });
    const pageUrl = `/${sourcePath.replace(/index\.html$/, '')}`;
    for (const r of begripRecords(html, pageUrl)) records.push(r);
  }
  const known = vocabulary(records.map((r) => indexedText(r.content)));
  for (const r of records) {
    const { errors } = await index.addHTMLFile({ ...r, content: withVariants(r.content, known) });
    if (errors.length) throw new Error(`Pagefind-fouten in ${r.sourcePath ?? r.url}: ${errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind kon niet schrijven: ${written.errors.join('; ')}`);
  await close();
  return records.length;
}

export function pagefind(): AstroIntegration {
  return {
    name: 'veiligwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = await buildIndex(fileURLToPath(dir));
        logger.info(`zoekindex gemaakt: ${records} pagina's en begrippen`);
      },
    },
  };
}
