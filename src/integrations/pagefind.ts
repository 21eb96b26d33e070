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
import { pluralCandidates, searchVariants } from '../lib/dutch.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** For a value inside a double-quoted attribute: &, " and < as entities. */
export const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Adds the extra index words inside the indexed body (<main data-pagefind-body>). */
export function withVariants(html: string): string {
  const start = html.search(/<main[^>]*data-pagefind-body/);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) return html;
  const body = html.slice(start, end);
  const metadata = [...body.matchAll(/data-pagefind-meta="[^:"]*:([^"]*)"/g)].map((m) => m[1]!).join(' ');
  const text = `${body.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')} ${metadata}`.replace(/&[a-z]+;|&#\d+;/g, ' ');
  // Plural forms of the words in headings, so that "werkwijzen" also finds a page titled "werkwijze".
  const headings = [...body.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)]
    .map((m) => m[1]!.replace(/<[^>]+>/g, ' '))
    .join(' ')
    .toLowerCase();
  const headingWords = new Set(headings.match(/[\p{L}]{5,}/gu) ?? []);
  const plurals = [...headingWords].flatMap(pluralCandidates).filter((w) => !text.toLowerCase().includes(w));
  // `text` includes the page's own metadata (trefwoorden), so their other forms are added too.
  const variants = [...new Set([...searchVariants(text), ...plurals])];
  if (!variants.length) return html;
  // As metadata: searched, but never shown as an excerpt.
  const tag = `<span data-pagefind-meta="varianten:${escapeAttr(variants.join(' '))}"></span>`;
  return `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

export function pagefind(): AstroIntegration {
  return {
    name: 'veiligwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const { index, errors: createErrors } = await createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${createErrors.join('; ')}`);
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const { errors } = await index.addHTMLFile({ sourcePath: relative(root, file), content: withVariants(html) });
          if (errors.length) throw new Error(`Pagefind-fouten in ${file}: ${errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind kon niet schrijven: ${written.errors.join('; ')}`);
        await close();
        logger.info(`zoekindex gemaakt voor ${pages} pagina's`);
      },
    },
  };
}
