/**
 * Ready to put online (issue 16): the built site works with exactly the headers of public/_headers
 * (Content-Security-Policy, Referrer-Policy, Permissions-Policy, …), with 0 CSP violations.
 *
 * Every browser test proves this: the test server sends the headers of public/_headers with every response
 * (tests/support/serve-dist.ts), and the guard of every page fails a test on a CSP violation, as on any other
 * page error (tests/support/browser.ts). So every page type (the axe tests load every built page), the search
 * with its WebAssembly, the catalogue filters and the three tools are all exercised under the real CSP. This
 * file checks the policy itself, that the test server really sends it, and that the guard really catches a
 * violation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_MARK, openPage, siteUrl, takeGuardReport as guardReport } from '../support/browser.ts';
import { headersFor, parseHeaders } from '../../src/integrations/security-headers.ts';

const RULES = parseHeaders(readFileSync('public/_headers', 'utf8'));
const SITE = headersFor(RULES, '/');

describe('de site met de headers uit public/_headers', () => {
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

  it('de testserver van alle browsertests stuurt bij elke pagina, elk script en de 404 precies die headers mee, ook de cache per pad', async () => {
    const { page, close } = await openPage('/gidsen/aanpak-plegers/');
    const script = await page.locator('script[src^="/_astro/"], script[type="module"][src]').first().getAttribute('src');
    const paden = ['/', '/gidsen/aanpak-plegers/', '/instrumenten/regiescan/', '/zoeken/', '/bestaat-niet/', '/pagefind/pagefind-entry.json', ...(script ? [script] : [])];
    for (const pad of paden) {
      const response = await page.request.get(siteUrl(pad));
      const headers = response.headers();
      for (const naam of ['content-security-policy', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'x-frame-options', 'cross-origin-opener-policy']) {
        expect(headers[naam], `${naam} bij ${pad}`).toBe(SITE[naam]);
      }
    }
    // Per path as at the host: a hashed file is kept for a year, a page and the search entry are checked again.
    expect(script, 'de pagina laadt een script uit /_astro/').toMatch(/^\/_astro\//);
    expect((await page.request.get(siteUrl(script!))).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await page.request.get(siteUrl('/pagefind/pagefind-entry.json'))).headers()['cache-control']).toBe('no-cache');
    await close();
  });

  it('een CSP-schending laat de test falen: een ingevoegd inline script wordt geblokkeerd en door de bewaking gemeld', async () => {
    const { page, close } = await openPage('/gidsen/aanpak-plegers/');
    expect(guardReport(), 'een gewone pagina geeft geen melding').toBe('');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__uitgevoerd = true;';
      document.body.append(s);
    });
    // The guard records the violation as a page error; here the test takes that report itself (so it does not fail).
    await expect.poll(guardReport).toContain(`${CSP_MARK}: script-src-elem blokkeerde inline`);
    expect(await page.evaluate(() => (window as unknown as { __uitgevoerd?: boolean }).__uitgevoerd), 'het inline script draaide toch').toBeUndefined();
    await close();
  });
});
