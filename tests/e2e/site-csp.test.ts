/**
 * Ready to put online (issue 16): the built site served with exactly the headers of public/_headers
 * (Content-Security-Policy, Referrer-Policy, Permissions-Policy, …) works on every page type, the search and the
 * three tools, with 0 CSP violations (securitypolicyviolation events and console messages).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowSiteOrigin, getBrowser } from '../support/browser.ts';
import { headersFor, parseHeaders } from '../../src/integrations/security-headers.ts';

const RULES = parseHeaders(readFileSync('public/_headers', 'utf8'));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.wasm': 'application/wasm',
};

let server: Server;
let base = '';
beforeAll(async () => {
  const root = resolve('dist');
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let file = join(root, normalize(decodeURIComponent(path)));
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      file = join(root, '404.html');
      status = 404;
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(RULES, path) });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => {
  server.closeAllConnections();
  server.close(() => ok());
}));

interface Watched {
  page: Page;
  context: BrowserContext;
  problems: () => Promise<string[]>;
}

/** A page that records CSP violations (as events and as console messages, also from workers) and page errors. */
async function watchedPage(): Promise<Watched> {
  const context = await (await getBrowser()).newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
  allowSiteOrigin(context, base); // this test serves dist/ itself, with the headers of public/_headers
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });
  const page = await context.newPage();
  const messages: string[] = [];
  const onConsole = (text: string) => {
    if (/Content[- ]Security[- ]Policy|Refused to|Permissions-Policy|Error with Permissions/i.test(text)) messages.push(text);
  };
  page.on('console', (m) => onConsole(m.text()));
  page.on('worker', (w) => w.on('console', (m) => onConsole(`worker: ${m.text()}`)));
  page.on('pageerror', (e) => messages.push(`paginafout: ${e.message}`));
  return {
    page,
    context,
    problems: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...messages],
  };
}

async function visit(path: string, then?: (page: Page) => Promise<void>) {
  const { page, context, problems } = await watchedPage();
  const response = await page.goto(base + path);
  expect(response?.headers()['content-security-policy'], 'de CSP-header wordt meegestuurd').toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  if (then) await then(page);
  expect(await problems(), `CSP-schendingen of fouten op ${path}`).toEqual([]);
  await context.close();
}

/** Waits until every island on the page has hydrated (Astro removes the ssr attribute). */
async function hydrated(page: Page) {
  await page.locator('astro-island').first().waitFor({ state: 'attached', timeout: 15_000 });
  await expect.poll(() => page.locator('astro-island[ssr]').count(), { timeout: 15_000 }).toBe(0);
}

describe('de site met de headers uit public/_headers', { timeout: 120_000 }, () => {
  it('headers: strikte CSP zonder unsafe-inline en unsafe-eval, hoogstens wasm-unsafe-eval; lange cache alleen voor gehashte bestanden', () => {
    const page = headersFor(RULES, '/gidsen/x/');
    const csp = page['content-security-policy']!;
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(page['referrer-policy']).toBe('no-referrer');
    expect(page['permissions-policy']).toContain('camera=()');
    expect(page['cache-control']).toBeUndefined();
    expect(headersFor(RULES, '/_astro/Page.abc123.css')['cache-control']).toContain('immutable');
    expect(headersFor(RULES, '/sw.js')['cache-control']).toBe('no-cache');
  });

  const pages = [
    '/', '/gidsen/aanpak-plegers/', '/praktijkvoorbeelden/aanpak-glanerbrug-enschede/', '/themas/huiselijk-geweld/',
    '/bronnen/basismodel-meldcode/', '/begrippen/', '/maatregelen/', '/instrumenten/', '/over/', '/bestaat-niet/',
  ];
  for (const path of pages) it(`pagina ${path}: 0 schendingen`, () => visit(path));

  it('catalogus met filter: 0 schendingen', () =>
    visit('/praktijkvoorbeelden/', async (page) => {
      const box = page.locator('input[name="thema"]').first();
      await box.waitFor({ state: 'visible', timeout: 15_000 });
      await box.check();
      await expect.poll(() => page.url()).toContain('thema=');
    }));

  it('zoeken (Pagefind met WebAssembly): resultaten en 0 schendingen', () =>
    visit('/zoeken/?q=meldcode', async (page) => {
      await page.locator('main a[href="/gidsen/meldcode-in-vijf-stappen/"]').first().waitFor({ timeout: 20_000 });
    }));

  for (const path of ['/instrumenten/meldcode/', '/instrumenten/meldcode/casuskaarten/', '/instrumenten/regiescan/', '/instrumenten/regiescan/team/', '/instrumenten/barrieremodel/']) {
    it(`instrument ${path}: werkt (gehydrateerd, invoer) met 0 schendingen`, () =>
      visit(path, async (page) => {
        // The casuskaarten are static HTML (print cards); the other pages are islands.
        if (await page.locator('astro-island').count()) await hydrated(page);
        const field = page.locator('main').locator('input[type="text"]:visible, textarea:visible').first();
        if (await field.count()) {
          // Short letters and digits: valid in every field (the regiescan's code field takes at most 12 of them).
          await field.fill('Invoer123');
          await expect.poll(() => field.inputValue()).toBe('Invoer123');
        }
      }));
  }
});
