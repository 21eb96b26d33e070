/**
 * The printed report for the college or the raad, counted on the PDF Chromium makes (page.pdf, A4):
 * a solo report of at most 4 pages, a team report of 20 respondents of at most 6 pages with the
 * answer table left out (the annex can be left out), and link addresses printed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../../support/browser.ts';
import { scanBestand } from '../../../src/tools/regiescan/domain/bestand.ts';
import { alleStellingen, type Antwoord, type Scan } from '../../../src/tools/regiescan/domain/model.ts';
import { echteCatalogus } from '../../unit/regiescan/helpers.ts';
import { WAIT } from '../../support/timeouts.ts';

const FIXTURES = new URL('../../unit/regiescan/fixtures/', import.meta.url);
const stellingen = alleStellingen(echteCatalogus());
const WACHT = { timeout: WAIT };

/** Pages in a PDF: the page objects ("/Type /Page", not "/Pages"). */
const paginas = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function pdf(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', printBackground: false });
}


describe('rapport voor college of raad', () => {
  it('telt paginas in een pdf goed', () => {
    expect(paginas(Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>'))).toBe(2);
  });

  it(`past voor één scan op hooguit 4 A4, samenvatting eerst en met linkadressen`, async () => {
    const { page, close } = await openPage('/instrumenten/regiescan/');
    await page.locator('h2.regiescan__kop').waitFor({ state: 'visible', ...WACHT });
    await page.locator('#regiescan-open').setInputFiles(new URL('uitslag-handberekend.json', FIXTURES).pathname);
    await page.getByText(/De scan uit ".*" is geopend/).waitFor(WACHT);
    await page.locator('.regiescan__onderdelen summary').click();
    await page.getByRole('button', { name: 'Uitslag', exact: true }).click();
    await page.locator('#scoretabel').waitFor(WACHT);
    const n = paginas(await pdf(page));
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(4);
    // Summary first: the total and the strongest/weakest come before the table.
    const volgorde = await page.evaluate(() => ['.regiescan__totaal', '#sterkste', '#scoretabel'].map((s) => document.querySelector(s)!.getBoundingClientRect().top));
    expect(volgorde).toEqual([...volgorde].sort((a, b) => a - b));
    const na = await page.evaluate(() => getComputedStyle(document.querySelector('.regiescan__tips a')!, '::after').content);
    expect(na).toMatch(/\/gidsen\//);
    await close();
  });

  it(`past voor een team van 20 op hooguit 6 A4 als de antwoordtabel wordt weggelaten`, async () => {
    const { page, close } = await openPage('/instrumenten/regiescan/team/');
    await page.locator('h2.regiescan__kop').waitFor({ state: 'visible', ...WACHT });
    const rollen = ['bestuurder', 'beleidsadviseur-oov', 'manager-zvh', 'ketenpartner', 'anders'] as const;
    const files = Array.from({ length: 20 }, (_, r) => {
      const scan: Scan = { stellingenVersie: 1, context: { gemeenteRol: '', grootte: '', respondentRol: rollen[r % 5]!, code: '', datum: '' }, antwoorden: Object.fromEntries(stellingen.map((s, i) => [s.id, ((i * 3 + r) % 4) as Antwoord])), notities: {}, actieplan: [] };
      return { name: `r${r + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scanBestand(scan, new Date(Date.UTC(2026, 0, 1, 0, r))))) };
    });
    await page.locator('#team-bestanden').setInputFiles(files);
    await expect.poll(() => page.locator('h2.regiescan__kop').textContent(), WACHT).toBe('Teamscan met 20 scans');
    const met = paginas(await pdf(page));
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#bijlage-printen').uncheck();
    const zonder = paginas(await pdf(page));
    expect(zonder).toBeLessThanOrEqual(6);
    expect(met).toBeGreaterThan(zonder);
    await close();
  });
});
