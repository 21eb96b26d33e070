/**
 * CSS as the browser gets it, read from the built files (bytes, not time; `npm run bench` measures the rest):
 * - a content page ships at most 10 kB of CSS (gzip, level 9 as in the bench);
 * - every page has exactly one stylesheet: tool, search and catalogue pages get no extra render-blocking one;
 * - no stylesheet pulls in another (@import) or loads anything from another origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, fileFor, html, htmlFiles, urlOf } from '../support/dist.ts';

const CSS_BUDGET = 10_000;

const stylesheets = (page: string) => [...page.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\shref="([^"]+)"/.exec(m[0])?.[1] ?? '');
const cssOf = (href: string) => readFileSync(join(DIST, href), 'utf8');
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

// Overviews and reading pages; the catalogues with filters and the tools are form pages (their one stylesheet also
// holds the form components).
const CONTENT = ['/', '/gidsen/', '/themas/', '/bronnen/', '/begrippen/', '/over/', '/privacy/', '/toegankelijkheid/'];
const contentPages = htmlFiles().filter((f) => {
  const url = urlOf(f);
  return CONTENT.includes(url) || /^\/(gidsen|praktijkvoorbeelden|themas|bronnen)\/[^/]+\/$/.test(url);
});

describe('CSS van de gebouwde site', () => {
  it('een inhoudspagina laadt hooguit 10 kB CSS (gzip)', () => {
    expect(contentPages.length).toBeGreaterThan(50);
    const over: string[] = [];
    for (const file of contentPages) {
      const bytes = stylesheets(html(file)).reduce((n, href) => n + gz(cssOf(href)), 0);
      if (bytes > CSS_BUDGET) over.push(`${urlOf(file)}: ${bytes} B`);
    }
    expect(over).toEqual([]);
  });

  it('elke pagina heeft precies één stylesheet, ook de instrumenten, het zoeken en de catalogus', () => {
    for (const url of ['/instrumenten/meldcode/', '/instrumenten/regiescan/', '/instrumenten/barrieremodel/', '/zoeken/', '/praktijkvoorbeelden/', '/maatregelen/']) {
      const file = fileFor(url);
      expect(file, url).not.toBeNull();
      expect(stylesheets(html(file!)), url).toHaveLength(1);
    }
    const wrong = htmlFiles().filter((f) => stylesheets(html(f)).length !== 1).map(urlOf);
    expect(wrong).toEqual([]);
  });

  it('geen stylesheet laadt een andere stylesheet of iets van een andere origin', () => {
    const hrefs = new Set(htmlFiles().flatMap((f) => stylesheets(html(f))));
    for (const href of hrefs) {
      expect(href, href).toMatch(/^\/_astro\/[^/]+\.css$/);
      const css = cssOf(href);
      expect(css, href).not.toMatch(/@import/);
      expect(css, href).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
  });
});
