/**
 * The shared set of hostile files (tests/fixtures/hostile) against the regiescan: opening a scan on
 * the result screen, and opening a team result in the team scan. Each time: a clear Dutch message or
 * first the question, nothing replaced (screen and storage), no script, layout intact, undo works.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage } from '../../support/browser.ts';
import { checkHostileFiles } from '../../support/hostile.ts';
import { hostileFiles, type ValidEnvelope } from '../../fixtures/hostile/generate.ts';
import { regiescanBestand, scanBestand, teamBestand } from '../../../src/tools/regiescan/domain/bestand.ts';
import type { Scan } from '../../../src/tools/regiescan/domain/model.ts';
import { WAIT } from '../../support/timeouts.ts';

const FIXTURES = new URL('../../unit/regiescan/fixtures/', import.meta.url);
const fixture = (naam: string) => new URL(naam, FIXTURES).pathname;
const T = { timeout: WAIT };

/** Free text in a regiescan file: notes and the action plan's text and owner (the rest are ids and choices). */
const isText = (p: readonly (string | number)[]) => p.includes('notities') || (p.includes('actieplan') && ['tekst', 'eigenaar'].includes(String(p.at(-1))));

const scan: Scan = {
  stellingenVersie: 1,
  context: { gemeenteRol: 'deelnemend', grootte: 'tot-20000', respondentRol: 'bestuurder', code: 'A1', datum: '2026-05-01' },
  antwoorden: { 'visie-1': 3, 'visie-2': 1, 'regio-1': 'weet-niet' },
  notities: { 'visie-1': 'Staat in het jaarplan.' },
  actieplan: [{ id: 'a1', dimensieId: 'visie', tekst: 'Visie bespreken', eigenaar: 'beleid', datum: '2026-06-01', status: 'gepland' }],
};
const older = JSON.parse(readFileSync(fixture('formaat-versie-1.json'), 'utf8')) as ValidEnvelope;

async function naarUitslag(page: Page) {
  await page.locator('.regiescan__onderdelen summary').click();
  await page.getByRole('button', { name: 'Uitslag', exact: true }).click();
  await page.locator('#scoretabel').waitFor(T);
}

describe('regiescan en vijandige bestanden', () => {
  it('een scan openen op de uitslag: melding of eerst een vraag, niets vervangen, geen script, layout heel', async () => {
    const { page, close } = await openPage('/instrumenten/regiescan/');
    await page.locator('[data-instrument-geladen="true"]').waitFor(T);
    await page.locator('#regiescan-open').setInputFiles(fixture('uitslag-handberekend.json'));
    await page.getByText(/De scan uit "uitslag-handberekend.json" is geopend/).waitFor(T);
    await naarUitslag(page);
    const cases = hostileFiles(scanBestand(scan) as ValidEnvelope, { maxBytes: regiescanBestand.definition.maxBytes, older, isText });
    const uitkomsten = await checkHostileFiles({ page, fileInput: page.locator('#regiescan-open') }, cases);
    expect(uitkomsten).toHaveLength(cases.length);
    // The valid variants open (after the question); the markup case showed its text as text on the result screen.
    expect(uitkomsten.filter((u) => u.outcome === 'asked').map((u) => u.name)).toEqual(expect.arrayContaining(['markup.json', 'ouder.json', 'utf8-bom.json', 'extra-velden.json']));
    await expectNoAxeViolations(page, 'uitslag na vijandige bestanden');
    await close();
  });

  it('een teamresultaat openen in de teamscan: dezelfde controles', async () => {
    const { page, close } = await openPage('/instrumenten/regiescan/team/');
    await page.locator('[data-instrument-geladen="true"]').waitFor(T);
    await page.locator('#team-bestanden').setInputFiles([1, 2, 3, 4, 5].map((i) => fixture(`team-${i}.json`)));
    await page.getByText('5 scans toegevoegd').waitFor(T);
    const team = teamBestand({
      datum: '2026-05-01',
      respondenten: [{ opgeslagen: '2026-05-01T10:00:00.000Z', scan }],
      notities: { 'visie-1': 'Hier verschilden we over.' },
      actieplan: scan.actieplan,
    });
    const cases = hostileFiles(team as ValidEnvelope, { maxBytes: regiescanBestand.definition.maxBytes, isText });
    const uitkomsten = await checkHostileFiles({ page, fileInput: page.locator('#team-openen') }, cases);
    expect(uitkomsten).toHaveLength(cases.length);
    expect(uitkomsten.filter((u) => u.outcome === 'asked').map((u) => u.name)).toEqual(expect.arrayContaining(['markup.json', 'utf8-bom.json']));
    await expectNoAxeViolations(page, 'teamscan na vijandige bestanden');
    await close();
  });
});
