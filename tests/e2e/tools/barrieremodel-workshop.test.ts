/**
 * The barrièremodel in a live workshop: the group works by keyboard in the workshop view, votes within a
 * dot budget, sub-group models and participant contributions are merged, the action list is edited and
 * printed, and the poster of a large model splits over A3 pages. Expected values are written out here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations, openPage, siteUrl, tabTo } from '../../support/browser.ts';
import { TEST, WAIT } from '../../support/timeouts.ts';

const PAD = '/instrumenten/barrieremodel/';
/** Waits long enough for a busy 2-core machine (Vitest's default for expect.poll is 1 s). */
const WACHT = { timeout: WAIT };
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function nieuwModel(page: Page, id: string) {
  await page.locator(`#bm-nieuw-${id}`).click();
  await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);
}

async function tab(page: Page, naam: string) {
  await page.getByRole('navigation', { name: 'Weergaven van het model' }).getByRole('button', { name: naam, exact: true }).click();
}

const barrieresVanStap = (page: Page, n: number) =>
  page.locator('.bm-matrix tbody tr').nth(3).locator('td').nth(n - 1).locator('li').allTextContents();

/** A model file of n steps, each with an owner, one gelegenheid and two barrières (one with votes). */
function modelBestand(n: number, titel = 'Poster van twintig stappen'): Buffer {
  const stappen = Array.from({ length: n }, (_, s) => ({
    id: `s${s}`, naam: `Processtap ${s + 1}`, omschrijving: '', fase: null, eigenaar: s % 2 ? 'pol' : 'gem',
    gelegenheden: [{ id: `g${s}`, tekst: `Gelegenheid bij processtap ${s + 1} met een paar woorden uitleg`, notitie: '' }],
    signalen: [], faciliteerders: [],
    barrieres: [
      { id: `b${s}`, tekst: `Barrière ${s + 1}: vergunningscontrole bij bedrijventerreinen`, notitie: '', eigenaren: ['gem'], soort: 'bestuurlijk', impact: 3, haalbaarheid: 2, status: 'idee', waterbed: '', stemmen: 2, deadline: '', instrument: 'Bibob-toets' },
      { id: `c${s}`, tekst: `Voorlichting aan ondernemers in wijk ${s + 1}`, notitie: '', eigenaren: ['pol'], soort: 'privaat-preventief', impact: null, haalbaarheid: null, status: 'gepland', waterbed: '', stemmen: 0, deadline: '', instrument: '' },
    ],
  }));
  return Buffer.from(JSON.stringify({
    instrument: 'barrieremodel', versie: 3, opgeslagen: '2026-01-01T00:00:00.000Z',
    data: { id: 'groot20', titel, omschrijving: '', regio: 'Regio Oost', datum: '', partners: [{ id: 'gem', naam: 'Gemeente' }, { id: 'pol', naam: 'Politie' }], stappen, ouder: null },
  }));
}

async function pdfTekst(pdf: Buffer): Promise<{ pages: number; text: string[] }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  return { pages: totalPages, text: text as string[] };
}

