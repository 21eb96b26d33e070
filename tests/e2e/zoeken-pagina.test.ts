/**
 * The search page itself: begrip results with their anchor, NLDS filters with the keyboard, type labels,
 * no layout shift while results load (measured with a PerformanceObserver: a state, not a timing), and
 * the page without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, newIsolatedPage, openPage, siteUrl, tabTo } from '../support/browser.ts';
import { SLOW_WAIT, TEST } from '../support/timeouts.ts';

const labels = (page: Page) => page.locator('#zoekresultaten .zoekresultaat__type').allTextContents();

describe('begrippen als eigen resultaat', () => {
  it('een begrip is een eigen resultaat met zijn anker, en de link brengt u bij dat begrip', async () => {
    const { page, close } = await openPage('/zoeken/?q=weegploeg');
    const link = page.locator('#zoekresultaten a[href="/begrippen/#weegploeg"]');
    await link.waitFor({ timeout: SLOW_WAIT });
    const item = page.locator('#zoekresultaten > li', { has: page.locator('a[href="/begrippen/#weegploeg"]') });
    expect(await item.locator('.zoekresultaat__type').textContent()).toBe('begrip');
    expect(await link.textContent()).toBe('Weegploeg');
    // The A–Z page as a whole is not a result for a single term.
    expect(await page.locator('#zoekresultaten a[href="/begrippen/"]').count()).toBe(0);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), { timeout: SLOW_WAIT }).toContain('/begrippen/#weegploeg');
    await expect.poll(() => page.locator('#weegploeg').evaluate((el) => el.matches(':target')), { timeout: SLOW_WAIT }).toBe(true);
    await close();
  }, TEST);
});

describe('filters', () => {
  it('filtert met NLDS-selectievakjes via het toetsenbord, en de filters blijven in de URL', async () => {
    const { page, close } = await openPage('/zoeken/?q=meldcode');
    await page.locator('#zoekresultaten > li').first().waitFor({ timeout: SLOW_WAIT });
    expect(new Set(await labels(page)).size).toBeGreaterThan(1);
    const checkbox = page.locator('input.utrecht-checkbox[name="type"][value="Begrip"]');
    // From the search box through the form with Tab, then Space, as a keyboard user does.
    await page.locator('#zoekterm').focus();
    await tabTo(page, 'input[name="type"][value="Begrip"]', 30);
    await page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(true);
    await expect.poll(async () => [...new Set(await labels(page))], { timeout: SLOW_WAIT }).toEqual(['begrip']);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('type'), { timeout: SLOW_WAIT }).toEqual(['Begrip']);
    await expectNoAxeViolations(page, 'gefilterde zoekresultaten');
    await page.reload();
    await expect.poll(() => checkbox.isChecked(), { timeout: SLOW_WAIT }).toBe(true);
    await expect.poll(async () => [...new Set(await labels(page))], { timeout: SLOW_WAIT }).toEqual(['begrip']);
    // The page speaks Dutch: no English button texts such as "Reset".
    const buttons = await page.locator('main button, main input[type="submit"]').allTextContents();
    expect(buttons.join(' ')).not.toMatch(/reset|clear|search|load more/i);
    await close();
  }, TEST);

  it('toont typelabels: gids, praktijkvoorbeeld, begrip, instrument, thema', async () => {
    const { page, close } = await openPage('/zoeken/?q=meldcode');
    await page.locator('#zoekresultaten > li').first().waitFor({ timeout: SLOW_WAIT });
    await page.locator('#meerresultaten').click();
    await expect.poll(() => page.locator('#zoekresultaten > li').count(), { timeout: SLOW_WAIT }).toBeGreaterThan(12);
    const seen = new Set(await labels(page));
    for (const label of ['gids', 'begrip', 'instrument', 'thema']) expect([...seen], label).toContain(label);
    await close();
  }, TEST);
});

describe('geen layoutverschuiving', () => {
  it('niets verschuift terwijl resultaten laden, ook niet na typen', { timeout: TEST }, async () => {
    const { page, close } = await newIsolatedPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; recent: boolean }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) w.__shifts.push({ value: e.value, recent: e.hadRecentInput });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts = () => page.evaluate(() => (window as unknown as { __shifts: { value: number; recent: boolean }[] }).__shifts);
    await page.goto(siteUrl('/zoeken/?q=veiligheidshuis'));
    await page.locator('#zoekresultaten > li').first().waitFor({ timeout: SLOW_WAIT });
    await page.locator('#zoekterm').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('radicalisering');
    await expect.poll(() => page.locator('#zoekstatus').textContent(), { timeout: SLOW_WAIT }).toContain('radicalisering');
    // A shift counts for CLS unless it follows input within 500 ms; ours must be none at all after load.
    const all = await shifts();
    const counted = all.filter((s) => !s.recent).reduce((n, s) => n + s.value, 0);
    expect(counted, JSON.stringify(all)).toBe(0);
    await close();
  });
});

describe('zonder JavaScript', () => {
  it('is het een gewoon formulier met een duidelijke melding', async () => {
    const { page, close } = await openPage('/zoeken/?q=meldcode', { javaScript: false });
    expect(await page.locator('main noscript').count()).toBe(1);
    expect(await page.locator('main noscript').evaluate((el) => el.textContent ?? '')).toContain('Zoeken werkt alleen met JavaScript');
    expect(await page.locator('main .utrecht-alert').isVisible()).toBe(true);
    expect(await page.locator('form#zoeken').getAttribute('action')).toBe('/zoeken/');
    expect(await page.locator('#zoekterm').getAttribute('name')).toBe('q');
    await close();
  }, TEST);
});
