/**
 * A part of a tool that loads later (to keep the first visit small) may fail to load: the connection
 * drops, or the site was updated while the page stayed open. Then the tool says so, keeps the work,
 * and can try again. Proved by blocking the part's script in Chromium, as a flaky network would.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage } from '../../support/browser.ts';
import { kop, klaar, PAD as REGIESCAN } from './regiescan-hulp.ts';
import { WAIT } from '../../support/timeouts.ts';

const WACHT = { timeout: WAIT };
const FOUT = 'Een deel van dit instrument kon niet worden geladen';

describe('een instrumentdeel dat niet laadt', () => {
  it('barrièremodel: zegt dat het model niet kon laden, en opent het na "Probeer opnieuw"', async () => {
    const { page, close } = await openPage('/instrumenten/barrieremodel/');
    let blokkeren = true;
    let geblokkeerd = 0;
    await page.route(/\/_astro\/ModelWerk[^/]*\.js$/, (route) => {
      if (!blokkeren) return route.fallback();
      geblokkeerd++;
      return route.abort('failed');
    });
    await page.locator('[data-instrument-geladen="true"]').waitFor(WACHT);
    await page.getByRole('button', { name: 'Nieuw model: Voorbeeld mobiel banditisme (MOBA)' }).click();
    await page.getByText(FOUT).waitFor(WACHT);
    expect(geblokkeerd).toBeGreaterThan(0);
    expect(await page.getByText('Het model wordt geopend…').count()).toBe(0);
    await expectNoAxeViolations(page, 'deel niet geladen');
    blokkeren = false;
    await page.getByRole('button', { name: 'Probeer opnieuw' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);
    expect(await page.getByText(FOUT).count()).toBe(0);
    await close();
  });

  it('meldcode: zegt dat de volgende stap niet kon laden, en gaat na "Probeer opnieuw" verder', async () => {
    const { page, close } = await openPage('/instrumenten/meldcode/');
    let blokkeren = true;
    await page.route(/\/_astro\/Vervolg[^/]*\.js$/, (route) => (blokkeren ? route.abort('failed') : route.fallback()));
    await page.locator('[data-instrument-geladen="true"]').waitFor(WACHT);
    // The first answer on the start screen asks for the next screens.
    await page.locator('input[type="radio"]').first().check();
    await page.getByText(FOUT).waitFor(WACHT);
    await expectNoAxeViolations(page, 'vervolg niet geladen');
    blokkeren = false;
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await page.getByText(FOUT).waitFor({ state: 'hidden', ...WACHT });
    await close();
  });

  it('regiescan: zegt dat de spreadsheet niet kon worden gemaakt, en maakt hem na nog een klik', async () => {
    const { page, close } = await openPage(REGIESCAN);
    let blokkeren = true;
    await page.route(/\/_astro\/export[^/]*\.js$/, (route) => (blokkeren ? route.abort('failed') : route.fallback()));
    await klaar(page, WACHT.timeout);
    for (let i = 0; i < 12 && (await kop(page).textContent()) !== 'Uitslag van de regiescan'; i++) {
      await page.locator('.regiescan__navigatie .utrecht-button--primary-action').click();
    }
    await expect.poll(() => kop(page).textContent(), WACHT).toBe('Uitslag van de regiescan');
    const csv = page.getByRole('button', { name: 'Download als spreadsheet (CSV)' });
    await csv.click();
    await page.getByText(FOUT).waitFor(WACHT);
    await expectNoAxeViolations(page, 'CSV-deel niet geladen');
    blokkeren = false;
    const [download] = await Promise.all([page.waitForEvent('download', WACHT), csv.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await close();
  });
});