describe('barrièremodel in de workshop', () => {
  it('een workshop alleen met het toetsenbord: onderdelen toevoegen en bewerken, stemmen binnen het budget', { timeout: TEST }, async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor(WACHT);
    await tabTo(page, '#bm-nieuw-moba', 120);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page), WACHT).toBe('Matrix');

    // Opens at step 1 (the button sits above the heading: go back with Shift+Tab)
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'bm-workshop-knop')); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page), WACHT).toBe('Stap 1: Inreis');
    const dialoog = page.getByRole('dialog');

    // Budget: 2 participants × 1 dot
    await tabTo(page, '#bm-ws-stemming-deelnemers');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await tabTo(page, '#bm-ws-stemming-stippen');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#bm-ws-stemming-budget').textContent(), WACHT).toBe('0 stippen geplakt van 2; nog 2 stippen over.');

    // The group adds a barrière in the current step
    await tabTo(page, '#bm-ws-nieuw-barrieres');
    await page.keyboard.type('Grenscontrole op busroutes');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialoog.locator('.bm-workshop__onderdeel--barrieres li').allTextContents(), WACHT).toEqual([expect.stringContaining('Grenscontrole op busroutes')]);
    await expectNoAxeViolations(page, 'workshop met nieuw onderdeel');

    // Two dots on it: then the budget is used up and no button gives another vote
    const stem = 'button[aria-label^="Stem geven op Grenscontrole op busroutes"]';
    await tabTo(page, stem);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#bm-ws-stemming-budget').textContent(), WACHT).toBe('1 stip geplakt van 2; nog 1 stip over.');
    await tabTo(page, stem);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#bm-ws-stemming-budget').textContent(), WACHT).toBe('2 stippen geplakt van 2; nog 0 stippen over.');
    await expect.poll(() => dialoog.locator('button[aria-label^="Stem geven op"]:not([disabled])').count(), WACHT).toBe(0);

    // The facilitator moves the group on; an item is changed in step 2
    await tabTo(page, '#bm-ws-volgende');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page), WACHT).toBe('Stap 2: Verblijf');
    await tabTo(page, 'button[aria-label^="Bewerken: Een vakantiepark"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WACHT).toBe('INPUT');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Vakantiepark zonder registratie van gasten');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialoog.locator('.bm-workshop__onderdeel--gelegenheden li').first().textContent(), WACHT).toContain('Vakantiepark zonder registratie van gasten');
    await expectNoAxeViolations(page, 'workshop stap 2');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialoog.count(), WACHT).toBe(0);
    // Votes first (the default for a new model): the new barrière leads the action list
    await tab(page, 'Actielijst');
    await expect.poll(() => page.locator('.bm-actietabel tbody tr').first().textContent(), WACHT).toContain('Grenscontrole op busroutes');
    expect(await page.locator('#bm-regel-uitleg').textContent()).toMatch(/^Gerangschikt op stemmen/);
    await tab(page, 'Matrix');
    await expect.poll(() => page.locator('.bm-matrix tbody tr').first().locator('td').nth(1).textContent(), WACHT).toContain('Vakantiepark zonder registratie van gasten');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('een getal dat nog getypt wordt blijft staan als het model intussen door een ander veld verandert', { timeout: TEST }, async () => {
    const { page, close } = await openPage(PAD);
    await page.getByRole('heading', { name: 'Uw modellen op dit apparaat' }).waitFor(WACHT);
    await tabTo(page, '#bm-nieuw-moba', 120);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page), WACHT).toBe('Matrix');
    await page.getByRole('button', { name: 'Workshopweergave' }).click();
    const budget = page.locator('#bm-ws-stemming-budget');
    const stippen = page.locator('#bm-ws-stemming-stippen');
    const voor = await stippen.inputValue();
    expect(voor).not.toBe('1');
    // Typing "1" in the dots field, not committed yet (no Enter, no Tab)
    await tabTo(page, '#bm-ws-stemming-stippen');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    // Meanwhile the participants field commits (as when its change is handled late on a slow device)
    await page.evaluate(() => {
      const deelnemers = document.querySelector<HTMLInputElement>('#bm-ws-stemming-deelnemers')!;
      deelnemers.value = '2';
      deelnemers.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => budget.textContent(), WACHT).toBe(`0 stippen geplakt van ${2 * Number(voor)}; nog ${2 * Number(voor)} stippen over.`);
    expect(await stippen.inputValue(), 'wat de gebruiker typte staat er nog').toBe('1');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bm-ws-stemming-stippen');
    await page.keyboard.press('Tab');
    await expect.poll(() => budget.textContent(), WACHT).toBe('0 stippen geplakt van 2; nog 2 stippen over.');
    await close();
  });

  it('twee modellen samenvoegen: conflict kiezen, daarna ongedaan maken', { timeout: TEST }, async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await nieuwModel(page, 'moba');
    // The other sub-group: same steps by name, one new signaal, a different status for the katvangers barrière
    await tab(page, 'Delen en exporteren');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Model exporteren (JSON)' }).click()]);
    const export_ = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const data = export_.data;
    data.id = 'subgroep';
    data.stappen = data.stappen.map((s: { naam: string; id: string }, i: number) => ({ ...s, id: `x${i}`, naam: s.naam.toUpperCase() }));
    data.stappen[0].signalen.push({ id: 'nieuw1', tekst: 'Busjes die steeds dezelfde grensovergang nemen', notitie: '' });
    data.stappen[2].barrieres[0].tekst = 'Katvangers lastiger laten inschrijven bij de gemeente';
    await page.setInputFiles('#bm-samenvoegen-bestand', { name: 'subgroep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(export_)) });
    await page.getByRole('heading', { name: /verschillen: kies per verschil/ }).waitFor(WACHT);
    await expectNoAxeViolations(page, 'samenvoegen met verschillen');
    // the step names differ only in capitals: each is a conflict; keep ours. The katvangers text: take theirs.
    await page.getByRole('group', { name: /barrière "Het voor katvangers.*": tekst/ }).getByLabel(/^Het andere model:/).check();
    await page.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await tab(page, 'Matrix');
    await expect.poll(() => page.locator('.bm-matrix tbody tr').nth(1).locator('td').first().textContent(), WACHT).toContain('Busjes die steeds dezelfde grensovergang nemen');
    expect(await page.locator('.bm-stapkop__naam').allTextContents()).toEqual(['Inreis', 'Verblijf', 'Gebruik van infrastructuur', 'Delictpleging', 'Opslag', 'Vervoer', 'Gebruik van de opbrengst']);
    expect(await barrieresVanStap(page, 3)).toEqual([expect.stringContaining('Katvangers lastiger laten inschrijven bij de gemeente')]);
    // One undo takes the whole merge back
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => page.locator('.bm-matrix tbody tr').nth(1).locator('td').first().textContent(), WACHT).not.toContain('Busjes');
    expect(await barrieresVanStap(page, 3)).toEqual([expect.stringContaining('Het voor katvangers lastiger maken')]);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('een bijdragelink uit een tweede browser wordt samengevoegd, één keer', { timeout: TEST }, async () => {
    const begeleider = await openPage(PAD);
    const { page } = begeleider;
    await nieuwModel(page, 'moba');
    await tab(page, 'Delen en exporteren');
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    const deellink = page.getByLabel('Deellink (iedereen met deze link kan het model lezen)');
    await deellink.waitFor(WACHT);
    const link = await deellink.inputValue();

    // A participant on another device (a separate browser context: no shared storage)
    const deelnemer = await openPage(PAD);
    const d = deelnemer.page;
    await d.goto(link);
    await d.getByRole('button', { name: 'Openen om bij te dragen' }).click();
    await d.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);
    await d.getByRole('button', { name: 'Workshopweergave' }).click();
    await d.getByLabel('Nieuw signaal').fill('Groepje dat elke avond bij de pomp wacht');
    await d.getByLabel('Nieuw signaal').press('Enter');
    await d.getByRole('button', { name: 'Volgende stap ▶' }).click();
    await d.getByRole('button', { name: /^Stem geven op Een digitaal nachtregister/ }).click();
    await d.keyboard.press('Escape');
    await tab(d, 'Delen en exporteren');
    await d.getByLabel('Uw naam of rol (mag leeg blijven)').fill('Wijkagent');
    await d.getByRole('button', { name: 'Bijdrage maken' }).click();
    const uit = d.getByLabel('Bijdragelink (stuur deze naar de begeleider)');
    await uit.waitFor(WACHT);
    const bijdragelink = await uit.inputValue();
    expect(bijdragelink).toContain('#bijdrage=');
    await expectNoAxeViolations(d, 'bijdrage terugsturen');

    // The facilitator opens the contribution link
    await page.goto(bijdragelink);
    await page.getByRole('heading', { name: 'Bijdrage samenvoegen?' }).waitFor(WACHT);
    expect(await page.locator('.bm-gedeeld').textContent()).toContain('van Wijkagent');
    await expectNoAxeViolations(page, 'bijdrage ontvangen');
    await page.getByRole('button', { name: 'Bijdrage samenvoegen' }).click();
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);
    await expect.poll(() => page.locator('#bm-melding').textContent(), WACHT).toContain('Bijdrage van Wijkagent samengevoegd: 1 onderdeel en 1 stem toegevoegd.');
    // Waits for the cell (the screen may render after the message); a cell that never shows the item still fails.
    await expect.poll(() => page.locator('.bm-matrix tbody tr').nth(1).locator('td').first().textContent(), WACHT).toContain('Groepje dat elke avond bij de pomp wacht');
    await expect.poll(() => barrieresVanStap(page, 2), WACHT).toEqual([expect.stringContaining('1 stem')]);

    // The same link again: refused, nothing doubled
    await page.goto(bijdragelink);
    await page.getByRole('button', { name: 'Bijdrage samenvoegen' }).click();
    await expect.poll(() => page.locator('#bm-melding[role=alert]').textContent(), WACHT).toContain('al eerder samengevoegd');
    expect(begeleider.foreignRequests).toEqual([]);
    expect(deelnemer.foreignRequests).toEqual([]);
    await deelnemer.close();
    await begeleider.close();
  });

  it('de actielijst bewerken en afdrukken: geen woord midden in gebroken, op één A4', { timeout: TEST }, async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await nieuwModel(page, 'moba');
    await tab(page, 'Fenomeen en partners');
    await page.getByLabel('Nieuwe partner').fill('Gemeente Oost');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await tab(page, 'Actielijst');
    await page.getByRole('button', { name: /^Bewerken: Een digitaal nachtregister/ }).click();
    const rij = page.locator('.bm-actie-open');
    await rij.getByLabel('Gemeente Oost').check();
    await rij.getByLabel('Deadline').fill('2026-03-31');
    await rij.getByLabel('Status').selectOption('in-uitvoering');
    await rij.getByLabel('Notitie').fill('Afstemmen met de hotelbranche');
    await rij.getByLabel('Notitie').press('Tab');
    await expectNoAxeViolations(page, 'actielijst bewerken');
    const eerste = page.locator('.bm-actietabel tbody tr', { hasText: 'digitaal nachtregister' }).first();
    await expect.poll(() => eerste.textContent(), WACHT).toContain('2026-03-31');
    expect(await eerste.textContent()).toContain('Gemeente Oost');
    expect(await eerste.textContent()).toContain('In uitvoering');
    expect(await eerste.textContent()).toContain('Afstemmen met de hotelbranche');

    await page.evaluate(() => { window.print = () => undefined; });
    await tab(page, 'Delen en exporteren');
    await page.getByRole('button', { name: 'Actielijst afdrukken (A4)' }).click();
    await page.locator('.bm-afdruk--lijst').waitFor({ state: 'attached', ...WACHT });
    const { pages, text } = await pdfTekst(await page.pdf({ preferCSSPageSize: true }));
    const alles = text.join('\n').replace(/\s+/g, ' ');
    // Every word stays whole: a word broken at a line end shows as two pieces ("uitvoeri ng"). The narrow
    // columns (owners, deadline, status, score) and the headings are where fixed widths broke words.
    for (const woord of ['nachtregister', 'politiesystemen', 'katvangers', 'cosmetica', 'hotelbranche', 'Gerangschikt',
      'Gemeente Oost', '2026-03-31', 'In uitvoering', 'Nog niet beoordeeld', 'Eigenaren', 'Deadline', 'Stemmen', 'haalbaarheid']) {
      expect(alles, woord).toContain(woord);
    }
    // Three barrières with their notes fit on one A4 page
    expect(pages).toBe(1);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('de poster van 20 stappen: 4 A3-pagina’s van 5 stappen, titel op de eerste, met eigenaren en stemmen', { timeout: TEST }, async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await page.setInputFiles('#bm-import-lijst', { name: 'twintig.json', mimeType: 'application/json', buffer: modelBestand(20) });
    await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor(WACHT);
    await page.evaluate(() => { window.print = () => undefined; });
    await tab(page, 'Delen en exporteren');
    await page.getByRole('button', { name: 'Matrix afdrukken als poster (A3 liggend)' }).click();
    await page.locator('.bm-afdruk--poster').waitFor({ state: 'attached', ...WACHT });
    const { pages, text } = await pdfTekst(await page.pdf({ preferCSSPageSize: true }));
    expect(pages).toBe(4);
    const pagina = text.map((t) => t.replace(/\s+/g, ' '));
    expect(pagina[0]).toContain('Poster van twintig stappen');
    expect(pagina[0]).toContain('Stappen 1 tot en met 5 van 20');
    expect(pagina[3]).toContain('Stappen 16 tot en met 20 van 20');
    expect(pagina[3]).toContain('20. Processtap 20');
    expect(pagina[1]).toContain('Eigenaar: Politie');
    expect(pagina[1]).toContain('2 stemmen');
    expect(pagina[1]).toContain('Bibob-toets');
    for (const p of pagina) expect(p).toContain('vergunningscontrole'); // whole word on every page
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('axe: samenvoegen, bijdrage en stembudget zonder overtredingen in de gewone weergave', async () => {
    const { page, close } = await openPage(PAD);
    await nieuwModel(page, 'overvallen');
    await tab(page, 'Actielijst');
    await page.locator('#bm-stemming-deelnemers').fill('3');
    await page.locator('#bm-stemming-deelnemers').press('Tab');
    await expect.poll(() => page.locator('#bm-stemming-budget').textContent(), WACHT).toBe('0 stippen geplakt van 9; nog 9 stippen over.');
    await page.locator('#bm-regel').selectOption('score');
    await expect.poll(() => page.locator('#bm-regel-uitleg').textContent(), WACHT).toMatch(/^Gerangschikt op impact × haalbaarheid/);
    await expectNoAxeViolations(page, 'actielijst met stembudget');
    await tab(page, 'Stap bewerken');
    await expectNoAxeViolations(page, 'stap bewerken met instrument en deadline');
    expect(await page.locator('datalist#bm-instrumenten-bestuurlijk option').count()).toBeGreaterThanOrEqual(5);
    await close();
  });
});

export { siteUrl };
