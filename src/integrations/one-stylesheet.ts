/**
 * One stylesheet per page. Astro splits CSS into shared chunks: every page gets the site's stylesheet, and a page
 * with forms or a tool gets one or two more. Each extra <link rel="stylesheet"> is another request that blocks the
 * first render (Lighthouse estimated 300 ms on the meldcode page). After the build this integration joins the
 * stylesheets of each page, in their order (so the cascade stays the same), into one file with a content hash in
 * its name, and leaves out files that no page, script or stylesheet refers to any more.
 * Content pages keep the one shared site stylesheet (cached once for all of them).
 * It must run before the service worker, which precaches the files that are left.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const hrefOf = (tag: string) => /\shref="([^"]+)"/.exec(tag)?.[1];

/** The stylesheet links of a page, in order (only the site's own /_astro/ files). */
export function stylesheetLinks(html: string): { tag: string; href: string }[] {
  return [...html.matchAll(LINK)].flatMap((m) => {
    const href = hrefOf(m[0]);
    return href && /^\/_astro\/[^/]+\.css$/.test(href) ? [{ tag: m[0], href }] : [];
  });
}

/** Puts one link to `href` where the first stylesheet link was and removes the others. */
export function replaceLinks(html: string, links: { tag: string }[], href: string): string {
  let first = true;
  return html.replace(LINK, (tag) => {
    if (!links.some((l) => l.tag === tag)) return tag;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${href}">`;
  });
}

/** The joined CSS and its file name: "<name of the last part>.<hash>.css". */
export function joinStylesheets(parts: { href: string; css: string }[]): { name: string; css: string } {
  const css = parts.map((p) => p.css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '').trim()).join('\n');
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  const last = basename(parts.at(-1)!.href).split('.')[0]!.replace(/^_+/, '') || 'page';
  return { name: `${last}.${hash}.css`, css };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name));
}

export function oneStylesheet(): AstroIntegration {
  return {
    name: 'veiligwijzer:one-stylesheet',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const joined = new Map<string, string>();
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const links = stylesheetLinks(html);
          if (links.length < 2) continue;
          const key = links.map((l) => l.href).join(' ');
          if (!joined.has(key)) {
            const parts = await Promise.all(links.map(async (l) => ({ href: l.href, css: await readFile(join(root, l.href), 'utf8') })));
            const { name, css } = joinStylesheets(parts);
            await writeFile(join(root, '_astro', name), css);
            joined.set(key, `/_astro/${name}`);
          }
          await writeFile(file, replaceLinks(html, links, joined.get(key)!));
          pages++;
        }
        // Files nobody refers to any more (a page's old parts) are left out of the site and the offline cache.
        const astroDir = join(root, '_astro');
        if (!existsSync(astroDir)) return;
        const names = await readdir(astroDir);
        const referring = [
          ...(await Promise.all((await htmlFiles(root)).map((f) => readFile(f, 'utf8')))),
          ...(await Promise.all(names.filter((n) => /\.(js|mjs|css)$/.test(n)).map((n) => readFile(join(astroDir, n), 'utf8')))),
        ].join('\n');
        let removed = 0;
        for (const name of names.filter((n) => n.endsWith('.css'))) {
          if (!referring.includes(name)) {
            await unlink(join(astroDir, name));
            removed++;
          }
        }
        logger.info(`één stylesheet per pagina: ${pages} pagina's, ${joined.size} samengevoegde bestanden, ${removed} losse delen weggelaten`);
      },
    },
  };
}
