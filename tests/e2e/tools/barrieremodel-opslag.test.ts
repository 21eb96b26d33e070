/**
 * The barrièremodel-bouwer never loses work: storage full or blocked, the same model in two tabs,
 * a damaged stored model or list, a newer-version stored copy, importing over the open model, and
 * the shared set of hostile files. Driven in Chromium as a person would; every wait is for a state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newIsolatedPage, openPage, siteUrl } from '../../support/browser.ts';
import { hostileFiles, type ValidEnvelope } from '../../fixtures/hostile/generate.ts';
import { checkHostileFiles } from '../../support/hostile.ts';
import { WAIT } from '../../support/timeouts.ts';

const PAD = '/instrumenten/barrieremodel/';
const WACHT = { timeout: WAIT };
const MODEL = 'veiligwijzer:barrieremodel:model';
const geldigV2 = JSON.parse(readFileSync(new URL('../../unit/barrieremodel/fixtures/geldig.json', import.meta.url), 'utf8')) as ValidEnvelope;
/** The same example as a file of the current version (3): version 2 data needs no change to be valid in 3. */
const geldig: ValidEnvelope = { ...geldigV2, versie: 3 };

async function nieuwModel(page: Page) {
  await page.getByRole('button', { name: 'Nieuw model: Voorbeeld mobiel banditisme (MOBA)' }).click();
  await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);
}

async function tab(page: Page, naam: string) {
  await page.getByRole('navigation', { name: 'Weergaven van het model' }).getByRole('button', { name: naam, exact: true }).click();
}

/** Types a new title in "Fenomeen en partners" (committed when the field loses focus). */
async function zetTitel(page: Page, titel: string) {
  await tab(page, 'Fenomeen en partners');
  const veld = page.locator('#bm-titel');
  await veld.fill(titel);
  await veld.press('Tab');
  await expect.poll(() => page.locator('.bm-modelnaam strong').textContent(), WACHT).toBe(titel);
}

const opgeslagen = (page: Page) =>
  page.evaluate((prefix) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage.getItem(k) ?? ''])), MODEL);
const titelsInOpslag = async (page: Page) =>
  Object.values(await opgeslagen(page)).flatMap((t) => {
    try {
      return [(JSON.parse(t) as { data: { titel: string } }).data.titel];
    } catch {
      return [];
    }
  });

