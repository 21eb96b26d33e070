/** A visitor's main routes through the built site, with mouse and with keyboard. */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, tabTo } from '../support/browser.ts';

describe('van home naar een praktijkvoorbeeld', () => {
  it('home → thema → gids → praktijkvoorbeeld', async () => {
    const { page, foreignRequests, close } = await openPage('/');
    await page.locator('a[href="/themas/huiselijk-geweld/"]').first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Huiselijk geweld en kindermishandeling');
    await page.locator('#gidsen').locator('xpath=..').getByRole('link', { name: 'De meldcode in vijf stappen' }).click();
    await expect.poll(() => page.url()).toContain('/gidsen/meldcode-in-vijf-stappen/');
    await expect.poll(() => page.locator('#in-het-kort').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#bronnen').isVisible()).toBe(true);
    const example = page.locator('#praktijkvoorbeelden').locator('xpath=..').locator('.card a').first();
    const title = await example.textContent();
    await example.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(page.url()).toContain('/praktijkvoorbeelden/');
    expect(foreignRequests).toEqual([]);
    await close();
  });
});

describe('zoeken', () => {
  it('zoekt vanuit de kop en vindt een bekende pagina', async () => {
    const { page, foreignRequests, close } = await openPage('/gidsen/');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('kindcheck');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), { timeout: 45_000 }).toContain('/zoeken/?q=kindcheck');
    const first = page.locator('#zoekresultaten a[href*="/gidsen/kindcheck/"]').first();
    await first.waitFor({ timeout: 45_000 });
    await expectNoAxeViolations(page, 'zoekresultaten');
    await first.click();
    await expect.poll(() => page.url(), { timeout: 45_000 }).toContain('/gidsen/kindcheck/');
    expect(foreignRequests).toEqual([]);
    await close();
  }, 180_000);

  it('houdt de zoekterm in de URL bij typen', async () => {
    const { page, close } = await openPage('/zoeken/');
    const input = page.locator('#zoekterm');
    await input.waitFor();
    await input.fill('ondermijning');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 45_000 }).toBe('ondermijning');
    await page.locator('#zoekresultaten a').first().waitFor({ timeout: 45_000 });
    await close();
  });
});

describe('catalogus van praktijkvoorbeelden', () => {
  it('filters narrow the list, combine, and survive a reload via the URL', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/');
    const visible = () => page.locator('#catalogus-lijst > li:not([hidden])').count();
    const total = await visible();
    expect(total).toBeGreaterThan(30);
    await page.locator('input[name="thema"][value="ondermijning"]').check();
    await expect.poll(visible).toBeLessThan(total);
    const afterThema = await visible();
    expect(afterThema).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#catalogus-status').textContent()).toBe(`${afterThema} van de ${total} praktijkvoorbeelden`);
    await page.getByLabel('Gemeente of regio').selectOption({ label: (await page.getByLabel('Gemeente of regio').locator('option').nth(1).textContent())! });
    const combined = await visible();
    expect(combined).toBeLessThanOrEqual(afterThema);
    const url = page.url();
    expect(url).toContain('thema=ondermijning');
    await page.reload();
    await expect.poll(visible).toBe(combined);
    expect(await page.locator('input[name="thema"][value="ondermijning"]').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'catalogus met filters');
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect.poll(visible).toBe(total);
    await close();
  });

  it('ignores tampered filter values in a shared link', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/?thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E&regio=nergens');
    await expect.poll(() => page.locator('#catalogus-status').textContent()).toMatch(/^Alle \d+ praktijkvoorbeelden$/);
    await close();
  });

  it('shows the full list without JavaScript', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/', { javaScript: false });
    expect(await page.locator('#catalogus-lijst > li').count()).toBeGreaterThan(30);
    expect(await page.locator('#catalogus-filters').isVisible()).toBe(false);
    await close();
  });
});

describe('toetsenbord', () => {
  it('reaches the main navigation, search and content with Tab, with a visible focus', async () => {
    const { page, close } = await openPage('/');
    await tabTo(page, 'a[href="#inhoud"]');
    await tabTo(page, '#zoekterm-kop');
    await tabTo(page, '.site-nav a[href="/gidsen/"]');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/gidsen/');
    await close();
  });

  it('uses the catalogue filters by keyboard', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/');
    const before = await page.locator('#catalogus-lijst > li:not([hidden])').count();
    await tabTo(page, 'input[name="thema"]');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#catalogus-lijst > li:not([hidden])').count()).toBeLessThan(before);
    await close();
  });
});

describe('kleine schermen en print', () => {
  it('works at 320 px wide without horizontal scrolling', async () => {
    for (const path of ['/', '/gidsen/meldcode-in-vijf-stappen/', '/praktijkvoorbeelden/', '/begrippen/']) {
      const { page, close } = await openPage(path, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      await close();
    }
  });

  it('shows search results without horizontal scrolling, on desktop and at 320 px', async () => {
    for (const width of [1280, 320]) {
      const { page, close } = await openPage('/zoeken/?q=veiligheidshuis', { viewport: { width, height: 800 } });
      await page.locator('#zoekresultaten a').first().waitFor({ timeout: 45_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}px`).toBeLessThanOrEqual(1);
      await close();
    }
  });

  it('prints without navigation', async () => {
    const { page, close } = await openPage('/gidsen/meldcode-in-vijf-stappen/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await close();
  });
});

describe('404', () => {
  it('answers an unknown address with a Dutch 404 page', async () => {
    const { newIsolatedPage, siteUrl } = await import('../support/browser.ts');
    const { page, close } = await newIsolatedPage();
    const response = await page.goto(siteUrl('/bestaat-niet/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('bestaat niet');
    await close();
  });
});
