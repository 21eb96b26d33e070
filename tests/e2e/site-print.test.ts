/**
 * Print and hand-outs (issue 16): a gids prints without navigation, with link addresses, its date and the years of
 * its sources; a trainer prints a thema's gidsen and praktijkvoorbeelden as one document with a contents page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage } from '../support/browser.ts';
import { LONG_TEST, TEST } from '../support/timeouts.ts';

/** Pages in a PDF made by Chromium (each page object is "/Type /Page"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Ids of the content files that list a thema, read from the frontmatter (independent of the site's code). */
function idsWithThema(folder: string, thema: string): string[] {
  return readdirSync(`content/${folder}`)
    .filter((f) => f.endsWith('.md') || f.endsWith('.mdx'))
    .filter((f) => {
      const front = readFileSync(`content/${folder}/${f}`, 'utf8').split('\n---')[0]!;
      const line = front.split('\n').find((l) => l.startsWith('themas:')) ?? '';
      return new RegExp(`[\\[ ,]${thema}[\\], ]`).test(`${line} `);
    })
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
}

describe('afdrukken', { timeout: TEST }, () => {
  it('een gids print zonder navigatie, met linkadressen, datum en bronjaren', async () => {
    const { page, close } = await openPage('/gidsen/meldcode-in-vijf-stappen/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', 'aside', '.utrecht-skip-link']) {
      expect(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display), selector).toBe('none');
    }
    const link = page.locator('.prose a[href^="/"], .box a[href^="/"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/Laatst bijgewerkt: \d{1,2} [a-z]+ 20\d\d/);
    expect(text).toMatch(/\(.+, (19|20)\d\d\): /); // a source with its year
    expect(text).toContain('Van Veiligwijzer: https://');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
    await close();
  });

  it('een thema-hand-out: inhoudsopgave, alle gidsen en voorbeelden van het thema op volgorde, elk deel op een nieuwe pagina', async () => {
    const thema = 'huiselijk-geweld';
    const { page: themaPage, close: closeThema } = await openPage(`/themas/${thema}/`);
    const link = themaPage.getByRole('link', { name: /als één hand-out/ });
    expect(await link.getAttribute('href')).toBe(`/themas/${thema}/handout/`);
    const volgorde = await themaPage.locator('#gidsen ~ .card-grid a, #praktijkvoorbeelden ~ .card-grid a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await closeThema();

    const { page, close } = await openPage(`/themas/${thema}/handout/`);
    const toc = await page.locator('.handout__inhoud a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const parts = await page.locator('.handout__deel').evaluateAll((els) => els.map((el) => el.querySelector('h2')!.id));
    expect(toc).toEqual(parts.map((id) => `#${id.replace(/-titel$/, '')}`));
    const gidsen = idsWithThema('gidsen', thema);
    const voorbeelden = idsWithThema('praktijkvoorbeelden', thema);
    expect(gidsen.length).toBeGreaterThan(3);
    expect(toc.filter((h) => h.startsWith('#gids-')).map((h) => h.slice(6)).sort()).toEqual(gidsen);
    expect(toc.filter((h) => h.startsWith('#voorbeeld-')).map((h) => h.slice(11)).sort()).toEqual(voorbeelden);
    // Same order as the thema page.
    expect(toc.map((h) => (h.startsWith('#gids-') ? `/gidsen/${h.slice(6)}/` : `/praktijkvoorbeelden/${h.slice(11)}/`))).toEqual(volgorde);
    // The contents links work, and no id occurs twice although every gids has "In het kort" and "Bronnen".
    const dubbel = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(dubbel).toEqual([]);
    for (const h of toc) expect(await page.locator(h).count(), `anker ${h}`).toBe(1);
    await expectNoAxeViolations(page, 'hand-out');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout__deel').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(toc.length + 2);
    await close();
  }, LONG_TEST); // a long document: axe and the PDF take a while on a busy machine
});
