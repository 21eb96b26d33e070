/**
 * The regiescan in Chromium: a whole scan by keyboard, the result, export → import, comparison,
 * team scan, bad inputs, storage problems, no JavaScript. axe on every screen; no foreign requests.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newIsolatedPage, openPage, siteUrl, tabTo, type OpenedPage } from '../../support/browser.ts';
import { MAX_BESTAND_BYTES, scanBestand } from '../../../src/tools/regiescan/domain/bestand.ts';
import type { Antwoord, Scan } from '../../../src/tools/regiescan/domain/model.ts';
import { catalogus, FIXTURES, fixture, kop, klaar, PAD, stellingen, TEAM } from './regiescan-hulp.ts';
import { BUDGET_GZIP_BYTES, javascriptBench } from '../../../src/cli/bench/regiescan.ts';
import { WAIT } from '../../support/timeouts.ts';

const SLEUTEL = 'veiligwijzer:regiescan';

/** The scan with hand-computed results (see the comment at the result test). */
const handScan = (JSON.parse(readFileSync(new URL('uitslag-handberekend.json', FIXTURES), 'utf8')) as { data: Scan }).data;
const HAND_SCORES = [83, 67, 22, 100, 17, 56, 78, 44, 33];

/** The answer the export tests give to statement number i: 0–3, or "weet ik niet" every fifth. */
const patroon = (i: number): Antwoord => (i % 5 === 4 ? 'weet-niet' : ((i * 3) % 4) as Antwoord);

function volleScan(): Scan {
  return {
    stellingenVersie: 1,
    context: { gemeenteRol: 'deelnemend', grootte: '20000-50000', respondentRol: 'manager-zvh', code: '', datum: '2026-04-01' },
    antwoorden: Object.fromEntries(stellingen.map((s, i) => [s.id, patroon(i)])),
    notities: {},
    actieplan: [],
  };
}

const focusTekst = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function openScan(options: { javaScript?: boolean } = {}): Promise<OpenedPage> {
  const opened = await openPage(PAD, options);
  if (options.javaScript !== false) await klaar(opened.page);
  return opened;
}

/** Puts a scan in the device storage and reloads, as if the user had filled it in before. */
async function metOpgeslagenScan(page: Page, scan: Scan) {
  // First let the page finish its own first save (the date of a new scan), so it cannot overwrite what the test puts there.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) !== null, SLEUTEL)).toBe(true);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [SLEUTEL, JSON.stringify(scanBestand(scan))]);
  await page.reload();
  await klaar(page);
  await page.getByText('Uw eerdere antwoorden op dit apparaat zijn teruggezet').waitFor();
}

async function naarUitslag(page: Page) {
  for (let i = 0; i < 12 && (await kop(page).textContent()) !== 'Uitslag van de regiescan'; i++) {
    await page.locator('.regiescan__navigatie .utrecht-button--primary-action').click();
  }
  await expect.poll(() => kop(page).textContent()).toBe('Uitslag van de regiescan');
}

async function scoreTabel(page: Page): Promise<string[][]> {
  return page.locator('#scoretabel tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
  );
}

