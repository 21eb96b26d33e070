/**
 * Every internal link and anchor in dist/ resolves; no page refers to a resource on another origin.
 * (Links to other sites, a <a href="https://…">, are allowed: they load nothing by themselves.)
 */
import { describe, expect, it } from 'vitest';
import { fileFor, html, htmlFiles, idsIn, referencesIn, urlOf } from '../support/dist.ts';

const pages = htmlFiles();

describe('de gebouwde site', () => {
  it('heeft de pagina\'s die een bezoeker verwacht', () => {
    const urls = new Set(pages.map(urlOf));
    for (const u of ['/', '/themas/', '/gidsen/', '/praktijkvoorbeelden/', '/bronnen/', '/begrippen/', '/instrumenten/', '/zoeken/', '/over/', '/toegankelijkheid/', '/privacy/', '/404.html', '/maatregelen/']) {
      expect(urls, u).toContain(u);
    }
    expect(pages.length).toBeGreaterThan(100);
  });

  it('heeft geen kapotte interne links of ankers', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const from = urlOf(file);
      for (const { attr, value } of referencesIn(html(file))) {
        if (attr === 'srcset' || value === '' || /^(mailto:|tel:|data:|blob:|javascript:)/.test(value)) continue;
        if (/^https?:\/\//.test(value)) continue; // checked below for resources
        const target = new URL(value, `http://site${from}`);
        if (target.host !== 'site') continue;
        const targetFile = target.pathname === from ? file : fileFor(target.pathname);
        if (!targetFile) {
          broken.push(`${from} → ${value} (pagina bestaat niet)`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && targetFile.endsWith('.html') && !idsIn(html(targetFile)).has(anchor)) {
          broken.push(`${from} → ${value} (anker #${anchor} bestaat niet)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('laadt niets van een andere origin', () => {
    const foreign: string[] = [];
    for (const file of pages) {
      for (const { attr, value } of referencesIn(html(file))) {
        if (attr !== 'href' && /^(https?:)?\/\//.test(value)) foreign.push(`${urlOf(file)}: ${attr}="${value}"`);
      }
      for (const m of html(file).matchAll(/<link\b[^>]*href="((?:https?:)?\/\/[^"]+)"/g)) foreign.push(`${urlOf(file)}: <link href="${m[1]}">`);
      for (const m of html(file).matchAll(/url\((['"]?)(?:https?:)?\/\/[^)]+\)/g)) foreign.push(`${urlOf(file)}: ${m[0]}`);
    }
    expect(foreign).toEqual([]);
  });

  it('is op elke pagina Nederlands, met titel, beschrijving, één h1 en een skiplink', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const page = html(file);
      if (!/<html lang="nl"/.test(page)) problems.push(`${urlOf(file)}: geen lang="nl"`);
      if (!/<title>[^<]*\S[^<]*<\/title>/.test(page)) problems.push(`${urlOf(file)}: geen titel`);
      const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1]?.trim() ?? '';
      if (description.length < 20) problems.push(`${urlOf(file)}: geen beschrijving (meta description van minstens 20 tekens)`);
      if ((page.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push(`${urlOf(file)}: niet precies één h1`);
      if (!page.includes('href="#inhoud"')) problems.push(`${urlOf(file)}: geen skiplink`);
    }
    expect(problems).toEqual([]);
  });
});
