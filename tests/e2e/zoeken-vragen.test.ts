/**
 * The search page as people use it: whole questions, compounds written apart, misspellings, typed with
 * the keyboard. A few questions from tests/search/queries/vragen.json, through the real page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openPage, tabTo } from '../support/browser.ts';
import { LONG_TEST, SLOW_WAIT, TEST } from '../support/timeouts.ts';

const results = (page: Page) => page.locator('#zoekresultaten > li');
const topLinks = (page: Page, n: number) =>
  page.locator('#zoekresultaten > li h2 a').evaluateAll((as, k) => as.slice(0, k).map((a) => a.getAttribute('href')), n);

async function ask(page: Page, question: string) {
  await page.locator('#zoekterm').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(question);
  await expect.poll(() => page.locator('#zoekstatus').textContent(), { timeout: SLOW_WAIT }).toContain(`‘${question}’`);
}

describe('zoeken met vragen zoals professionals ze typen', () => {
  const QUESTIONS: [string, string[]][] = [
    ['ik maak me zorgen over een kind in mijn klas', ['/gidsen/huiselijk-geweld-en-school/', '/gidsen/meldcode-in-vijf-stappen/', '/gidsen/signalen-in-kaart-brengen/']],
    ['moet ik de ouders inlichten voordat ik meld', ['/gidsen/gesprek-met-betrokkenen/', '/gidsen/meldcode-in-vijf-stappen/', '/gidsen/melden-en-hulp-bieden/']],
    ['wiet kwekerij', ['/gidsen/drugscriminaliteit-aanpakken/', '/praktijkvoorbeelden/drugsbeleid-deventer/']],
    ['kinder mishandeling', ['/begrippen/#kindermishandeling', '/themas/huiselijk-geweld/', '/gidsen/meldcode-in-vijf-stappen/']],
    ['sexueel geweld', ['/gidsen/bijzondere-vormen-van-geweld/', '/begrippen/#centrum-seksueel-geweld']],
  ];

  it('vindt voor elke vraag een passende pagina in de top 3, met toetsenbord getypt', async () => {
    const { page, foreignRequests, close } = await openPage('/zoeken/');
    // The search box is reached with Tab from the top of the page.
    await tabTo(page, '#zoekterm');
    for (const [question, expected] of QUESTIONS) {
      await ask(page, question);
      const top = await topLinks(page, 3);
      expect(top.some((u) => expected.includes(u ?? '')), `${question} → ${top.join(', ')}`).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe(question);
    }
    expect(await page.locator('#zoekstatus').textContent()).toContain('Gelezen als: seksueel');
    await expectNoAxeViolations(page, 'zoekresultaten');
    expect(foreignRequests).toEqual([]);
    await close();
  }, LONG_TEST);

  it('zegt waarop is gezocht als woorden zonder betekenis zijn weggelaten, en meldt geen resultaten in het Nederlands', async () => {
    const { page, close } = await openPage('/zoeken/?q=wat%20mag%20ik%20doen%20bij%20een%20plofkraak');
    await expect.poll(() => page.locator('#zoekstatus').textContent(), { timeout: SLOW_WAIT }).toContain('Gezocht op: plofkraak.');
    await ask(page, 'qqqxyzzy');
    await expect.poll(() => page.locator('#zoekstatus').textContent()).toContain('Geen resultaten');
    expect(await results(page).count()).toBe(0);
    await expectNoAxeViolations(page, 'geen resultaten');
    await close();
  }, TEST);

  it('een zoekopdracht uit de kop van een andere pagina komt op de zoekpagina met resultaten', async () => {
    const { page, close } = await openPage('/gidsen/');
    await page.getByRole('searchbox', { name: 'Zoeken' }).first().fill('kindcheck');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), { timeout: SLOW_WAIT }).toContain('/zoeken/?q=kindcheck');
    await page.locator('#zoekresultaten a[href="/gidsen/kindcheck/"]').first().waitFor({ timeout: SLOW_WAIT });
    await close();
  }, TEST);
});