describe('regiescan zonder JavaScript', () => {
  it('toont alle onderdelen en stellingen en zegt dat de scan JavaScript nodig heeft', async () => {
    const { page, foreignRequests, close } = await openScan({ javaScript: false });
    await expect.poll(() => page.locator('.regiescan-pagina__stellingen li').count()).toBe(54);
    await expect.poll(() => page.locator('.regiescan-pagina h3').count()).toBe(9);
    expect(await page.getByText('De scan zelf werkt alleen met JavaScript').isVisible()).toBe(true);
    expect(await kop(page).isVisible()).toBe(false);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  // axe needs JavaScript itself, so it checks the same state by blocking the island's scripts instead.
  for (const path of [PAD, TEAM]) {
    it(`heeft geen axe-overtredingen als het eiland niet kan draaien (${path})`, async () => {
      const { page, foreignRequests, close } = await newIsolatedPage();
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(siteUrl(path));
      await page.locator('.regiescan-geen-js').waitFor({ state: 'visible' });
      await expectNoAxeViolations(page, `${path} zonder eiland`);
      expect(foreignRequests).toEqual([]);
      await close();
    });
  }
});

describe('teamscan zonder JavaScript', () => {
  it('legt de teamscan uit en zegt dat die JavaScript nodig heeft', async () => {
    const { page, foreignRequests, close } = await openPage(TEAM, { javaScript: false });
    expect(await page.getByText('De teamscan werkt alleen met JavaScript').isVisible()).toBe(true);
    expect(await page.locator('#team-bestanden').isVisible()).toBe(false);
    expect(foreignRequests).toEqual([]);
    await close();
  });
});

describe('regiescan', () => {
  it('is helemaal met het toetsenbord te doen en geeft de met de hand berekende scores', async () => {
    const { page, foreignRequests, close } = await openScan();
    expect(await page.locator('.regiescan-geen-js').isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'contextscherm');
    await tabTo(page, '#ctx-gemeenteRol-centrumgemeente');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // grootte: second option
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // rol: manager
    await tabTo(page, '.regiescan__navigatie .utrecht-button--primary-action');
    expect(await focusTekst(page)).toBe('Start de scan');
    await page.keyboard.press('Enter');

    let n = 0;
    for (let d = 0; d < 9; d++) {
      await expect.poll(() => focusTekst(page)).toBe(`Onderdeel ${d + 1} van 9: ${catalogus.dimensies[d]!.titel}`);
      await expect.poll(() => page.title()).toMatch(new RegExp(`^Onderdeel ${d + 1} van 9 – Regiescan`));
      for (let s = 0; s < 6; s++, n++) {
        // From the heading to the first statement; after that past the note of the previous statement.
        await page.keyboard.press('Tab');
        if (s > 0) await page.keyboard.press('Tab');
        const a = handScan.antwoorden[stellingen[n]!.id]!;
        const stappen = a === 'weet-niet' ? 4 : a;
        if (stappen === 0) await page.keyboard.press('Space');
        for (let k = 0; k < stappen; k++) await page.keyboard.press('ArrowRight');
      }
      await expect.poll(() => page.locator('#voortgang-tekst').textContent()).toContain('6 van de 6 stellingen');
      await expectNoAxeViolations(page, `onderdeel ${d + 1}`);
      await tabTo(page, '.regiescan__navigatie .utrecht-button--primary-action');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => focusTekst(page)).toBe('Uitslag van de regiescan');

    const rijen = await scoreTabel(page);
    expect(rijen.slice(0, 9).map((r) => r[2])).toEqual(HAND_SCORES.map(String));
    expect(rijen[9]![2]).toBe('56');
    // Back and forth without losing answers.
    await page.getByRole('button', { name: 'Terug naar de stellingen' }).click();
    await expect.poll(() => kop(page).textContent()).toContain('Onderdeel 9 van 9');
    expect(await page.locator('input[type=radio]:checked').count()).toBe(6);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  // Expected values worked out by hand from tests/unit/regiescan/fixtures/uitslag-handberekend.json: sums of 18 per
  // dimension 15, 12, 4, 18, 3, 10, 14, 8, 6 → 83, 67, 22, 100, 17, 56, 78, 44, 33; total 500 / 9 → 56. Every sturend
  // statement 3 and every verbindend statement 0 → regiestijl "Vooral sturend" (sturen 100, verbinden 0).
  it('toont de uitslag: tabel en grafiek met dezelfde cijfers, de juiste sterkste en zwakste, de juiste regiestijl, tips', async () => {
    const { page, foreignRequests, close } = await openScan();
    await page.locator('#regiescan-open').setInputFiles(fixture('uitslag-handberekend.json'));
    await page.getByText(/De scan uit "uitslag-handberekend.json" is geopend/).waitFor();
    await naarUitslag(page);
    const verwacht = [83, 67, 22, 100, 17, 56, 78, 44, 33].map(String);
    const rijen = await scoreTabel(page);
    expect(rijen.slice(0, 9).map((r) => r[2])).toEqual(verwacht);
    expect(rijen[9]![2]).toBe('56');
    const desc = await page.locator('.regiescan__grafiek-en-tabel svg[role=img] desc').textContent();
    catalogus.dimensies.forEach((d, i) => expect(desc).toContain(`${d.titel} ${verwacht[i]}`));
    const kolom = (id: string) => page.locator(`#${id} li`).allTextContents();
    const titel = (id: string) => catalogus.dimensies.find((d) => d.id === id)!.titel;
    expect(await page.locator('#sterkste h3').textContent()).toBe('Sterkste onderdelen');
    expect(await kolom('sterkste')).toEqual([`${titel('selectie')}: 100`, `${titel('visie')}: 83`, `${titel('informatie')}: 78`]);
    expect(await page.locator('#zwakste h3').textContent()).toBe('Zwakste onderdelen');
    expect(await kolom('zwakste')).toEqual([`${titel('netwerk')}: 17`, `${titel('regio')}: 22`, `${titel('resultaten')}: 33`]);
    expect(await page.locator('#kop-stijl').textContent()).toBe('Uw regiestijl: vooral sturend');
    await page.getByText('Sturen: 100 van 100. Verbinden: 0 van 100.').waitFor();
    await expect.poll(() => page.locator('.regiescan__tips').count(), { timeout: WAIT }).toBe(9);
    expect(await page.locator('.regiescan__tips li').count()).toBeGreaterThanOrEqual(18);
    // Tips link to the guidance and examples, and every link leads to a page that exists.
    expect(await page.locator('.regiescan__tips a[href^="/gidsen/"]').count()).toBeGreaterThanOrEqual(9);
    for (const href of await page.locator('.regiescan__tips a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await expectNoAxeViolations(page, 'uitslag');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.regiescan__navigatie').isVisible()).toBe(false);
    expect(await page.locator('#scoretabel').isVisible()).toBe(true);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('exporteert JSON en CSV, en opent de JSON weer na opnieuw beginnen', async () => {
    const { page, foreignRequests, close } = await openScan();
    await metOpgeslagenScan(page, volleScan());
    await naarUitslag(page);
    const voor = await scoreTabel(page);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als spreadsheet (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^regiescan-manager-zvh-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const csvTekst = readFileSync((await csv.path())!, 'utf8');
    expect(csvTekst.startsWith('\uFEFFsoort;dimensie;stelling-id')).toBe(true);
    expect(csvTekst.trimEnd().split('\r\n')).toHaveLength(1 + 54 + 9 + 1);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als bestand (JSON)' }).click()]);
    const jsonPad = (await json.path())!;
    expect(JSON.parse(readFileSync(jsonPad, 'utf8'))).toMatchObject({ instrument: 'regiescan', versie: 3, data: { soort: 'scan', antwoorden: volleScan().antwoorden } });

    // Starting again asks first, and can be undone; then the stored copy holds the empty scan.
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
    await expect.poll(() => kop(page).textContent()).toBe('Over u en uw gemeente');
    await expect.poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SLEUTEL)) ?? '{}').data?.antwoorden).toEqual({});

    await page.locator('#regiescan-open').setInputFiles(jsonPad);
    await page.getByText(/De scan uit ".*" is geopend/).waitFor();
    expect(await page.locator('#ctx-respondentRol-manager-zvh').isChecked()).toBe(true);
    await naarUitslag(page);
    expect(await scoreTabel(page)).toEqual(voor);

    // Opening a file over existing answers asks first.
    await page.locator('#regiescan-open').setInputFiles(fixture('eerdere-scan.json'));
    await page.getByText('Uw werk vervangen?').waitFor();
    await expectNoAxeViolations(page, 'bevestigen vervangen');
    await page.getByRole('button', { name: 'Nee, behoud mijn werk' }).click();
    expect(await scoreTabel(page)).toEqual(voor);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('vergelijkt met een eerdere scan', async () => {
    const { page, foreignRequests, close } = await openScan();
    await metOpgeslagenScan(page, { ...handScan, context: { ...handScan.context } });
    await naarUitslag(page);
    await page.locator('#regiescan-vergelijk').setInputFiles(fixture('eerdere-scan.json'));
    await page.locator('#kop-vergelijking').waitFor();
    expect(await page.locator('#kop-vergelijking').textContent()).toContain('1 maart 2025');
    const rijen = await scoreTabel(page);
    rijen.slice(0, 9).forEach((r, i) => {
      expect(r[5]).toBe('33');
      const verschil = HAND_SCORES[i]! - 33;
      expect(r[6]).toBe(verschil > 0 ? `+${verschil}` : verschil < 0 ? `−${-verschil}` : '0');
    });
    expect(await page.locator('.regiescan__radar-reeks--vergelijk').count()).toBe(1);
    await expectNoAxeViolations(page, 'vergelijking');
    await page.getByRole('button', { name: 'Vergelijking sluiten' }).click();
    await expect.poll(() => page.locator('#kop-vergelijking').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('weigert slechte bestanden met een Nederlandse melding en houdt de antwoorden', async () => {
    const { page, foreignRequests, close } = await openScan();
    await metOpgeslagenScan(page, volleScan());
    const gevallen: [string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
      [fixture('kapot.json'), /geen geldig JSON-bestand/],
      [fixture('ander-instrument.json'), /gemaakt met de barrièremodel-bouwer/],
      [fixture('nieuwere-versie.json'), /nieuwere versie van de regiescan/],
      [fixture('ongeldige-antwoorden.json'), /"visie-1" moet 0 tot 3/],
      [{ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(MAX_BESTAND_BYTES + 1, 32) }, /te groot/],
    ];
    for (const [bestand, melding] of gevallen) {
      await page.locator('#regiescan-open').setInputFiles(bestand);
      await page.locator('.utrecht-alert--error', { hasText: melding }).waitFor();
      await expectNoAxeViolations(page, `foutmelding ${String(melding)}`);
    }
    const opgeslagen = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SLEUTEL))!);
    expect(opgeslagen.data.antwoorden).toEqual(volleScan().antwoorden);
    // An older format version is migrated.
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
    await page.locator('#regiescan-open').setInputFiles(fixture('formaat-versie-1.json'));
    await page.getByText(/De scan uit "formaat-versie-1.json" is geopend/).waitFor();
    expect(await page.locator('#ctx-respondentRol-bestuurder').isChecked()).toBe(true);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('bewaart antwoorden op het apparaat, ook bij beschadigde en volle opslag', async () => {
    const opened = await openScan();
    const { page } = opened;
    await page.locator('#ctx-grootte-tot-20000').check();
    await page.reload();
    await klaar(page);
    await page.getByText('Uw eerdere antwoorden op dit apparaat zijn teruggezet').waitFor();
    expect(await page.locator('#ctx-grootte-tot-20000').isChecked()).toBe(true);

    await page.evaluate((k) => localStorage.setItem(k, '{kapot'), SLEUTEL);
    await page.reload();
    await klaar(page);
    await page.getByText('Opgeslagen gegevens konden niet worden gelezen').waitFor();
    await expectNoAxeViolations(page, 'beschadigde opslag');
    expect(opened.foreignRequests).toEqual([]);
    await opened.close();

    const vol = await openScan();
    await vol.page.addInitScript(() => {
      Storage.prototype.setItem = function (key: string) {
        if (key.startsWith('veiligwijzer:')) throw new DOMException('Quota', 'QuotaExceededError');
      };
    });
    await vol.page.reload();
    await klaar(vol.page);
    await vol.page.locator('#ctx-gemeenteRol-deelnemend').check();
    await vol.page.getByText('De opslag van deze browser is vol').waitFor();
    expect(await vol.page.locator('#ctx-gemeenteRol-deelnemend').isChecked()).toBe(true);
    await vol.page.locator('.regiescan__navigatie .utrecht-button--primary-action').click();
    await vol.page.locator('#st-visie-1-2').check();
    expect(await vol.page.locator('#st-visie-1-2').isChecked()).toBe(true);
    expect(vol.foreignRequests).toEqual([]);
    await vol.close();
  });
});

describe('teamscan', () => {
  async function openTeam() {
    const opened = await openPage(TEAM);
    await klaar(opened.page);
    return opened;
  }

  it('telt vijf bestanden op en zet de grootste onenigheid eerst', async () => {
    const { page, foreignRequests, close } = await openTeam();
    await expectNoAxeViolations(page, 'teamscan leeg');
    await page.locator('#team-bestanden').setInputFiles([1, 2, 3, 4, 5].map((i) => fixture(`team-${i}.json`)));
    await page.getByText('5 scans toegevoegd').waitFor();
    expect(await kop(page).textContent()).toBe('Teamscan met 5 scans');
    const eerste = await page.locator('#gespreksstarters tbody tr').first().locator('th').textContent();
    expect(eerste).toBe(stellingen.find((s) => s.id === 'bestuur-1')!.tekst);
    await expect.poll(() => page.locator('#teamtabel tbody tr').count()).toBe(9);
    expect(await page.locator('.regiescan__bestanden li').count()).toBe(5);
    await expectNoAxeViolations(page, 'teamscan met 5 scans');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als spreadsheet (CSV)' }).click()]);
    const [tabel] = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n\r\n');
    expect(tabel!.split('\r\n')).toHaveLength(1 + 1 + 9 + 54);

    // A duplicate and bad files: two messages, each on its own.
    await page.locator('#team-bestanden').setInputFiles([fixture('team-1.json'), fixture('kapot.json')]);
    await page.locator('.utrecht-alert--error', { hasText: 'dezelfde scan als "team-1.json"' }).waitFor();
    await page.locator('.utrecht-alert--error', { hasText: 'kapot.json' }).waitFor();
    // Four or more: one summary message, by reason.
    await page.locator('#team-bestanden').setInputFiles([fixture('team-1.json'), fixture('kapot.json'), fixture('ander-instrument.json'), fixture('nieuwere-versie.json')]);
    await page.locator('.utrecht-alert--error', { hasText: '4 bestanden zijn niet toegevoegd' }).waitFor();
    expect(await page.locator('.utrecht-alert--error').count()).toBe(1);
    const redenen = await page.locator('#samenvatting-fouten > li').allTextContents();
    expect(redenen).toHaveLength(4);
    for (const reden of [/^1 × Dit is dezelfde scan als "team-1.json"/, /^1 × Dit bestand is geen geldig JSON-bestand/, /^1 × .*barrièremodel/, /^1 × .*nieuwere versie/]) {
      expect(redenen.some((r) => reden.test(r)), String(reden)).toBe(true);
    }
    expect(await kop(page).textContent()).toBe('Teamscan met 5 scans');
    await expectNoAxeViolations(page, 'teamscan met foutmeldingen');

    await page.locator('#team-bestanden').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(MAX_BESTAND_BYTES + 1, 32) });
    await page.locator('.utrecht-alert--error', { hasText: 'te groot' }).waitFor();
    expect(await kop(page).textContent()).toBe('Teamscan met 5 scans');

    await page.locator('#team-bestanden').setInputFiles([fixture('team-andere-stellingenversie.json'), fixture('formaat-versie-1.json')]);
    await page.getByText('De teamscan telt nu 7 scans').waitFor();
    await page.getByText(/team-andere-stellingenversie\.json \(versie 2\): 53 gekoppeld; niet te koppelen: regio-7; 1 stelling zonder antwoord/).waitFor();

    await page.locator('#kop-bestanden + details > summary').click();
    await page.getByRole('button', { name: 'Verwijder team-1.json' }).click();
    await expect.poll(() => kop(page).textContent()).toBe('Teamscan met 6 scans');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('neemt twintig bestanden tegelijk', async () => {
    const { page, foreignRequests, close } = await openTeam();
    const files = Array.from({ length: 20 }, (_, r) => {
      const scan: Scan = {
        stellingenVersie: 1,
        context: { gemeenteRol: '', grootte: '', respondentRol: 'ketenpartner', code: '', datum: '2026-05-01' },
        antwoorden: Object.fromEntries(stellingen.map((s, i) => [s.id, ((i + r) % 4) as Antwoord])),
        notities: {},
        actieplan: [],
      };
      return { name: `r${r + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scanBestand(scan, new Date(Date.UTC(2026, 4, 1, r))))) };
    });
    await page.locator('#team-bestanden').setInputFiles(files);
    await page.getByText('20 scans toegevoegd').waitFor();
    expect(await page.locator('#teamtabel tbody tr td:last-child').allTextContents()).toEqual(Array(9).fill('20'));
    // The same scan downloaded twice (another moment of saving) is added, with a warning.
    const kopie = JSON.parse(files[0]!.buffer.toString('utf8'));
    kopie.opgeslagen = '2026-05-02T08:00:00.000Z';
    await page.locator('#team-bestanden').setInputFiles({ name: 'r1-kopie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(kopie)) });
    await page.locator('.utrecht-alert--warning', { hasText: '"r1-kopie.json" heeft precies dezelfde antwoorden als "r1.json"' }).waitFor();
    expect(await kop(page).textContent()).toBe('Teamscan met 21 scans');
    await expectNoAxeViolations(page, 'teamscan met 21 scans en een waarschuwing');
    expect(foreignRequests).toEqual([]);
    await close();
  });
});

describe('JavaScript-budget', () => {
  // The budget is 40 kB (issue 13). A first visit (empty storage) loads no validation: zod and the schemas come
  // only when something is read (src/instrument/files/lazy-instrument.ts), like the passphrase panel and CSV.
  it('laadt op elke regiescanpagina hooguit 40 kB gzip JavaScript, en meet echt bestanden', async () => {
    const geopend: OpenedPage[] = [];
    const rows = await javascriptBench({
      siteUrl,
      newPage: async () => {
        const o = await newIsolatedPage({ fresh: true });
        geopend.push(o);
        return o.page;
      },
    });
    const gzip = rows.filter((r) => r.name.endsWith('JavaScript (gzip)'));
    expect(gzip).toHaveLength(2);
    for (const r of gzip) expect(r.value, `${r.name} (budget ${BUDGET_GZIP_BYTES} B)`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    // The bench must really have measured the island: at least one script file per page, and more than a loader's worth.
    const bestanden = rows.filter((r) => r.name.endsWith('JavaScript-bestanden'));
    expect(bestanden).toHaveLength(2);
    for (const r of bestanden) expect(r.value, r.name).toBeGreaterThanOrEqual(1);
    for (const r of gzip) expect(r.value, r.name).toBeGreaterThan(5_000);
    for (const o of geopend) {
      expect(o.foreignRequests).toEqual([]);
      await o.close();
    }
  });
});
