/**
 * Offline (issue 16): after a first visit the whole site works without a network, thanks to the Workbox service
 * worker (dist/sw.js): pages, the search (index and fragments) and the tools. Nothing a user typed is cached.
 * Unlike the other browser tests, this context allows service workers.
 */
import { describe, expect, it } from 'vitest';
import { getBrowser, siteUrl } from '../support/browser.ts';
import { LONG_TEST, WAIT } from '../support/timeouts.ts';

describe('offline na een eerste bezoek', () => {
  it('pagina’s, zoeken en een instrument werken met het netwerk uit; getypte tekst staat in geen enkele cache', async () => {
    const context = await (await getBrowser()).newContext({ serviceWorkers: 'allow', locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    // The first visit installs the worker and precaches the site; wait until it controls a page.
    await expect.poll(() => page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.active?.state ?? 'geen';
    }), { timeout: 120_000, interval: 1000 }).toBe('activated');
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: WAIT }).toBe(true);
    // The first installation shows no "nieuwe versie" notice.
    expect(await page.locator('#nieuwe-versie').isVisible()).toBe(false);

    await context.setOffline(true);
    expect(await page.evaluate(() => fetch('/gidsen/aanpak-plegers/', { cache: 'no-store' }).then((r) => r.ok, () => 'netwerkfout'))).toBe(true);

    // A page never visited before, by following a link.
    await page.goto(siteUrl('/gidsen/'));
    await page.locator('main a[href="/gidsen/kindcheck/"]').first().click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: WAIT }).toMatch(/kindcheck/i);

    // The search: index, WebAssembly and fragments come from the cache.
    await page.goto(siteUrl('/zoeken/?q=meldcode'));
    await page.locator('main a[href="/gidsen/meldcode-in-vijf-stappen/"]').first().waitFor({ timeout: WAIT });

    // A tool: it hydrates and takes input.
    await page.goto(siteUrl('/instrumenten/barrieremodel/'));
    await page.locator('astro-island').first().waitFor({ timeout: WAIT });
    await expect.poll(() => page.locator('astro-island[ssr]').count(), { timeout: WAIT }).toBe(0);
    await page.getByRole('button', { name: /^Nieuw model/ }).first().click();
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor({ timeout: WAIT });

    // The search page with a query of its own: still the precached page, and the query itself is stored nowhere.
    await page.goto(siteUrl('/zoeken/?q=geheimzinnigezoekvraag'));
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(100);
    expect(cached.filter((u) => /geheimzinnigezoekvraag|[?&]q=/.test(u))).toEqual([]);
    await context.close();
  }, LONG_TEST); // the first visit downloads the whole site for offline use
});
