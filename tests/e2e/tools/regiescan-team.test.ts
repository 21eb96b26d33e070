/**
 * The regiescan as a yearly team tool, in Chromium: a team result saved, reloaded and compared with last
 * year's; the role breakdown hidden below five; 200 files with bad ones among them (one summary message);
 * back where you were after a reload; notes and the action plan in the exports. axe in every state.
 * Expected values by hand (see the comments), not from the app's own functions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, tabTo } from '../../support/browser.ts';
import { scanBestand } from '../../../src/tools/regiescan/domain/bestand.ts';
import type { Antwoord, Scan } from '../../../src/tools/regiescan/domain/model.ts';
import { catalogus, fixture, kop, klaar, PAD, stellingen, TEAM } from './regiescan-hulp.ts';
import { SLOW_WAIT, WAIT } from '../../support/timeouts.ts';

const WACHT = { timeout: WAIT };

const csvSecties = (tekst: string) => tekst.replace(/^\uFEFF/, '').trimEnd().split('\r\n\r\n').map((s) => s.split('\r\n'));

async function openTeam() {
  const opened = await openPage(TEAM);
  await klaar(opened.page, WACHT.timeout);
  return opened;
}

describe('teamscan als teamresultaat', () => {
  it('bewaart een team van vijf, zet het terug na herladen en vergelijkt het met het teamresultaat van vorig jaar', async () => {
    const { page, foreignRequests, close } = await openTeam();
    await page.locator('#team-bestanden').setInputFiles([1, 2, 3, 4, 5].map((i) => fixture(`team-${i}.json`)));
    await page.getByText('5 scans toegevoegd').waitFor(WACHT);
    // Five respondents with five different roles: every role is a group of one, so all are hidden.
    const rollen = await page.locator('#roltabel tbody tr').allTextContents();
    expect(rollen).toHaveLength(5);
    for (const r of rollen) expect(r).toContain('Verborgen: minder dan 5 scans');
    await page.getByText('Een rol ziet u alleen als minstens 5 mensen met die rol de scan invulden').waitFor(WACHT);
    await expectNoAxeViolations(page, 'teamresultaat van vijf');

    // A tip into the action plan, with an owner.
    await page.locator('.regiescan__tips').first().getByRole('button', { name: /^Zet in actieplan/ }).first().click();
    await page.locator('#actie-a1-eigenaar').fill('beleidsadviseur OOV');
    await page.locator('#actie-a1-eigenaar').press('Tab');

    await page.reload();
    await page.getByText('Het teamresultaat op dit apparaat is teruggezet (5 scans).').waitFor(WACHT);
    expect(await kop(page).textContent()).toBe('Teamscan met 5 scans');
    expect(await page.locator('#actie-a1-eigenaar').inputValue()).toBe('beleidsadviseur OOV');

    // Columns: Nr., (Onderdeel is a th), Gemiddeld, Spreiding, Laagste – hoogste, Eerder → the fifth td.
    // Last year: five respondents who answered "beperkt" (1) everywhere → every dimension 33.
    await page.locator('#team-vergelijk').setInputFiles(fixture('eerder-teamresultaat.json'));
    await page.getByText(/Het eerdere teamresultaat uit "eerder-teamresultaat.json" \(5 scans\) is geladen/).waitFor(WACHT);
    const eerder = await page.locator('#teamtabel tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[4]?.textContent?.trim()));
    expect(eerder).toEqual(Array(9).fill('33'));
    // What came of last year's plan: two actions, with their status.
    const terug = await page.locator('#terugblik tbody tr').allTextContents();
    expect(terug).toHaveLength(2);
    expect(terug[0]).toContain('Wethouders zorg en jeugd uitnodigen voor de stuurgroep');
    expect(terug[0]).toContain('Klaar');
    expect(terug[1]).toContain('Bezig');
    await expectNoAxeViolations(page, 'teamresultaat met vergelijking');

    // The comparison stays loaded after a reload, and is in the CSV.
    await page.reload();
    await page.locator('#terugblik').waitFor(WACHT);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als spreadsheet (CSV)' }).click()]);
    const [tabel, rolSectie, plan, terugblik] = csvSecties(readFileSync((await csv.path())!, 'utf8'));
    expect(tabel![0]).toContain('gemiddelde (0-100);spreiding (sd, punten op 0-100)');
    expect(tabel![0]).toMatch(/gemiddelde eerder \(0-100\);verschil \(punten\)$/);
    expect(rolSectie![1]).toContain('verborgen: minder dan 5 respondenten');
    expect(plan![1]).toMatch(/^actie;.*;beleidsadviseur OOV;;Gepland$/);
    expect(terugblik![1]).toMatch(/^eerdere actie;Bestuurlijke inbedding en governance;Wethouders zorg en jeugd uitnodigen voor de stuurgroep;beleidsadviseur OOV;Klaar;33;/);

    // Saved as a file and opened again in an empty team scan.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaar het teamresultaat als bestand (JSON)' }).click()]);
    const pad = (await json.path())!;
    const inhoud = JSON.parse(readFileSync(pad, 'utf8'));
    expect(inhoud).toMatchObject({ instrument: 'regiescan', versie: 3, data: { soort: 'team', actieplan: [{ eigenaar: 'beleidsadviseur OOV' }] } });
    expect(inhoud.data.respondenten).toHaveLength(5);
    expect(JSON.stringify(inhoud)).not.toContain('team-1.json');
    // Removing all scans asks first (and could be undone).
    await page.getByRole('button', { name: 'Alle scans weghalen' }).click();
    await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
    await expect.poll(() => kop(page).textContent(), WACHT).toBe('Scans laden');
    await page.locator('#team-openen').setInputFiles(pad);
    await page.getByText(/is geopend \(5 scans\)/).waitFor(WACHT);
    expect(await kop(page).textContent()).toBe('Teamscan met 5 scans');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('toont een rol pas vanaf vijf respondenten, met de gemiddelden per rol', async () => {
    const { page, foreignRequests, close } = await openTeam();
    // Five bestuurders answer 3 everywhere (100), six ketenpartners 0 (0): both groups shown, none hidden.
    const maak = (rol: 'bestuurder' | 'ketenpartner', w: Antwoord, i: number) => {
      const scan: Scan = { stellingenVersie: 1, context: { gemeenteRol: '', grootte: '', respondentRol: rol, code: '', datum: '' }, antwoorden: Object.fromEntries(stellingen.map((s) => [s.id, w])), notities: {}, actieplan: [] };
      return { name: `${rol}-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scanBestand(scan, new Date(Date.UTC(2026, 0, 1, i))))) };
    };
    await page.locator('#team-bestanden').setInputFiles([...[0, 1, 2, 3, 4].map((i) => maak('bestuurder', 3, i)), ...[5, 6, 7, 8, 9, 10].map((i) => maak('ketenpartner', 0, i))]);
    await page.getByText('11 scans toegevoegd').waitFor(WACHT);
    const rijen = await page.locator('#roltabel tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent?.trim())));
    expect(rijen).toEqual([
      ['Bestuurder', '5', '100'],
      ['Ketenpartner', '6', '0'],
    ]);
    // Total: (5 × 100 + 6 × 0) / 11 = 45,5 → 45.
    expect(await page.locator('#team-totaal').textContent()).toContain('45 van 100');
    await expectNoAxeViolations(page, 'uitsplitsing per rol');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('voegt 200 bestanden met slechte ertussen samen en geeft één samenvattende melding', async () => {
    const { page, foreignRequests, close } = await openTeam();
    const goed = Array.from({ length: 195 }, (_, r) => {
      const scan: Scan = { stellingenVersie: 1, context: { gemeenteRol: '', grootte: '', respondentRol: 'ketenpartner', code: '', datum: '' }, antwoorden: Object.fromEntries(stellingen.map((s, i) => [s.id, ((i + r) % 4) as Antwoord])), notities: {}, actieplan: [] };
      return { name: `r${r + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scanBestand(scan, new Date(Date.UTC(2026, 4, 1, 0, r))))) };
    });
    const leeg = scanBestand({ stellingenVersie: 1, context: { gemeenteRol: '', grootte: '', respondentRol: '', code: '', datum: '' }, antwoorden: {}, notities: {}, actieplan: [] });
    const slecht = [
      { name: 'kapot-1.json', mimeType: 'application/json', buffer: Buffer.from('{"instrument": "regiescan", ') },
      { name: 'kapot-2.json', mimeType: 'application/json', buffer: Buffer.from('geen json') },
      { name: 'leeg-1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(leeg)) },
      { name: 'leeg-2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...leeg, opgeslagen: '2026-01-02T00:00:00.000Z' })) },
      { name: 'ander.json', mimeType: 'application/json', buffer: readFileSync(fixture('ander-instrument.json')) },
    ];
    await page.locator('#team-bestanden').setInputFiles([...goed.slice(0, 100), ...slecht, ...goed.slice(100)]);
    await page.getByText('195 scans toegevoegd').waitFor({ timeout: SLOW_WAIT });
    expect(await kop(page).textContent()).toBe('Teamscan met 195 scans');
    expect(await page.locator('.utrecht-alert--error').count()).toBe(1);
    await page.locator('.utrecht-alert--error', { hasText: '5 bestanden zijn niet toegevoegd' }).waitFor(WACHT);
    const redenen = await page.locator('#samenvatting-fouten > li').evaluateAll((li) => li.map((l) => l.firstChild?.textContent?.trim()));
    expect(redenen).toEqual([
      '2 × Dit bestand is geen geldig JSON-bestand, of het is beschadigd of afgebroken. Er is niets veranderd.',
      '2 × Deze scan bevat geen enkel antwoord. Een lege scan telt niet mee als respondent.',
      expect.stringMatching(/^1 × Dit bestand is gemaakt met de barrièremodel-bouwer/),
    ]);
    // The page stays short: one message, not one per file.
    expect(await page.evaluate(() => document.querySelectorAll('.utrecht-alert--error').length)).toBe(1);
    await expectNoAxeViolations(page, '200 bestanden met slechte ertussen');
    expect(foreignRequests).toEqual([]);
    await close();
  });
});

describe('regiescan: hervatten, springen, notities en actieplan', () => {
  it('komt na herladen terug waar de gebruiker was, en springt naar elk onderdeel', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await klaar(page, WACHT.timeout);
    await page.locator('#ctx-gemeenteRol-deelnemend').check();
    // Jump straight to dimension 4 with the keyboard.
    await tabTo(page, '.regiescan__onderdelen summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '.regiescan__onderdelen li:nth-child(4) button');
    await page.keyboard.press('Enter');
    const vier = `Onderdeel 4 van 9: ${catalogus.dimensies[3]!.titel}`;
    await expect.poll(() => kop(page).textContent(), WACHT).toBe(vier);
    await page.locator(`#st-${catalogus.dimensies[3]!.stellingen[0]!.id}-2`).check();
    await expectNoAxeViolations(page, 'onderdeel 4 na springen');
    await page.reload();
    await expect.poll(() => kop(page).textContent(), WACHT).toBe(vier);
    await page.getByText('U staat weer bij onderdeel 4.').waitFor(WACHT);
    expect(await page.locator(`#st-${catalogus.dimensies[3]!.stellingen[0]!.id}-2`).isChecked()).toBe(true);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('zet notities en het actieplan in de CSV, de JSON en de print', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await klaar(page, WACHT.timeout);
    await page.locator('#regiescan-open').setInputFiles(fixture('uitslag-handberekend.json'));
    await page.getByText(/De scan uit ".*" is geopend/).waitFor(WACHT);
    await page.locator('#ctx-code').fill('B 7!x');
    expect(await page.locator('#ctx-code').inputValue()).toBe('B7x');
    await page.locator('.regiescan__navigatie .utrecht-button--primary-action').click();
    await page.locator('#notitie-visie-1').fill('Staat in het jaarplan; zie bijlage 2.');
    await page.locator('#notitie-visie-1').press('Tab');
    await expectNoAxeViolations(page, 'notitie bij een stelling');
    await page.locator('.regiescan__onderdelen summary').click();
    await page.getByRole('button', { name: 'Uitslag', exact: true }).click();
    await expect.poll(() => kop(page).textContent(), WACHT).toBe('Uitslag van de regiescan');
    await page.locator('.regiescan__tips').nth(4).getByRole('button', { name: /^Zet in actieplan/ }).first().click();
    await page.locator('#actie-a1-eigenaar').fill('=manager ZVH');
    await page.locator('#actie-a1-eigenaar').press('Tab');
    await page.locator('#actie-a1-status').selectOption('bezig');
    await expectNoAxeViolations(page, 'uitslag met actieplan');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als spreadsheet (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^regiescan-beleidsadviseur-oov-b7x-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const [tabel, plan] = csvSecties(readFileSync((await csv.path())!, 'utf8'));
    expect(tabel!.find((r) => r.startsWith('stelling;Visie, positionering en meerwaarde;visie-1;'))).toMatch(/;Volledig;3;;"Staat in het jaarplan; zie bijlage 2\."$/);
    // The owner starts with "=": neutralised, so a spreadsheet does not run it.
    expect(plan).toEqual(['actieplan;onderdeel;actie;eigenaar;datum;status', expect.stringMatching(/^actie;Netwerk[^;]*;.+;'=manager ZVH;;Bezig$/)]);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als bestand (JSON)' }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8')).data;
    expect(data.notities).toEqual({ 'visie-1': 'Staat in het jaarplan; zie bijlage 2.' });
    expect(data.actieplan).toMatchObject([{ id: 'a1', dimensieId: 'netwerk', eigenaar: '=manager ZVH', status: 'bezig' }]);
    expect(data.context.code).toBe('B7x');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#actieplan .regiescan__print-alleen').first().textContent()).toContain('Eigenaar: =manager ZVH. Datum: –. Status: Bezig.');
    expect(await page.locator('#kop-notities').isVisible()).toBe(true);
    expect(foreignRequests).toEqual([]);
    await close();
  });
});
