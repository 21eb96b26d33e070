/**
 * Phone first (issue 16): on a 390×844 screen the header is compact, the menu button works with and without
 * JavaScript, search is one tap away and a gids title starts in the top 300 px. Also: the home page's
 * "Waar wilt u beginnen?" blocks, curated per audience and aligned.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage } from '../support/browser.ts';
import { TEST, WAIT } from '../support/timeouts.ts';

const PHONE = { width: 390, height: 844 };
const GIDS = '/gidsen/aanpak-plegers/';

for (const javaScript of [false, true]) {
  // Generous timeouts: two axe runs and page loads on a busy 2-core machine.
  describe(`telefoon (390×844) ${javaScript ? 'met' : 'zonder'} JavaScript`, { timeout: TEST }, () => {
    it('een gids: compacte kop, de titel begint binnen 300 px, het menu opent en sluit met het toetsenbord', async () => {
      const { page, foreignRequests, close } = await openPage(GIDS, { javaScript, viewport: PHONE });
      const h1 = page.locator('h1');
      const top = await h1.evaluate((el) => el.getBoundingClientRect().top);
      expect(top, 'bovenkant van de h1').toBeLessThan(300);
      // A title that fits a small screen: at most three lines.
      const lines = await h1.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect(lines).toBeLessThanOrEqual(3);

      // The bar with six links is not shown; one "Menu" button instead, its links hidden until opened.
      const hoofdmenu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect.poll(() => hoofdmenu.count()).toBe(0);
      const knop = page.locator('summary', { hasText: 'Menu' });
      expect(await knop.isVisible()).toBe(true);
      const box = await knop.boundingBox();
      expect(box!.height, 'aanraakdoel van de menuknop').toBeGreaterThanOrEqual(44);
      // axe needs JavaScript in the page: checked in the run with JavaScript.
      if (javaScript) await expectNoAxeViolations(page, `${GIDS} telefoon, menu dicht`);

      await knop.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => hoofdmenu.count()).toBe(1);
      const links = hoofdmenu.getByRole('link');
      await expect.poll(() => links.allTextContents()).toEqual(["Thema's", 'Gidsen', 'Praktijkvoorbeelden', 'Instrumenten', 'Begrippen', 'Bronnen']);
      expect(await hoofdmenu.getByRole('link', { name: 'Gidsen' }).getAttribute('aria-current')).toBe('true');
      if (javaScript) await expectNoAxeViolations(page, `${GIDS} telefoon, menu open`);
      await page.keyboard.press('Enter');
      await expect.poll(() => hoofdmenu.count()).toBe(0);

      // Open it by touch/click and follow a link.
      await knop.click();
      await hoofdmenu.getByRole('link', { name: 'Instrumenten' }).click();
      await page.waitForURL(/\/instrumenten\/$/, { timeout: WAIT });
      expect(foreignRequests).toEqual([]);
      await close();
    });

    it('zoeken is één tik weg: het zoekveld staat in de kop en leidt naar de zoekpagina', async () => {
      const { page, close } = await openPage(GIDS, { javaScript, viewport: PHONE });
      const veld = page.getByRole('search', { name: 'Zoeken op de site' }).first().getByRole('searchbox', { name: 'Zoeken' });
      expect(await veld.isVisible()).toBe(true);
      const box = await veld.boundingBox();
      expect(box!.y + box!.height, 'onderkant van het zoekveld').toBeLessThan(130);
      await veld.tap().catch(() => veld.click());
      await page.keyboard.type('meldcode');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/zoeken\/\?q=meldcode$/, { timeout: WAIT });
      await close();
    });
  });
}

describe('breed scherm (1280×900)', { timeout: TEST }, () => {
  it('toont de menubalk en geen menuknop', async () => {
    const { page, close } = await openPage(GIDS);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);
    expect(await page.locator('summary', { hasText: 'Menu' }).isVisible()).toBe(false);
    await close();
  });
});

describe('startpagina: waar wilt u beginnen?', { timeout: TEST }, () => {
  it('drie blokken op gelijke hoogte, met per doelgroep de gekozen ingangen', async () => {
    const { page, close } = await openPage('/');
    const blokken = page.locator('.entry-ways > li');
    expect(await blokken.count()).toBe(3);
    const tops = await blokken.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size, `bovenkanten ${tops.join(', ')}`).toBe(1);
    const hrefs = async (titel: string) =>
      page.locator('.entry-ways > li', { has: page.getByRole('heading', { name: titel }) }).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect((await hrefs('Voor gemeenten'))[0]).toBe('/gidsen/regierol-gemeente/');
    expect(await hrefs('Voor gemeenten')).not.toContain('/gidsen/aanpak-plegers/');
    const trainers = await hrefs('Voor trainers');
    expect(trainers).toContain('/gidsen/leergangen-zorg-en-veiligheid/');
    expect(trainers).toContain('/instrumenten/meldcode/casuskaarten/');
    expect(trainers).toContain('/instrumenten/barrieremodel/');
    expect(await hrefs('Voor professionals')).toContain('/gidsen/meldcode-in-vijf-stappen/');
    await close();
  });
});
