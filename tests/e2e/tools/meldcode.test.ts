import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations, openPage, tabTo } from '../../support/browser.ts';

import { PAD, fixture, actief, kop, klaar, kiesRadio, vink, typ, kiesOptie, volgende, start, druk } from './meldcode-hulp.ts';
import { LONG_TEST, WAIT } from '../../support/timeouts.ts';

describe('meldcode-stappenplan', { timeout: LONG_TEST }, () => {
  it('alleen met het toetsenbord: een route die eindigt in melden (meldnorm 1), met axe in elke stap', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await start(page, 'algemeen', 'kind');
    await expectNoAxeViolations(page, 'start');
    await volgende(page, 'Signalen in kaart brengen', 1);
    await tabTo(page, '#mc-signaal-toevoegen', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-s1-categorie');
    await kiesOptie(page, 'mc-s1-categorie', 'lichamelijk');
    await typ(page, 'mc-s1-omschrijving', 'Blauwe plekken op beide bovenarmen (R., 9 jaar)');
    await kiesOptie(page, 'mc-s1-bronsoort', 'zelf-gezien');
    await expectNoAxeViolations(page, 'stap 1');
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    await tabTo(page, '#mc-consultatie-toevoegen', 200);
    await page.keyboard.press('Enter');
    await kiesOptie(page, 'mc-c1-met', 'veilig-thuis');
    await vink(page, 'mc-c1-anoniem');
    await typ(page, 'mc-c1-advies', 'Gesprek met ouders voeren.');
    await expectNoAxeViolations(page, 'stap 2');
    await volgende(page, 'Gesprek met betrokkenen', 3);
    await kiesRadio(page, 'mc-gesprek', 'ja');
    await typ(page, 'mc-gesprek-doel', 'Zorgen delen over de plekken.');
    await expectNoAxeViolations(page, 'stap 3');
    await volgende(page, 'Wegen van het geweld', 4);
    await kiesRadio(page, 'mc-a1', 'ja');
    await kiesRadio(page, 'mc-a2', 'ja');
    await vink(page, 'mc-a2-soort-disclosure');
    await expectNoAxeViolations(page, 'stap 4');
    await volgende(page, 'Beslissen', 5);
    await expect.poll(() => page.locator('.mc-beslissingen dd').first().textContent(), { timeout: WAIT }).toBe('Ja');
    await kiesRadio(page, 'mc-a3', 'nee');
    await kiesRadio(page, 'mc-informeren', 'gedaan');
    await expectNoAxeViolations(page, 'stap 5');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('melden');
    const uitkomst = await page.locator('.mc-scherm .mc-uitkomst').textContent();
    expect(uitkomst).toContain('Meldnorm 1');
    expect(uitkomst).toContain('disclosure');
    expect(await page.locator('.mc-scherm').textContent()).toContain('Blauwe plekken op beide bovenarmen');
    await expectNoAxeViolations(page, 'overzicht melden');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('alleen met het toetsenbord: een route die eindigt in hulp, waarna een wijziging vanuit het overzicht zegt wat er veranderde', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await start(page, 'kinderopvang', 'kind');
    await volgende(page, 'Signalen in kaart brengen', 1);
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    await volgende(page, 'Gesprek met betrokkenen', 3);
    // Skipping the conversation requires an exception and a written reason.
    await kiesRadio(page, 'mc-gesprek', 'nee');
    await tabTo(page, '.mc-navigatie button[type="submit"]', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-fouten');
    expect(await page.locator('#mc-fouten').textContent()).toContain('Schrijf op waarom');
    await expectNoAxeViolations(page, 'stap 3 met fouten');
    await kiesRadio(page, 'mc-gesprek-uitzondering', 'contact-verbreken');
    await typ(page, 'mc-gesprek-uitzondering-reden', 'Moeder brak eerder het contact af na een gesprek.');
    await volgende(page, 'Wegen van het geweld', 4);
    await kiesRadio(page, 'mc-a1', 'ja');
    await kiesRadio(page, 'mc-a2', 'nee');
    await volgende(page, 'Beslissen', 5);
    await kiesRadio(page, 'mc-a3', 'ja');
    await kiesRadio(page, 'mc-a4', 'ja');
    await kiesRadio(page, 'mc-a5', 'loopt');
    await typ(page, 'mc-monitoring-wat', 'Verzorging dagelijks volgen.');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('hulp');

    // Change afweging 3 from the summary.
    await tabTo(page, '.mc-summary__actie button[data-veld="a3"]', 300);
    await page.keyboard.press('Enter');
    await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe('Beslissen');
    // "Wijzig" lands on the field, not on the step heading.
    await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-a3-ja');
    await kiesRadio(page, 'mc-a3', 'nee');
    const veranderd = page.locator('.mc-scherm .mc-live');
    await expect.poll(() => veranderd.textContent(), { timeout: WAIT }).toContain('van "Hulp bieden of organiseren" naar "Melden bij Veilig Thuis"');
    expect(await veranderd.textContent()).toContain('tellen niet meer mee');
    await expectNoAxeViolations(page, 'stap 5 na wijziging');
    // Informing the client is now needed: submitting shows the error instead of going back.
    await tabTo(page, '.mc-navigatie button[type="submit"]', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-fouten');
    // The error summary links to the field.
    await druk(page, '#mc-fouten a');
    await expect.poll(() => actief(page), { timeout: WAIT }).toMatch(/^mc-informeren/);
    await kiesRadio(page, 'mc-informeren', 'gepland');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('melden');
    expect(await page.locator('.mc-summary__rij--genegeerd').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'overzicht na wijziging');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('alleen met het toetsenbord: een route die zonder zorg wordt afgesloten, slaat stap 5 over', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await start(page, 'jeugdhulp', 'kind');
    await volgende(page, 'Signalen in kaart brengen', 1);
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    await volgende(page, 'Gesprek met betrokkenen', 3);
    await kiesRadio(page, 'mc-gesprek', 'ja');
    await volgende(page, 'Wegen van het geweld', 4);
    await kiesRadio(page, 'mc-a1', 'nee');
    await expect.poll(() => page.locator('#mc-a2').count(), { timeout: WAIT }).toBe(0);
    await typ(page, 'mc-a1-toelichting', 'Ruzie over de scheiding, geen geweld.');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('afsluiten');
    expect(await page.locator('.mc-stappen').textContent()).toContain('5. Beslissen (niet van toepassing)');
    expect(await page.locator('.mc-scherm').textContent()).toContain('Ruzie over de scheiding, geen geweld.');
    await expectNoAxeViolations(page, 'overzicht afsluiten');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('acuut gevaar: zegt eerst 112 of Veilig Thuis te bellen en laat de gebruiker daarna verdergaan', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await kiesRadio(page, 'mc-acuut', 'ja');
    const alert = page.locator('.mc-scherm [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: WAIT }).toContain('0800-2000');
    expect(await alert.textContent()).toContain('112');
    expect(await page.locator('a[href="tel:112"]').count()).toBe(1);
    await expectNoAxeViolations(page, 'acuut gevaar');
    await kiesRadio(page, 'mc-sector', 'algemeen');
    await kiesRadio(page, 'mc-betrokkene', 'oudere');
    await volgende(page, 'Signalen in kaart brengen', 1);
    await close();
  });

  it('kindcheck: verplicht bij een volwassene, met de uitkomsten en hun advies', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await start(page, 'maatschappelijke-ondersteuning', 'volwassene');
    await volgende(page, 'Signalen in kaart brengen', 1);
    expect(await page.locator('#mc-kindcheck-kop').textContent()).toBe('Kindcheck');
    expect(await page.locator('.mc-sector-notitie').textContent()).toContain('kindcheck');
    await tabTo(page, '.mc-navigatie button[type="submit"]', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-fouten');
    expect(await page.locator('#mc-fouten').textContent()).toContain('kindcheck');
    await kiesRadio(page, 'mc-kindcheck-kinderen', 'ja');
    await vink(page, 'mc-kindcheck-aanleidingen-psychisch');
    await vink(page, 'mc-kindcheck-nagegaan-kinderen-thuis');
    await kiesRadio(page, 'mc-kindcheck-uitkomst', 'onduidelijk');
    await expect.poll(() => page.locator('.mc-kindcheck [role="status"]').textContent(), { timeout: WAIT }).toContain('Overleg');
    await expectNoAxeViolations(page, 'kindcheck');
    await kiesRadio(page, 'mc-kindcheck-uitkomst', 'positief');
    await expect.poll(() => page.locator('.mc-kindcheck [role="status"]').textContent(), { timeout: WAIT }).toContain('ook voor de kinderen');
    await typ(page, 'mc-kindcheck-notitie', 'Twee kinderen, 8 en 10, wonen half bij cliënt.');
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    await page.click('.mc-stappen button:has-text("Overzicht")');
    const tekst = await page.locator('.mc-scherm').textContent();
    expect(tekst).toContain('Er zijn kinderen en er is reden tot zorg');
    expect(tekst).toContain('weeg de veiligheid van de kinderen mee');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('artsen: in stap 2 wordt naar Veilig Thuis gevraagd, of een reden is verplicht (andere zorgverleners zijn daar niet aan gebonden)', async () => {
    const { page, close } = await openPage(PAD);
    await start(page, 'artsen', 'kind');
    await volgende(page, 'Signalen in kaart brengen', 1);
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    await tabTo(page, '.mc-navigatie button[type="submit"]', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-fouten');
    expect(await page.locator('#mc-fouten').textContent()).toContain('altijd Veilig Thuis');
    expect(await page.locator('.mc-sector-notitie').textContent()).toContain('KNMG-meldcode');
    await page.fill('#mc-geen-vt-reden', 'Patiënt direct naar de SEH; VT belt morgen terug.');
    await volgende(page, 'Gesprek met betrokkenen', 3);
    await druk(page, '.mc-stappen button[data-scherm="start"]');
    await kiesRadio(page, 'mc-sector', 'gezondheidszorg');
    await druk(page, '.mc-stappen button[data-scherm="2"]');
    await volgende(page, 'Gesprek met betrokkenen', 3);
    await close();
  });

  it('exporteren naar Markdown en JSON, alles wissen, de JSON importeren en verdergaan', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await klaar(page);
    await page.check('#mc-acuut-nee');
    await page.check('#mc-sector-algemeen');
    await page.check('#mc-betrokkene-kind');
    await page.click('.mc-navigatie button[type="submit"]');
    await page.click('#mc-signaal-toevoegen');
    await page.fill('#mc-s1-omschrijving', 'Komt vaak met honger op school');
    await page.click('.mc-stappen button:has-text("Wegen van het geweld")');
    await page.check('#mc-a1-ja');
    await page.check('#mc-a2-nee');
    await page.fill('#mc-a2-toelichting', 'Geen patroon, recent begonnen');

    const [md] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download als Markdown")')]);
    expect(md.suggestedFilename()).toMatch(/^meldcode-samenvatting-\d{4}-\d\d-\d\d\.md$/);
    const mdTekst = readFileSync((await md.path())!, 'utf8');
    expect(mdTekst).toContain('# Meldcode-stappenplan: samenvatting');
    expect(mdTekst).toContain('Komt vaak met honger op school');
    const [txt] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download als tekst")')]);
    expect(readFileSync((await txt.path())!, 'utf8')).toContain('MELDCODE-STAPPENPLAN: SAMENVATTING');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download om later verder te werken")')]);
    const jsonPad = (await json.path())!;
    expect(JSON.parse(readFileSync(jsonPad, 'utf8'))).toMatchObject({ instrument: 'meldcode', versie: 2 });

    // Erase everything (with confirmation), then import the file.
    await page.click('#mc-wissen');
    await page.click('button:has-text("Ja, wis alles")');
    await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe('Begin');
    expect(await page.isChecked('#mc-sector-algemeen')).toBe(false);
    await page.setInputFiles('#mc-import', jsonPad);
    // Nothing on screen after erasing: the file opens without a question (undo is still offered).
    await expect.poll(() => page.locator('.mc-opslag-meldingen [role="status"]').textContent(), { timeout: WAIT }).toContain('Het bestand is geopend');
    await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe('Overzicht en uitkomst');
    const overzicht = await page.locator('.mc-scherm').textContent();
    expect(overzicht).toContain('Komt vaak met honger op school');
    expect(overzicht).toContain('Geen patroon, recent begonnen');
    await page.click('.mc-stappen button:has-text("Wegen van het geweld")');
    expect(await page.isChecked('#mc-a2-nee')).toBe(true);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('foute imports geven een Nederlandse melding en laten het huidige werk ongemoeid', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await page.check('#mc-sector-onderwijs');
    const melding = page.locator('.mc-bewaren [role="alert"]');
    const gevallen: [string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
      [fixture('kapot.json'), /geen geldig JSON-bestand/],
      [fixture('regiescan.json'), /gemaakt met de regiescan/],
      [fixture('oude-versie.json'), /oude versie/],
      [{ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(1_200_000, 32) }, /te groot/],
      [{ name: 'vreemd.json', mimeType: 'application/json', buffer: Buffer.from('{"instrument":"meldcode","versie":2,"data":{"afwegingen":{"a1":"misschien"}}}') }, /Afweging 1 heeft een waarde die dit instrument niet kent/i],
    ];
    for (const [bestand, bericht] of gevallen) {
      await page.setInputFiles('#mc-import', bestand);
      await expect.poll(() => melding.textContent(), { timeout: WAIT }).toMatch(bericht);
      expect(await melding.textContent()).toContain('Er is niets veranderd');
      expect(await page.isChecked('#mc-sector-onderwijs')).toBe(true);
      expect(await kop(page).textContent()).toBe('Begin');
    }
    await expectNoAxeViolations(page, 'foutmelding import');
    await close();
  });

  it('bewaart niets tenzij gevraagd; "bewaar op dit apparaat" overleeft herladen; "alles wissen" verwijdert het', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await page.check('#mc-sector-justitie');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(page.url()).toBe(new URL(PAD, page.url()).href);
    await page.reload();
    await klaar(page);
    expect(await page.isChecked('#mc-sector-justitie')).toBe(false);

    await page.check('#mc-sector-justitie');
    await page.check('#mc-bewaar');
    await page.reload();
    await klaar(page);
    await expect.poll(() => page.isChecked('#mc-sector-justitie'), { timeout: WAIT }).toBe(true);
    expect(await page.isChecked('#mc-bewaar')).toBe(true);
    await page.click('#mc-wissen');
    await page.click('button:has-text("Ja, wis alles")');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(page.url()).not.toContain('justitie');
    // A corrupt stored copy is reported in Dutch and kept aside; the tool starts empty.
    await page.evaluate(() => localStorage.setItem('veiligwijzer.meldcode', '{kapot'));
    await page.reload();
    await expect.poll(() => page.locator('.mc-opslag-meldingen [role="alert"]').textContent(), { timeout: WAIT }).toContain('konden niet worden gelezen');
    expect(await page.isChecked('#mc-sector-justitie')).toBe(false);
    await close();
  });

  it('oefenen: een casus met het modelpad naast het pad van de cursist', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await klaar(page);
    await page.click('summary:has-text("Om te oefenen")');
    await page.selectOption('#mc-casus', 'kinderopvang-verzorging');
    await page.click('button:has-text("Begin met deze casus")');
    expect(await page.locator('.mc-casus').textContent()).toContain('J. (2 jaar)');
    expect(await page.isChecked('#mc-sector-kinderopvang')).toBe(true);
    await page.check('#mc-acuut-nee');
    await page.check('#mc-medewerker-nee');
    await expectNoAxeViolations(page, 'training start');
    await page.click('.mc-navigatie button[type="submit"]');
    await expect.poll(() => page.locator('.mc-casus').textContent(), { timeout: WAIT }).toContain('Opa haalt J.');
    await page.click('.mc-stappen button:has-text("Gesprek met betrokkenen")');
    await page.check('#mc-gesprek-ja');
    await page.click('.mc-stappen button:has-text("Wegen van het geweld")');
    await page.check('#mc-a1-ja');
    await page.check('#mc-a2-ja');
    await page.check('#mc-a2-soort-structureel');
    await page.click('.mc-navigatie button[type="submit"]');
    await page.check('#mc-a3-ja');
    await page.check('#mc-a4-ja');
    await page.check('#mc-a5-loopt');
    await page.check('#mc-informeren-gedaan');
    await page.click('.mc-navigatie button[type="submit"]');
    await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe('Overzicht en uitkomst');
    const tabel = page.locator('table.mc-vergelijk');
    // One difference (afweging 2), counted once; melden and informeren follow from it.
    expect(await tabel.locator('tr.mc-verschil').count()).toBe(1);
    expect(await tabel.locator('tr.mc-gevolg').count()).toBe(2);
    expect(await tabel.locator('tr[data-punt="melden"]').textContent()).toContain('Volgt uit uw eerdere antwoord');
    expect(await page.locator('[data-testid="score"]').textContent()).toBe('Op 8 van de 9 punten koos u hetzelfde als het modelpad.');
    expect(await tabel.locator('tr[data-punt="a2"]').textContent()).toContain('recent');
    expect(await tabel.locator('tr[data-punt="melden"]').textContent()).toContain('Anders');
    expect(await page.locator('[data-testid="score"]').textContent()).toMatch(/Op \d+ van de \d+ punten/);
    await expectNoAxeViolations(page, 'training vergelijking');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('drukt alleen het overzicht af', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await page.check('#mc-sector-algemeen');
    // The record (and its print block) loads with the first answer.
    await expect.poll(() => page.locator('.mc-print').count(), { timeout: WAIT }).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.mc-print').isVisible()).toBe(true);
    expect(await page.locator('.mc-formulier').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const afdruk = await page.locator('.mc-print').textContent();
    expect(afdruk).toContain('Algemeen (basismodel)');
    expect(afdruk).toMatch(/Opgesteld op \d{1,2} [a-z]+ \d{4}/);
    // The printout starts with the record, not with the page's introduction.
    expect(await page.locator('.mc-pagina-intro').isVisible()).toBe(false);
    await close();
  });

  it('zonder JavaScript legt de pagina de meldcode, de stappen en het afwegingskader uit', async () => {
    const { page, close } = await openPage(PAD, { javaScript: false });
    const tekst = await page.locator('main').textContent();
    expect(tekst).toContain('De vijf stappen van de meldcode');
    expect(tekst).toContain('Collegiale consultatie en Veilig Thuis');
    expect(tekst).toContain('Het afwegingskader');
    expect(tekst).toContain('vervangt die niet');
    expect(tekst).toContain('werkt met JavaScript');
    for (const g of ['meldcode-in-vijf-stappen', 'signalen-in-kaart-brengen', 'collegiale-consultatie-en-veilig-thuis', 'gesprek-met-betrokkenen', 'afwegingskader-meldcode', 'melden-en-hulp-bieden', 'kindcheck']) {
      expect(await page.locator(`main a[href="/gidsen/${g}/"]`).count(), g).toBeGreaterThan(0);
    }
    for (const b of ['geweld-hoort-nergens-thuis', 'basismodel-meldcode']) {
      expect(await page.locator(`main a[href="/bronnen/${b}/"]`).count(), b).toBeGreaterThan(0);
    }
    // axe needs JavaScript; the same static content is checked by axe in the tests with JavaScript.
    await close();
  });

  it('de pagina met casuskaarten toont elke casus met zijn inhoud, en elk modelpad met het waarom', async () => {
    // Expected values come from the content file itself, read here independently of the page code.
    const casussen = parse(readFileSync(new URL('../../../content/instrumenten/meldcode/casussen.yaml', import.meta.url), 'utf8')) as {
      id: string;
      titel: string;
      situatie: string[];
      verloop?: Record<string, string[]>;
      model: Record<string, unknown> & { uitleg: Record<string, string> };
    }[];
    const { page, close } = await openPage(`${PAD}casuskaarten/`);
    expect(await page.locator('article.casuskaart').count()).toBe(casussen.length);
    for (const c of casussen) {
      const kaart = page.locator(`article.casuskaart[data-casus="${c.id}"]`);
      const tekst = (await kaart.textContent()) ?? '';
      expect(tekst, c.id).toContain(c.titel);
      for (const p of [...c.situatie, ...Object.values(c.verloop ?? {}).flat()]) expect(tekst, c.id).toContain(p);
      const model = page.locator(`section.casuskaart--model[data-casus="${c.id}"]`);
      const punten = Object.keys(c.model).filter((k) => k !== 'uitleg' && k !== 'bijzondereVorm');
      // bijzondereVorm is always on the card (ja or nee).
      expect(await model.locator('tr[data-punt]').count(), c.id).toBe(punten.length + 1);
      for (const [punt, waarom] of Object.entries(c.model.uitleg)) {
        expect(await model.locator(`tr[data-punt="${punt}"]`).textContent(), `${c.id} ${punt}`).toContain(waarom);
      }
    }
    expect(await page.locator('main').textContent()).toContain('Voor de trainer');
    await expectNoAxeViolations(page, 'casuskaarten');
    await close();
  });
});

describe('meldcode-stappenplan: budget', () => {
  it('laadt minder dan 40 kB JavaScript (gzip)', async () => {
    const { meetMeldcode, MELDCODE_JS_BUDGET } = await import('../../../src/cli/bench/meldcode.ts');
    const { newIsolatedPage, siteUrl } = await import('../../support/browser.ts');
    const { page, foreignRequests, close } = await newIsolatedPage({ fresh: true });
    const m = await meetMeldcode(page, siteUrl(PAD));
    expect(m.jsBestanden).toBeGreaterThan(0);
    expect(m.jsGzip).toBeLessThan(MELDCODE_JS_BUDGET);
    console.log(`meldcode JS gzip: ${m.jsGzip} B in ${m.jsBestanden} bestanden`);
    expect(foreignRequests).toEqual([]);
    await close();
  });
});
