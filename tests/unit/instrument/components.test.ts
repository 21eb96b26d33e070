/**
 * The Preact parts of the layer (hook, state components, form components) in Chromium, on a small
 * demo tool (browser/harness.tsx), driven like a user would. Also runs the shared hostile-file check
 * (tests/support/hostile.ts) against it, so that check is itself tested.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkHostileFiles, workOnScreen } from '../../support/hostile.ts';
import { hostileFiles } from '../../fixtures/hostile/generate.ts';
import { closeBrowser, hasChromium, newContext, openHarness } from './browser/page.ts';
import { demo, isDemoText, olderEnvelope, validEnvelope } from './demo.ts';

afterAll(closeBrowser);
const T = { timeout: 15_000 };
const KEY = 'veiligwijzer:demo';
const stored = (page: import('playwright-core').Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

describe.skipIf(!hasChromium)('componenten en hook in Chromium', { timeout: 120_000 }, () => {
  it('bewaart wat de gebruiker typt en toont dat', async () => {
    const context = await newContext();
    const page = await openHarness(context);
    await page.getByLabel('Titel').fill('Mijn model');
    await expect.poll(() => stored(page), T).toContain('Mijn model');
    await expect.poll(() => page.locator('.instrument-storage-status').innerText(), T).toMatch(/^Bewaard op dit apparaat om \d\d:\d\d\.$/);
    await context.close();
  });

  it('wie de pagina verlaat binnen de wachttijd van het bewaren, verliest de laatste wijziging niet', async () => {
    const context = await newContext();
    // A delay of a minute: only leaving the page can have saved the change before the reload.
    const page = await openHarness(context, '?delay=60000');
    await page.getByLabel('Titel').fill('Vlak voor het herladen');
    expect(await stored(page)).toBeNull();
    await page.reload();
    await page.locator('[data-instrument-geladen="true"]').waitFor(T);
    expect(await page.getByLabel('Titel').inputValue()).toBe('Vlak voor het herladen');
    expect(await stored(page)).toContain('Vlak voor het herladen');
    await context.close();
  });

  it('Enter in een eenregelig veld verstuurt niets; de foutsamenvatting linkt naar het veld', async () => {
    const context = await newContext();
    const page = await openHarness(context);
    await page.getByLabel('Titel').fill('x');
    await page.getByLabel('Titel').press('Enter');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await expect.poll(() => page.locator('#verzonden').innerText(), T).toBe('Verzonden: 1');
    await page.getByRole('button', { name: 'Controleer' }).click();
    await page.getByRole('link', { name: 'Schrijf een notitie.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notitie');
    await context.close();
  });

  it('een ander tabblad: de gebruiker kiest, er wordt niets overschreven, en ongedaan maken kan', async () => {
    const context = await newContext();
    const a = await openHarness(context);
    await a.getByLabel('Titel').fill('Versie A');
    await expect.poll(() => stored(a), T).toContain('Versie A');
    const b = await openHarness(context);
    expect(await b.getByLabel('Titel').inputValue()).toBe('Versie A');
    await b.getByLabel('Titel').fill('Versie B');
    await expect.poll(() => stored(b), T).toContain('Versie B');
    await a.getByText('Gewijzigd in een ander tabblad').waitFor(T);
    // Typing on in tab A does not overwrite B's version.
    await a.getByLabel('Notitie').fill('nog iets in A');
    await a.getByRole('button', { name: 'Laad de andere versie' }).waitFor(T);
    expect(await stored(a)).toContain('Versie B');
    expect(await stored(a)).not.toContain('nog iets in A');
    await a.getByRole('button', { name: 'Laad de andere versie' }).click();
    await expect.poll(() => a.getByLabel('Titel').inputValue(), T).toBe('Versie B');
    await a.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => a.getByLabel('Notitie').inputValue(), T).toBe('nog iets in A');
    await expect.poll(() => stored(a), T).toContain('nog iets in A');
    await context.close();
  });

  it('beschadigde opgeslagen gegevens worden apart gezet, kunnen worden gedownload en blijven staan', async () => {
    const context = await newContext(`if (!sessionStorage.getItem('gezet')) { localStorage.setItem('${KEY}', '{"kapot'); sessionStorage.setItem('gezet', '1'); }`);
    const page = await openHarness(context);
    await page.getByText('Opgeslagen gegevens konden niet worden gelezen').waitFor(T);
    await page.getByLabel('Titel').fill('Nieuw werk');
    await expect.poll(() => stored(page), T).toContain('Nieuw werk');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':onleesbaar:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual(['{"kapot']);
    const download = page.waitForEvent('download', T);
    await page.getByRole('button', { name: 'Download de onleesbare gegevens' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^demo-onleesbaar-\d{4}-\d\d-\d\d-\d{4}-1\.txt$/);
    await context.close();
  });

  it('opslag vol: een duidelijke melding en het werk blijft op het scherm', async () => {
    const context = await newContext(
      `Storage.prototype.setItem = function () { const e = new Error('quota'); Object.defineProperty(e, 'name', { value: 'QuotaExceededError' }); throw e; };`,
    );
    const page = await openHarness(context);
    await page.getByLabel('Titel').fill('Belangrijk werk');
    await page.getByText('De opslag van deze browser is vol.').waitFor(T);
    expect(await page.getByLabel('Titel').inputValue()).toBe('Belangrijk werk');
    await context.close();
  });

  it('wachtwoordzin: aanzetten, niets in platte tekst, verkeerde zin geeft een melding, goede zin opent het werk', async () => {
    const context = await newContext();
    const page = await openHarness(context);
    await page.getByLabel('Titel').fill('Geheime casus');
    await expect.poll(() => stored(page), T).toContain('Geheime casus');
    await page.getByLabel('Nieuwe wachtwoordzin').fill('paard batterij nietje');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('paard batterij nietje');
    await page.getByRole('button', { name: 'Beveilig met wachtwoordzin' }).click();
    await page.getByRole('button', { name: 'Zet de beveiliging uit' }).waitFor({ timeout: 30_000 });
    const all = await page.evaluate(() => Object.values(localStorage).join('\n'));
    expect(all).not.toContain('Geheime casus');
    expect(all).toContain('"beveiligd"');
    await page.reload();
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill('verkeerd');
    await page.getByRole('button', { name: 'Ontgrendel' }).click();
    await page.getByText('Deze wachtwoordzin klopt niet').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Titel').inputValue()).toBe('');
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill('paard batterij nietje');
    await page.getByRole('button', { name: 'Ontgrendel' }).click();
    await expect.poll(() => page.getByLabel('Titel').inputValue(), { timeout: 30_000 }).toBe('Geheime casus');
    await context.close();
  });

  it('vijandige bestanden: melding of eerst een vraag, niets vervangen, geen script, layout heel', async () => {
    const context = await newContext();
    const page = await openHarness(context);
    await page.getByLabel('Titel').fill('Werk dat moet blijven');
    await expect.poll(() => stored(page), T).toContain('Werk dat moet blijven');
    const before = await workOnScreen(page);
    const cases = hostileFiles(validEnvelope, { maxBytes: demo.definition.maxBytes, older: olderEnvelope, otherTool: 'meldcode', isText: isDemoText });
    const outcomes = await checkHostileFiles({ page, fileInput: page.locator('#bestand') }, cases);
    expect(outcomes.length).toBe(cases.length);
    expect(outcomes.filter((o) => o.outcome === 'asked').map((o) => o.name).sort()).toEqual(
      ['extra-velden.json', 'lang-woord.json', 'markup.json', 'bidi.json', 'ouder.json', 'utf16-be.json', 'utf16-le.json', 'utf8-bom.json'].sort(),
    );
    expect(await workOnScreen(page)).toBe(before);
    await context.close();
  });
});
