/**
 * The barrièremodel-bouwer in Chromium, driven as a person would: keyboard, buttons, files, links.
 * No sleeps: every step waits for visible state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newIsolatedPage, openPage, siteUrl, tabTo } from '../../support/browser.ts';
import { LONG_TEST, TEST, WAIT } from '../../support/timeouts.ts';

const PAD = '/instrumenten/barrieremodel/';
/** Waits long enough for a busy 2-core machine (Vitest's default for expect.poll is 1 s). */
const WACHT = { timeout: WAIT };
const fixture = (name: string) => new URL(`../../unit/barrieremodel/fixtures/${name}`, import.meta.url).pathname;
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function nieuwModel(page: Page, sjabloon: 'Leeg model' | 'Voorbeeld mobiel banditisme (MOBA)') {
  await page.getByRole('button', { name: `Nieuw model: ${sjabloon}` }).click();
  await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
}

async function tab(page: Page, naam: string) {
  await page.getByRole('navigation', { name: 'Weergaven van het model' }).getByRole('button', { name: naam, exact: true }).click();
}

async function stapNamen(page: Page) {
  return page.locator('.bm-matrix .bm-stapkop__naam').allTextContents();
}

async function importeer(page: Page, pad: string | { name: string; mimeType: string; buffer: Buffer }, id = '#bm-import') {
  await page.setInputFiles(id, pad);
}