describe('barrièremodel: geen werk verloren', () => {
  it('opslag vol: de fout staat op het scherm en "Alle modellen" sluit het model niet zonder te vragen', async () => {
    const { page, close } = await openPage(PAD);
    await nieuwModel(page);
    await expect.poll(async () => (await titelsInOpslag(page)).length, WACHT).toBe(1);
    await page.evaluate(() => {
      const echt = Storage.prototype.setItem;
      (window as unknown as { herstel: () => void }).herstel = () => (Storage.prototype.setItem = echt);
      Storage.prototype.setItem = function () {
        throw new DOMException('De opslag is vol.', 'QuotaExceededError');
      };
    });
    await zetTitel(page, 'Wijziging die niet past');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Niet bewaard' }).count(), WACHT).toBe(1);
    await page.getByRole('button', { name: 'Alle modellen' }).click();
    const vraag = page.locator('#bm-sluitvraag');
    await vraag.waitFor(WACHT);
    expect(await vraag.textContent()).toContain('niet op dit apparaat bewaard');
    // The model is still open, with the change.
    expect(await page.locator('.bm-modelnaam strong').textContent()).toBe('Wijziging die niet past');
    await expectNoAxeViolations(page, 'opslag vol, vraag voor het sluiten');
    const [download] = await Promise.all([page.waitForEvent('download'), vraag.getByRole('button', { name: 'Model downloaden (JSON)' }).click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).data.titel).toBe('Wijziging die niet past');
    await vraag.getByRole('button', { name: 'Blijf in dit model' }).click();
    await vraag.waitFor({ state: 'detached', ...WACHT });
    // Room again: the next change is stored, and then the list opens.
    await page.evaluate(() => (window as unknown as { herstel: () => void }).herstel());
    await zetTitel(page, 'Wijziging die nu wel past');
    await page.getByRole('button', { name: 'Alle modellen' }).click();
    await page.getByRole('button', { name: 'Openen: Wijziging die nu wel past' }).waitFor(WACHT);
    expect(await titelsInOpslag(page)).toEqual(['Wijziging die nu wel past']);
    await close();
  });

  it('opslag geblokkeerd: het model opent toch, elke fout staat op het scherm en sluiten vraagt eerst', async () => {
    const { page, close } = await newIsolatedPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Geblokkeerd', 'SecurityError'); } });
    });
    await page.goto(siteUrl(PAD));
    await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor(WACHT);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Exporteer uw model als bestand' }).count(), WACHT).toBe(1);
    await nieuwModel(page);
    await expect.poll(() => page.locator('#bm-melding').textContent(), WACHT).toContain('niet op dit apparaat bewaard');
    await zetTitel(page, 'Werk zonder opslag');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Niet bewaard' }).count(), WACHT).toBe(1);
    await page.getByRole('button', { name: 'Alle modellen' }).click();
    await page.locator('#bm-sluitvraag').waitFor(WACHT);
    expect(await page.locator('.bm-modelnaam strong').textContent()).toBe('Werk zonder opslag');
    await expectNoAxeViolations(page, 'opslag geblokkeerd');
    await close();
  });

  it('hetzelfde model in twee tabbladen: geen last-save-wins, de gebruiker kiest', async () => {
    const { page: a, context, close } = await openPage(PAD);
    await nieuwModel(a);
    await zetTitel(a, 'Eerste versie');
    await a.getByRole('button', { name: 'Alle modellen' }).click();
    await a.getByRole('button', { name: 'Openen: Eerste versie' }).click();
    const b = await context.newPage();
    await b.goto(siteUrl(PAD));
    await b.getByRole('button', { name: 'Openen: Eerste versie' }).click();
    await b.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);

    await zetTitel(a, 'Versie uit tabblad A');
    await expect.poll(() => titelsInOpslag(a), WACHT).toEqual(['Versie uit tabblad A']);
    const keuzeB = b.getByRole('alert').filter({ hasText: 'Gewijzigd in een ander tabblad' });
    await keuzeB.waitFor(WACHT);
    // B changes something while the choice is open: nothing is written over A's version.
    await zetTitel(b, 'Versie uit tabblad B');
    await tab(b, 'Matrix');
    expect(await titelsInOpslag(b)).toEqual(['Versie uit tabblad A']);
    await expectNoAxeViolations(b, 'keuze na wijziging in ander tabblad');
    await keuzeB.getByRole('button', { name: 'Bewaar mijn versie (van dit scherm)' }).click();
    await expect.poll(() => titelsInOpslag(b), WACHT).toEqual(['Versie uit tabblad B']);
    // Now A is asked, and can load B's version.
    const keuzeA = a.getByRole('alert').filter({ hasText: 'Gewijzigd in een ander tabblad' });
    await keuzeA.waitFor(WACHT);
    await keuzeA.getByRole('button', { name: 'Laad de andere versie' }).click();
    await expect.poll(() => a.locator('.bm-modelnaam strong').textContent(), WACHT).toBe('Versie uit tabblad B');
    await close();
  });

  it('beschadigde lijst, beschadigd model en nieuwere versie: alles blijft staan en wordt getoond', async () => {
    const { page, close } = await openPage(PAD);
    await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor(WACHT);
    const vooraf = {
      'veiligwijzer:barrieremodel:index': '{"versie":1,"modellen":[kapot',
      [`${MODEL}:goed`]: JSON.stringify({ ...geldig, data: { ...(geldig.data as object), id: 'goed' } }),
      [`${MODEL}:kapot`]: '{"instrument":"barrieremodel","versie":3,"data":{"id":"kapot","stappen":[',
      [`${MODEL}:nieuw`]: JSON.stringify({ ...geldig, versie: 99 }),
    };
    await page.evaluate((v) => Object.entries(v).forEach(([k, t]) => localStorage.setItem(k, t)), vooraf);
    await page.reload();
    await page.getByRole('button', { name: 'Openen: Fietsendiefstal in de wijk (oefenmodel)' }).waitFor(WACHT);
    const onleesbaar = page.locator('.bm-modelregel', { hasText: 'Onleesbaar model' });
    await expect.poll(() => onleesbaar.count(), WACHT).toBe(2);
    expect(await onleesbaar.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('nieuwere versie')]));
    await expectNoAxeViolations(page, 'lijst met onleesbare modellen');
    const [download] = await Promise.all([page.waitForEvent('download'), onleesbaar.first().getByRole('button', { name: 'Download de onleesbare gegevens' }).click()]);
    expect(Object.values(vooraf)).toContain(readFileSync(await download.path(), 'utf8'));
    // A new model gets its own key: nothing that was there is overwritten.
    await nieuwModel(page);
    await expect.poll(async () => Object.keys(await opgeslagen(page)).length, WACHT).toBe(4);
    const na = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), Object.keys(vooraf));
    expect(na).toEqual(Object.values(vooraf));
    await close();
  });

  it('importeren over het open model vraagt eerst en kan ongedaan worden gemaakt; vijandige bestanden veranderen niets', { timeout: 600_000 }, async () => {
    const { page, close } = await openPage(PAD);
    await nieuwModel(page);
    await expect.poll(async () => (await titelsInOpslag(page)).length, WACHT).toBe(1);
    await tab(page, 'Delen en exporteren');
    const cases = hostileFiles(geldig, {
      maxBytes: 2_000_000,
      older: geldigV2,
      isText: (p) => ['titel', 'tekst', 'naam', 'omschrijving', 'notitie', 'waterbed', 'regio'].includes(String(p.at(-1))),
    });
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const uitkomst = await checkHostileFiles({ page, fileInput: page.locator('#bm-import') }, cases);
    expect(uitkomst.find((u) => u.name === 'utf8-bom.json')?.outcome).toBe('asked');
    expect(uitkomst.find((u) => u.name === 'nieuwer.json')?.outcome).toBe('message');
    expect(await page.locator('.bm-modelnaam strong').textContent()).toBe('Mobiel banditisme (voorbeeld)');
    await close();
  });
});
