/** A visitor's main routes through the built site, with mouse and with keyboard. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHidden, expectNoAxeViolations, newIsolatedPage, openPage, siteUrl, tabTo } from '../support/browser.ts';
import { ids, regioDieTelt, voorbeelden, type Voorbeeld } from './support/voorbeelden.ts';
import { SLOW_WAIT, TEST } from '../support/timeouts.ts';

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
    await expect.poll(() => page.url(), { timeout: SLOW_WAIT }).toContain('/zoeken/?q=kindcheck');
    const first = page.locator('#zoekresultaten a[href*="/gidsen/kindcheck/"]').first();
    await first.waitFor({ timeout: SLOW_WAIT });
    await expectNoAxeViolations(page, 'zoekresultaten');
    await first.click();
    await expect.poll(() => page.url(), { timeout: SLOW_WAIT }).toContain('/gidsen/kindcheck/');
    expect(foreignRequests).toEqual([]);
    await close();
  }, TEST);

  it('houdt de zoekterm in de URL bij typen', async () => {
    const { page, close } = await openPage('/zoeken/');
    const input = page.locator('#zoekterm');
    await input.waitFor();
    await input.fill('ondermijning');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: SLOW_WAIT }).toBe('ondermijning');
    await page.locator('#zoekresultaten a').first().waitFor({ timeout: SLOW_WAIT });
    await close();
  });
});

describe('catalogus van praktijkvoorbeelden', () => {
  // The expected lists come from the content files themselves (support/voorbeelden.ts), not from the app.
  const alle = voorbeelden();
  const N = alle.length;
  const THEMAS = ['ondermijning', 'jeugd-en-veiligheid'];
  const metThema = (v: Voorbeeld) => v.themas.some((t) => THEMAS.includes(t));
  const REGIO = regioDieTelt(alle, THEMAS);
  const zichtbaar = (page: Page) =>
    page.locator('#catalogus-lijst > li:not([hidden])').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id!).sort());
  const status = (page: Page) => page.locator('#catalogus-status').textContent();

  it('filters maken de lijst kleiner, combineren, staan allemaal in de URL en blijven na herladen', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/');
    expect(await zichtbaar(page)).toEqual(ids(alle, () => true));

    for (const thema of THEMAS) await page.locator(`input[name="thema"][value="${thema}"]`).check();
    const naThema = ids(alle, metThema);
    expect(naThema.length).toBeLessThan(N);
    await expect.poll(() => zichtbaar(page)).toEqual(naThema);
    await expect.poll(() => status(page)).toBe(`${naThema.length} van de ${N} praktijkvoorbeelden`);

    await page.getByLabel('Gemeente of regio').selectOption(REGIO);
    const samen = ids(alle, (v) => metThema(v) && v.regio === REGIO);
    expect(samen.length).toBeGreaterThan(0);
    expect(samen.length).toBeLessThan(naThema.length);
    await expect.poll(() => zichtbaar(page)).toEqual(samen);
    await expect.poll(() => status(page)).toBe(`${samen.length} van de ${N} praktijkvoorbeelden`);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('thema').sort()).toEqual([...THEMAS].sort());
    expect(params.getAll('regio')).toEqual([REGIO]);

    await page.reload();
    await expect.poll(() => zichtbaar(page)).toEqual(samen);
    for (const thema of THEMAS) expect(await page.locator(`input[name="thema"][value="${thema}"]`).isChecked()).toBe(true);
    expect(await page.getByLabel('Gemeente of regio').inputValue()).toBe(REGIO);
    await expectNoAxeViolations(page, 'catalogus met filters');

    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect.poll(() => zichtbaar(page)).toEqual(ids(alle, () => true));
    await expect.poll(() => status(page)).toBe(`Alle ${N} praktijkvoorbeelden`);
    await expect.poll(() => page.url()).toBe(siteUrl('/praktijkvoorbeelden/'));
    await close();
  });

  it('negeert geknoeide filterwaarden in een gedeelde link en past de geldige toe', async () => {
    const link = `/praktijkvoorbeelden/?thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E&thema=${THEMAS[0]}&regio=nergens`;
    const { page, close } = await openPage(link);
    const verwacht = ids(alle, (v) => v.themas.includes(THEMAS[0]!));
    await expect.poll(() => zichtbaar(page)).toEqual(verwacht);
    await expect.poll(() => status(page)).toBe(`${verwacht.length} van de ${N} praktijkvoorbeelden`);
    expect(await page.locator(`input[name="thema"][value="${THEMAS[0]}"]`).isChecked()).toBe(true);
    expect(await page.locator('input[name="thema"]:checked').count()).toBe(1);
    expect(await page.getByLabel('Gemeente of regio').inputValue()).toBe('');
    expect(await page.locator('#catalogus-filters').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML.includes('<script>alert(1)'))).toBe(false);
    await close();
  });

  it('toont zonder JavaScript de hele lijst en geen filters die niet werken', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/', { javaScript: false });
    expect(await page.locator('#catalogus-lijst > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id!).sort())).toEqual(
      ids(alle, () => true),
    );
    await expectHidden(page.locator('#catalogus-filters'));
    await close();
  });
});

describe('toetsenbord', () => {
  const focus = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement!;
      const s = getComputedStyle(el);
      return {
        html: el.outerHTML.slice(0, 120),
        inHeader: !!el.closest('header'),
        inMain: !!el.closest('main#inhoud'),
        zichtbaar: el.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
      };
    });

  it('bereikt met Tab de skiplink, het zoekveld, het hoofdmenu en de inhoud, met zichtbare focus', async () => {
    const { page, close } = await openPage('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#inhoud');
    await tabTo(page, '#zoekterm-kop', 5);
    await tabTo(page, '.site-nav a[href="/gidsen/"]', 10);
    expect((await focus(page)).zichtbaar).toBe(true);
    // The next stops after the menu are in the page content, not somewhere hidden or back in the header.
    await tabTo(page, 'main#inhoud :is(a, button, input, select, textarea)', 10);
    const inInhoud = await focus(page);
    expect(inInhoud.inMain, inInhoud.html).toBe(true);
    expect(inInhoud.inHeader).toBe(false);
    // Back to the menu with Shift+Tab, and follow the link with Enter.
    await tabTo(page, '.site-nav a[href="/gidsen/"]', 10, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(siteUrl('/gidsen/'));
    await close();
  });

  it('bedient de filters van de catalogus met het toetsenbord', async () => {
    const { page, close } = await openPage('/praktijkvoorbeelden/');
    await tabTo(page, 'input[name="thema"]');
    const thema = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    const alle = voorbeelden();
    const verwacht = ids(alle, (v) => v.themas.includes(thema));
    expect(verwacht.length).toBeLessThan(alle.length);
    await expect.poll(() => page.locator('#catalogus-lijst > li:not([hidden])').count()).toBe(verwacht.length);
    await expect.poll(() => page.locator('#catalogus-status').textContent()).toBe(`${verwacht.length} van de ${alle.length} praktijkvoorbeelden`);
    await close();
  });
});

describe('kleine schermen en print', () => {
  it('werkt op 320 px breed zonder horizontaal scrollen', async () => {
    // One page for all four: static pages keep no state between visits.
    const { page, close } = await newIsolatedPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/', '/gidsen/meldcode-in-vijf-stappen/', '/praktijkvoorbeelden/', '/begrippen/']) {
      expect((await page.goto(siteUrl(path)))?.status(), path).toBe(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
    await close();
  });

  it('toont zoekresultaten zonder horizontaal scrollen, op desktop en op 320 px', async () => {
    const { page, close } = await openPage('/zoeken/?q=veiligheidshuis', { viewport: { width: 1280, height: 800 } });
    await page.locator('#zoekresultaten a').first().waitFor({ timeout: SLOW_WAIT });
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}px`).toBeLessThanOrEqual(1);
    }
    await close();
  });

  it('drukt af zonder navigatie', async () => {
    const { page, close } = await openPage('/gidsen/meldcode-in-vijf-stappen/');
    await page.emulateMedia({ media: 'print' });
    await expectHidden(page.locator('.site-nav'));
    expect(await page.locator('h1').isVisible()).toBe(true);
    await close();
  });
});

describe('404', () => {
  it('beantwoordt een onbekend adres met een Nederlandse 404-pagina', async () => {
    const { page, close } = await newIsolatedPage();
    const response = await page.goto(siteUrl('/bestaat-niet/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('bestaat niet');
    await close();
  });
});