describe('barrièremodel-bouwer', () => {
  it('zonder JavaScript: uitleg, de vier onderdelen en het MOBA-voorbeeld als gewone inhoud', async () => {
    const { page, foreignRequests, close } = await openPage(PAD, { javaScript: false });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Barrièremodel-bouwer');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Wat is een barrièremodel?');
    expect(main).toContain('werkt alleen met JavaScript');
    for (const stap of ['Inreis', 'Verblijf', 'Gebruik van infrastructuur', 'Delictpleging', 'Opslag', 'Vervoer', 'Gebruik van de opbrengst']) {
      expect(main).toContain(stap);
    }
    for (const o of ['Gelegenheden', 'Signalen', 'Faciliteerders', 'Barrières']) expect(main).toContain(o);
    expect(main).toContain('Helers die de gestolen spullen opkopen. (bewust)');
    expect(await page.locator('a[href="/gidsen/barrieremodel/"]').count()).toBe(1);
    expect(await page.locator('a[href="/gidsen/waterbedeffect/"]').count()).toBe(1);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('bouwt een klein model alleen met het toetsenbord', { timeout: TEST }, async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor();
    await expectNoAxeViolations(page, 'lijst van modellen (leeg)');

    await tabTo(page, '#bm-nieuw-leeg');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Matrix');
    await expect.poll(() => stapNamen(page)).toEqual(['Voor het delict', 'Tijdens het delict', 'Na het delict']);

    // Fenomeen en partner
    await tabTo(page, '#bm-tab-gegevens');
    await page.keyboard.press('Enter');
    // The tab has the same text as the screen's heading: wait for the focus on the heading itself (it moves after the render).
    await expect.poll(() => focusedId(page)).toBe('bm-kop-gegevens');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('bm-titel');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Fietsendiefstal');
    await page.keyboard.press('Tab'); // commits the title
    await tabTo(page, '#bm-nieuwe-partner');
    await page.keyboard.type('Gemeente');
    await page.keyboard.press('Enter');
    await page.getByLabel('Partner 1').waitFor();
    await expect.poll(() => page.locator('.bm-modelnaam strong').textContent()).toBe('Fietsendiefstal');

    // Een gelegenheid in de matrix
    await tabTo(page, '#bm-tab-matrix');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[aria-label="gelegenheid toevoegen bij stap 1: Voor het delict"]');
    await page.keyboard.press('Space');
    await expect.poll(() => focusedId(page)).toMatch(/^bm-cel-.*-gelegenheden$/);
    await page.keyboard.type('Onverlichte fietsenstalling');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.bm-cel').first().textContent()).toContain('Onverlichte fietsenstalling');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedText(page)).toBe('+ gelegenheid');
    await expectNoAxeViolations(page, 'matrix');

    // Een barrière met eigenaar en scores in de stapeditor
    await tabTo(page, 'button[aria-label="Stap 1 bewerken: Voor het delict"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Stap 1: Voor het delict');
    await tabTo(page, '#bm-toevoegen-barrieres');
    await page.keyboard.type('Verlichting plaatsen');
    await page.keyboard.press('Enter');
    const barriere = page.locator('.bm-onderdeel', { has: page.getByRole('heading', { name: /^Barrières/ }) }).locator('.bm-itemeditor');
    await barriere.first().waitFor();
    await tabTo(page, '.bm-itemeditor input[type=checkbox]');
    await page.keyboard.press('Space');
    await tabTo(page, 'select[id$="-impact"]');
    await page.keyboard.press('End'); // 5
    await tabTo(page, 'select[id$="-haalbaar"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.bm-prio').textContent()).toContain('Prioriteit: 25 (hoog)');
    await expectNoAxeViolations(page, 'stap bewerken');

    await tabTo(page, '#bm-tab-acties');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.bm-actietabel tbody tr').first().textContent()).toContain('Verlichting plaatsen');
    expect(await page.locator('.bm-actietabel tbody tr').first().textContent()).toContain('Gemeente');
    await expectNoAxeViolations(page, 'actielijst');

    await tabTo(page, '#bm-tab-overzicht');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.bm-aandacht').textContent()).toContain('Stappen zonder barrière');
    await expectNoAxeViolations(page, 'overzicht');

    // Autosave: na herladen staat het model in de lijst
    await page.reload();
    await page.getByRole('button', { name: 'Openen: Fietsendiefstal' }).waitFor();
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('verplaatst stappen met knoppen en maakt wijzigingen ongedaan en opnieuw', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await nieuwModel(page, 'Leeg model');
    await page.getByRole('button', { name: 'Stap 1 (Voor het delict) naar rechts' }).click();
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Voor het delict', 'Na het delict']);
    // focus follows the moved step
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stap 2 (Voor het delict) naar rechts');
    await page.keyboard.press('Enter');
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Na het delict', 'Voor het delict']);
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await expect.poll(() => stapNamen(page)).toHaveLength(4);

    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Na het delict', 'Voor het delict']);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => stapNamen(page)).toEqual(['Voor het delict', 'Tijdens het delict', 'Na het delict']);
    expect(await page.getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Voor het delict', 'Na het delict']);
    // keyboard shortcuts outside text fields
    await page.getByRole('button', { name: 'Opnieuw' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => stapNamen(page)).toEqual(['Voor het delict', 'Tijdens het delict', 'Na het delict']);
    await page.keyboard.press('Control+y');
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Voor het delict', 'Na het delict']);
    // Quickly, without waiting for the screen in between: Ctrl+Y redoes the step that Ctrl+Z just undid.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Voor het delict', 'Na het delict']);
    // Ctrl+Y while the screen of Ctrl+Z has rendered but its effects have not run yet (same task, after the
    // render's microtask): the history must stay whole. Forced order, so this cannot pass by luck.
    await page.getByRole('button', { name: 'Opnieuw' }).focus();
    await page.evaluate(async () => {
      const toets = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true }));
      toets('z');
      for (let i = 0; i < 5; i++) await Promise.resolve();
      toets('y');
    });
    await expect.poll(() => stapNamen(page)).toEqual(['Tijdens het delict', 'Voor het delict', 'Na het delict']);
    await expect.poll(() => page.getByRole('button', { name: 'Ongedaan maken' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => stapNamen(page)).toEqual(['Voor het delict', 'Tijdens het delict', 'Na het delict']);
    await expect.poll(() => page.getByRole('button', { name: 'Opnieuw' }).isEnabled()).toBe(true);

    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('elk van 60 wijzigingen is apart ongedaan te maken, in de goede volgorde', { timeout: LONG_TEST }, async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await nieuwModel(page, 'Leeg model');
    const plaatsVan = async (naam: string) => (await stapNamen(page)).indexOf(naam);
    // 30 new steps: 3 + k steps after k additions
    for (let k = 1; k <= 30; k++) {
      await page.getByRole('button', { name: 'Stap toevoegen' }).click();
      await expect.poll(async () => (await stapNamen(page)).length, WACHT).toBe(3 + k);
    }
    // 30 moves of "Voor het delict" to the right: at place k (0-based) after k moves
    for (let k = 1; k <= 30; k++) {
      await page.getByRole('button', { name: `Stap ${k} (Voor het delict) naar rechts` }).click();
      await expect.poll(() => plaatsVan('Voor het delict'), WACHT).toBe(k);
    }
    const ongedaan = page.getByRole('button', { name: 'Ongedaan maken' });
    // Each undo must take back exactly one change: first the moves (place 29 … 0), then the additions (32 … 3 steps).
    for (let j = 1; j <= 60; j++) {
      await ongedaan.click();
      const verwachtePlaats = j <= 30 ? 30 - j : 0;
      const verwachtAantal = j <= 30 ? 33 : 33 - (j - 30);
      await expect.poll(async () => [(await stapNamen(page)).length, await plaatsVan('Voor het delict')], WACHT).toEqual([verwachtAantal, verwachtePlaats]);
    }
    expect(await stapNamen(page)).toEqual(['Voor het delict', 'Tijdens het delict', 'Na het delict']);
    expect(await ongedaan.isDisabled()).toBe(true);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('exporteert JSON en CSV en leest de export weer in', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await nieuwModel(page, 'Voorbeeld mobiel banditisme (MOBA)');
    await tab(page, 'Delen en exporteren');
    await expectNoAxeViolations(page, 'delen en exporteren');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Model exporteren (JSON)' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^barrieremodel-mobiel-banditisme-voorbeeld-\d{4}-\d{2}-\d{2}\.json$/);
    const pad = await json.path();
    const text = readFileSync(pad, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ instrument: 'barrieremodel', versie: 3 });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Actielijst exporteren (CSV)' }).click()]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.split('\r\n')[0]).toMatch(/^\uFEFFRang \([^;]+\);Stemmen;Prioriteit \(impact × haalbaarheid\);/);
    expect(csvText).toContain('Het voor katvangers lastiger maken');

    await page.getByRole('button', { name: 'Alle modellen' }).click();
    await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor();
    await importeer(page, pad, '#bm-import-lijst');
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
    await expect.poll(() => page.locator('#bm-melding').textContent()).toContain('is geïmporteerd');
    expect(await stapNamen(page)).toEqual(['Inreis', 'Verblijf', 'Gebruik van infrastructuur', 'Delictpleging', 'Opslag', 'Vervoer', 'Gebruik van de opbrengst']);
    await page.getByRole('button', { name: 'Alle modellen' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Openen: Mobiel banditisme (voorbeeld)' }).count()).toBe(2);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('deelt een model via een link in het fragment en opent die link', async () => {
    const { page, context, foreignRequests, close } = await openPage(PAD);
    await nieuwModel(page, 'Voorbeeld mobiel banditisme (MOBA)');
    await tab(page, 'Delen en exporteren');
    expect(await page.locator('.utrecht-alert--warning', { hasText: 'iedereen die de link heeft' }).textContent()).toContain('iedereen die de link heeft, kan het model lezen');
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    const veld = page.getByLabel('Deellink (iedereen met deze link kan het model lezen)');
    await veld.waitFor();
    const link = await veld.inputValue();
    expect(link.startsWith(siteUrl(PAD) + '#model=')).toBe(true);

    const ander = await context.newPage(); // same device, other tab
    const requests: string[] = [];
    ander.on('request', (r) => requests.push(r.url()));
    await ander.goto(link);
    await ander.getByRole('heading', { name: 'Gedeeld model openen?' }).waitFor();
    expect(requests.every((u) => !u.includes('model='))).toBe(true);
    await expectNoAxeViolations(ander, 'gedeeld model openen');
    await ander.getByRole('button', { name: 'Openen als nieuw model' }).click();
    await ander.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
    expect(await stapNamen(ander)).toHaveLength(7);
    expect(new URL(ander.url()).hash).toBe('');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('meldt een model dat te groot is voor een link', async () => {
    const { page, close } = await openPage(PAD);
    const groot = groteExport(20, 25);
    await importeer(page, { name: 'groot.json', mimeType: 'application/json', buffer: Buffer.from(groot) }, '#bm-import-lijst');
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
    await tab(page, 'Delen en exporteren');
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'te groot voor een deellink' }).count()).toBe(1);
    await close();
  });

  it('toont de afdrukweergaven (A3-poster en A4-actielijst)', async () => {
    const { page, close } = await openPage(PAD);
    await nieuwModel(page, 'Voorbeeld mobiel banditisme (MOBA)');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    await tab(page, 'Delen en exporteren');
    await page.getByRole('button', { name: 'Matrix afdrukken als poster (A3 liggend)' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const poster = page.locator('.bm-afdruk--poster');
    expect(await poster.isVisible()).toBe(true);
    expect(await page.locator('main').isVisible()).toBe(false);
    expect(await poster.locator('thead th').allTextContents()).toContain('1. Inreis');
    // 7 steps on A3: two parts (4 + 3 steps), each with the four components as rows
    expect(await poster.locator('.bm-poster-deel').count()).toBe(2);
    expect(await poster.locator('.bm-poster-deel').first().locator('tbody th').allTextContents()).toEqual(['Gelegenheden', 'Signalen', 'Faciliteerders', 'Barrières']);
    expect(await poster.evaluate((el) => getComputedStyle(el).getPropertyValue('page'))).toBe('bm-poster');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.bm-afdruk-host').count()).toBe(0);

    await page.getByRole('button', { name: 'Actielijst afdrukken (A4)' }).click();
    await page.emulateMedia({ media: 'print' });
    const lijst = page.locator('.bm-afdruk--lijst');
    expect(await lijst.isVisible()).toBe(true);
    expect(await lijst.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await lijst.evaluate((el) => getComputedStyle(el).getPropertyValue('page'))).toBe('bm-lijst');
    await close();
  });

  it('workshopweergave: één stap groot in beeld, timer voor schermlezers, stemmen tellen mee', async () => {
    const opened = await newIsolatedPage();
    const { page, foreignRequests, close } = opened;
    await page.clock.install();
    await page.goto(siteUrl(PAD));
    await nieuwModel(page, 'Voorbeeld mobiel banditisme (MOBA)');
    await page.getByRole('button', { name: 'Workshopweergave' }).click();
    const dialoog = page.getByRole('dialog');
    await dialoog.waitFor();
    await expect.poll(() => focusedText(page)).toBe('Stap 1: Inreis');
    expect(await page.evaluate(() => document.title)).toMatch(/^Workshop – Mobiel banditisme/);
    expect(parseFloat(await page.locator('.bm-workshop__titel').evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(36);
    await expectNoAxeViolations(page, 'workshop');

    await dialoog.getByRole('button', { name: 'Volgende stap ▶' }).click();
    await expect.poll(() => focusedText(page)).toBe('Stap 2: Verblijf');
    await dialoog.getByRole('button', { name: 'Volgende stap ▶' }).click();
    await expect.poll(() => focusedText(page)).toBe('Stap 3: Gebruik van infrastructuur');
    const stem = dialoog.getByRole('button', { name: /^Stem geven op Het voor katvangers/ });
    await stem.click();
    await stem.click();
    await expect.poll(() => dialoog.locator('.bm-stemteller').first().textContent()).toBe('2');
    await expect.poll(() => dialoog.locator('[role=status]').first().textContent()).toContain('nu 2 stemmen');

    // Timer: 1 minute, announced
    await dialoog.getByLabel('Duur').selectOption('1');
    await dialoog.getByRole('button', { name: 'Starten' }).click();
    await expect.poll(() => page.locator('#bm-timer-melding').textContent()).toContain('Timer gestart');
    await page.clock.runFor(61_000);
    await expect.poll(() => dialoog.locator('.bm-timer__klaar').textContent()).toBe('De tijd is om.');
    expect(await dialoog.getByRole('timer').textContent()).toBe('00:00');

    // Focus stays inside the dialog; Escape closes it
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.bm-workshop'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialoog.count()).toBe(0);
    await expect.poll(() => focusedId(page)).toBe('bm-workshop-knop');

    // The votes count in the action list: the voted barrier ranks first among the unscored
    await tab(page, 'Actielijst');
    await expect.poll(() => page.locator('.bm-actietabel tbody tr').first().textContent()).toContain('Het voor katvangers lastiger maken');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('tekst die u typt blijft staan als het scherm intussen opnieuw tekent (bewaren van een eerder veld)', async () => {
    const { page, close } = await openPage(PAD);
    await nieuwModel(page, 'Leeg model');
    await tab(page, 'Fenomeen en partners');
    await page.getByLabel('Fenomeen (titel van het model)').fill('Hennepteelt in de wijk');
    // Tab legt de titel vast; het bewaren volgt 400 ms later en tekent het scherm opnieuw. Intussen staat er in
    // de omschrijving al tekst die nog niet is vastgelegd (pas bij het verlaten van het veld).
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('Nog niet vastgelegde tekst');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Hennepteelt in de wijk')))).toBe(true);
    await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
    expect(await page.getByLabel('Omschrijving').inputValue()).toBe('Nog niet vastgelegde tekst');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Nog niet vastgelegde tekst')))).toBe(true);
    await close();
  });

  it('stap-, partner- en submodelweergaven hebben geen axe-overtredingen', async () => {
    const { page, close } = await openPage(PAD);
    await nieuwModel(page, 'Voorbeeld mobiel banditisme (MOBA)');
    await tab(page, 'Fenomeen en partners');
    await page.getByLabel('Nieuwe partner').fill('Politie');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByLabel('Partner 1').waitFor();
    await expectNoAxeViolations(page, 'fenomeen en partners');
    await tab(page, 'Matrix');
    await page.getByRole('button', { name: 'Stap 3 bewerken: Gebruik van infrastructuur' }).click();
    await expectNoAxeViolations(page, 'stap met barrière en faciliteerder');
    await page.getByRole('button', { name: 'Nieuw submodel voor deze stap' }).click();
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
    expect(await page.locator('.bm-modelnaam').textContent()).toContain('submodel van “Mobiel banditisme (voorbeeld)”, stap “Gebruik van infrastructuur”');
    await page.getByRole('button', { name: 'Hoofdmodel openen' }).click();
    await tab(page, 'Stap bewerken');
    await page.getByLabel('Andere stap bewerken').selectOption({ label: '3. Gebruik van infrastructuur' });
    await page.getByRole('button', { name: 'Submodel openen: Submodel: Gebruik van infrastructuur' }).waitFor();
    await page.getByRole('button', { name: 'Alle modellen' }).click();
    await page.getByRole('button', { name: 'Dupliceren: Mobiel banditisme (voorbeeld)' }).click();
    await page.getByRole('button', { name: 'Openen: Mobiel banditisme (voorbeeld) (kopie)' }).waitFor();
    await page.getByRole('button', { name: 'Naam wijzigen: Mobiel banditisme (voorbeeld) (kopie)' }).click();
    await page.getByLabel('Nieuwe naam').fill('Kopie voor regio Oost');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await page.getByRole('button', { name: 'Verwijderen: Kopie voor regio Oost' }).click();
    await expectNoAxeViolations(page, 'lijst met bevestiging verwijderen');
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Openen: Kopie voor regio Oost' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'lijst met submodel');
    await close();
  });

  describe('slechte invoer: duidelijke melding, open model blijft ongemoeid', () => {
    const gevallen: [string, string | (() => { name: string; mimeType: string; buffer: Buffer }), RegExp][] = [
      ['kapotte JSON', fixture('kapot.json'), /geen geldig JSON-bestand/],
      ['bestand van een ander instrument', fixture('ander-instrument.json'), /gemaakt met de regiescan/],
      ['nieuwere versie', fixture('nieuwere-versie.json'), /nieuwere versie/],
      ['verkeerd schema', fixture('verkeerd-schema.json'), /klopt niet/],
      ['te groot bestand', () => ({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(2_100_000, 0x20) }), /te groot/],
      ['geen JSON maar tekst', () => ({ name: 'notities.json', mimeType: 'application/json', buffer: Buffer.from('Dit is geen model') }), /geen geldig JSON-bestand/],
    ];
    it.each(gevallen)('%s', async (_naam, bestand, melding) => {
      const { page, foreignRequests, close } = await openPage(PAD);
      await nieuwModel(page, 'Voorbeeld mobiel banditisme (MOBA)');
      const voor = await stapNamen(page);
      await tab(page, 'Delen en exporteren');
      await importeer(page, typeof bestand === 'string' ? bestand : bestand());
      const alert = page.locator('#bm-melding[role=alert]');
      await expect.poll(() => alert.textContent()).toMatch(melding);
      expect(await alert.textContent()).toContain('Er is niets veranderd');
      await expect.poll(() => focusedId(page)).toBe('bm-melding');
      await expectNoAxeViolations(page, 'foutmelding import');
      await tab(page, 'Matrix');
      expect(await stapNamen(page)).toEqual(voor);
      expect(await page.locator('.bm-modelnaam strong').textContent()).toBe('Mobiel banditisme (voorbeeld)');
      expect(foreignRequests).toEqual([]);
      await close();
    });

    it('tekst met markup of script wordt als tekst getoond en nooit uitgevoerd', async () => {
      const { page, close } = await openPage(PAD);
      await importeer(page, fixture('markup.json'), '#bm-import-lijst');
      await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
      expect(await page.locator('.bm-modelnaam strong').textContent()).toBe('<script>window.__gehackt = true</script>Markup-test');
      expect(await page.locator('.bm-cel').first().textContent()).toContain('<script>window.__gehackt = true</script>');
      expect(await page.locator('.bm-app img').count()).toBe(0);
      expect(await page.locator('.bm-app script').count()).toBe(0);
      await tab(page, 'Stap bewerken');
      await tab(page, 'Actielijst');
      await tab(page, 'Fenomeen en partners');
      expect(await page.evaluate(() => (window as unknown as { __gehackt?: boolean }).__gehackt)).toBeUndefined();
      await close();
    });

    const links: [string, (geldig: string) => string, RegExp][] = [
      ['onzin', () => '#model=dit-is-geen-model', /onvolledig of beschadigd/],
      ['afgebroken', (g) => g.slice(0, Math.floor(g.length / 2)), /onvolledig of beschadigd/],
      ['gemanipuleerd', (g) => g.slice(0, -12) + 'AAAAAAAAAAAA', /onvolledig of beschadigd|klopt niet/],
      ['te lang', () => '#model=' + 'A'.repeat(30_000), /te lang/],
      ['vreemde tekens', () => '#model=%3Cscript%3E', /onvolledig of beschadigd/],
    ];
    it.each(links)('deellink: %s', async (_naam, maak, melding) => {
      const { page, foreignRequests, close } = await openPage(PAD);
      await nieuwModel(page, 'Leeg model');
      await tab(page, 'Delen en exporteren');
      await page.getByRole('button', { name: 'Deellink maken' }).click();
      const veld = page.getByLabel('Deellink (iedereen met deze link kan het model lezen)');
      await veld.waitFor(WACHT);
      const geldig = await veld.inputValue();
      const hash = maak(new URL(geldig).hash);
      await page.goto(siteUrl(PAD) + (hash.startsWith('#') ? hash : '#' + hash));
      // Some variants only change the hash (no reload): the page reacts to hashchange.
      const alert = page.locator('#bm-melding[role=alert]');
      await alert.waitFor(WACHT);
      await expect.poll(() => alert.textContent(), WACHT).toMatch(melding);
      expect(await page.getByRole('heading', { name: 'Gedeeld model openen?' }).count()).toBe(0);
      await page.reload();
      // after the reload the island must hydrate again before the list shows
      await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor(WACHT);
      await expect.poll(() => page.getByRole('button', { name: /^Openen: / }).count(), WACHT).toBe(1);
      expect(foreignRequests).toEqual([]);
      await close();
    });
  });
});

/** An export of n steps × 4 components × k items with varied text (so it does not compress much). */
function groteExport(n: number, k: number): string {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const woord = () => Array.from({ length: 3 + Math.floor(rnd() * 7) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]).join('');
  const zin = () => Array.from({ length: 12 }, woord).join(' ');
  const stappen = Array.from({ length: n }, (_, s) => ({
    id: `s${s}`, naam: `Stap ${s + 1}`, omschrijving: zin(), fase: null, eigenaar: null,
    gelegenheden: Array.from({ length: k }, (_, i) => ({ id: `g${s}x${i}`, tekst: zin(), notitie: '' })),
    signalen: Array.from({ length: k }, (_, i) => ({ id: `i${s}x${i}`, tekst: zin(), notitie: '' })),
    faciliteerders: Array.from({ length: k }, (_, i) => ({ id: `f${s}x${i}`, tekst: zin(), notitie: '', bewustheid: 'onbekend' })),
    barrieres: Array.from({ length: k }, (_, i) => ({ id: `b${s}x${i}`, tekst: zin(), notitie: '', eigenaren: [], soort: 'anders', impact: (i % 5) + 1, haalbaarheid: ((i + s) % 5) + 1, status: 'idee', waterbed: '', stemmen: 0 })),
  }));
  return JSON.stringify({ instrument: 'barrieremodel', versie: 2, opgeslagen: '2025-01-01T00:00:00.000Z', data: { id: 'groot', titel: 'Groot model', omschrijving: '', regio: '', datum: '', partners: [], stappen, ouder: null } });
}
export { groteExport };

describe('barrièremodel-bouwer: budget', () => {
  // Issue 14: at most 50 kB gzip on a first visit. The open model (editor, matrix, workshop, sharing) loads when
  // a model opens; stored models and files are checked by validation that loads when there is something to read.
  it('laadt bij een eerste bezoek hooguit 50 kB JavaScript (gzip), en meet echt bestanden', async () => {
    const { meetBarrieremodelJs, BARRIEREMODEL_JS_BUDGET } = await import('../../../src/cli/bench/barrieremodel.ts');
    const { page, foreignRequests, close } = await newIsolatedPage({ fresh: true });
    const m = await meetBarrieremodelJs(page, siteUrl(PAD));
    expect(m.jsBestanden).toBeGreaterThan(0);
    expect(m.jsGzip, 'meer dan een lader: het eiland is echt gemeten').toBeGreaterThan(10_000);
    expect(m.jsGzip).toBeLessThanOrEqual(BARRIEREMODEL_JS_BUDGET);
    console.log(`barrièremodel JS gzip: ${m.jsGzip} B in ${m.jsBestanden} bestanden`);
    expect(foreignRequests).toEqual([]);
    await close();
  });
});
