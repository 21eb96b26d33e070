/**
 * The flows of issue 12, by keyboard only, with axe in every state: melden with Veilig Thuis without
 * blocking, help that succeeds, help that fails, the kindcheck (negative and positive with the linked walk),
 * the kinderopvang staff route with its export, eergerelateerd geweld, training feedback, the name warning.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openPage, tabTo } from '../../support/browser.ts';
import { PAD, kop, klaar, kiesRadio, vink, typ, volgende, start, druk, naarScherm, tabNaarKnop } from './meldcode-hulp.ts';
import { LONG_TEST, WAIT } from '../../support/timeouts.ts';

const uitkomst = (page: Page) => page.locator('.mc-scherm .mc-uitkomst__titel').getAttribute('data-tekst');
const acties = (page: Page) => page.locator('.mc-scherm #mc-acties + ul li').allTextContents();

/** Start → step 4 with a conversation held; then afweging 1 (ja) and 2. */
async function totAfweging2(page: Page, sector: string, a2: 'ja' | 'nee', soort?: string) {
  await start(page, sector, 'kind');
  await volgende(page, 'Signalen in kaart brengen', 1);
  await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
  await volgende(page, 'Gesprek met betrokkenen', 3);
  await kiesRadio(page, 'mc-gesprek', 'ja');
  await volgende(page, 'Wegen van het geweld', 4);
  await kiesRadio(page, 'mc-a1', 'ja');
  await kiesRadio(page, 'mc-a2', a2);
  if (soort) await vink(page, `mc-a2-soort-${soort}`);
  await volgende(page, 'Beslissen', 5);
}

describe('meldcode-stappenplan: de flows van het issue, alleen met het toetsenbord', { timeout: LONG_TEST }, () => {
  it('melden na acute onveiligheid: stap 5 met Veilig Thuis blokkeert niet', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await totAfweging2(page, 'algemeen', 'ja', 'acuut');
    expect(await page.locator('#mc-a3').textContent()).toContain('U kunt dit ook later invullen');
    await typ(page, 'mc-melding-afspraken', 'VT doet de veiligheidsbeoordeling; school blijft steun.');
    await kiesRadio(page, 'mc-informeren', 'gepland');
    await expectNoAxeViolations(page, 'stap 5 met Veilig Thuis');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await uitkomst(page)).toBe('soort-melden-hulp-open');
    const tekst = (await page.locator('.mc-scherm .mc-uitkomst').textContent()) ?? '';
    expect(tekst).toContain('bepaalt u samen met Veilig Thuis');
    expect(tekst).not.toContain('concludeerde u');
    expect(await page.locator('.mc-scherm').textContent()).toContain('VT doet de veiligheidsbeoordeling');
    await expectNoAxeViolations(page, 'overzicht melden met Veilig Thuis');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('hulp die werkt: afronden met afspraken, niet "biedt hulp en volgt"', async () => {
    const { page, close } = await openPage(PAD);
    await totAfweging2(page, 'jeugdhulp', 'nee');
    await kiesRadio(page, 'mc-a3', 'ja');
    await kiesRadio(page, 'mc-a4', 'ja');
    await kiesRadio(page, 'mc-a5', 'ja');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await uitkomst(page)).toBe('soort-hulp-werkt');
    expect((await acties(page))[0]).toMatch(/^Rond de hulp af/);
    await expectNoAxeViolations(page, 'overzicht hulp werkt');
    await close();
  });

  it('hulp die niet werkt: eerst (opnieuw) melden, en de ouders informeren', async () => {
    const { page, close } = await openPage(PAD);
    await totAfweging2(page, 'jeugdhulp', 'nee');
    await kiesRadio(page, 'mc-a3', 'ja');
    await kiesRadio(page, 'mc-a4', 'ja');
    await kiesRadio(page, 'mc-a5', 'nee');
    await expect.poll(() => page.locator('#mc-informeren-kop').textContent(), { timeout: WAIT }).toBe('De ouders informeren vóór de melding');
    await kiesRadio(page, 'mc-informeren', 'gedaan');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await uitkomst(page)).toBe('soort-hulp-werkt-niet');
    const a = await acties(page);
    expect(a[0]).toMatch(/^Meld \(alsnog\) bij Veilig Thuis/);
    expect(a[1]).toMatch(/^Vertel de ouders/);
    await expectNoAxeViolations(page, 'overzicht hulp werkt niet');
    await close();
  });

  it('kindcheck negatief: vastgelegd en klaar in drie schermen', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await klaar(page);
    await kiesRadio(page, 'mc-acuut', 'nee');
    await kiesRadio(page, 'mc-sector', 'maatschappelijke-ondersteuning');
    await kiesRadio(page, 'mc-betrokkene', 'oudere');
    await kiesRadio(page, 'mc-route', 'kindcheck');
    expect(await page.locator('.mc-stappen li').count()).toBe(3);
    await volgende(page, 'Kindcheck');
    await kiesRadio(page, 'mc-kindcheck-kinderen', 'nee');
    await expectNoAxeViolations(page, 'kindcheck negatief');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('kindcheck-negatief');
    const tekst = (await page.locator('.mc-scherm .mc-uitkomst').textContent()) ?? '';
    expect(tekst).toContain('er zijn geen kinderen voor wie de cliënt zorgt');
    expect(tekst).not.toContain('Beslissing 1');
    await expectNoAxeViolations(page, 'overzicht kindcheck negatief');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('kindcheck positief: een gekoppeld stappenplan voor de kinderen, en elk verslag noemt het andere', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await kiesRadio(page, 'mc-acuut', 'nee');
    await kiesRadio(page, 'mc-sector', 'gezondheidszorg');
    await kiesRadio(page, 'mc-betrokkene', 'volwassene');
    await kiesRadio(page, 'mc-route', 'kindcheck');
    await typ(page, 'mc-kenmerk', 'Z-77');
    await volgende(page, 'Kindcheck');
    await kiesRadio(page, 'mc-kindcheck-kinderen', 'ja');
    await vink(page, 'mc-kindcheck-aanleidingen-verslaving');
    await kiesRadio(page, 'mc-kindcheck-uitkomst', 'positief');
    await typ(page, 'mc-kindcheck-notitie', 'Twee kinderen, 4 en 7.');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('kindcheck-positief');
    await expectNoAxeViolations(page, 'overzicht kindcheck positief');
    await druk(page, '#mc-start-kinderen');
    // The kindcheck on screen is replaced by the walk for the children: first a question (with undo after).
    await page.getByText('Uw werk vervangen?').waitFor({ timeout: WAIT });
    await expectNoAxeViolations(page, 'vraag voor het stappenplan voor de kinderen');
    await tabNaarKnop(page, 'Ja, begin opnieuw', 'Tab', 10);
    await page.keyboard.press('Enter');
    await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe('Begin');
    expect(await page.isChecked('#mc-betrokkene-kind')).toBe(true);
    expect(await page.isChecked('#mc-sector-gezondheidszorg')).toBe(true);
    expect(await page.inputValue('#mc-kenmerk')).toBe('Z-77-kinderen');
    await naarScherm(page, 'Signalen in kaart brengen', '1');
    expect(await page.inputValue('#mc-s1-omschrijving')).toContain('Positieve kindcheck');
    await naarScherm(page, 'Overzicht en uitkomst', 'overzicht');
    const kopTekst = (await page.locator('.mc-scherm .mc-kop').textContent()) ?? '';
    expect(kopTekst).toContain('Komt uit de kindcheck');
    expect(kopTekst).toContain('Z-77');
    // The kindcheck record is kept inside the new walk, and it names this walk.
    const [md] = await Promise.all([page.waitForEvent('download'), druk(page, '#mc-export-md')]);
    const tekst = readFileSync((await md.path())!, 'utf8');
    expect(tekst).toContain('Het verslag van de kindcheck');
    expect(tekst).toContain('Vervolg voor de kinderen (kenmerk): Z-77-kinderen');
    expect(tekst).toContain('Twee kinderen, 4 en 7.');
    await close();
  });

  it('kinderopvang: de personeelsroute legt de feiten vast, en de export bevat de route', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await kiesRadio(page, 'mc-acuut', 'nee');
    await kiesRadio(page, 'mc-sector', 'kinderopvang');
    await kiesRadio(page, 'mc-medewerker', 'ja');
    await kiesRadio(page, 'mc-betrokkene', 'kind');
    await typ(page, 'mc-medewerker-feiten', 'Kind vertelt dat een medewerker hem hard vastpakte.\nGezien door een collega (rol: pm).');
    await typ(page, 'mc-medewerker-gemeldAan', 'de houder');
    await expectNoAxeViolations(page, 'personeelsroute');
    await volgende(page, 'Overzicht en uitkomst');
    expect(await page.locator('.mc-scherm [data-uitkomst]').getAttribute('data-uitkomst')).toBe('medewerker-route');
    const [md] = await Promise.all([page.waitForEvent('download'), druk(page, '#mc-export-md')]);
    const tekst = readFileSync((await md.path())!, 'utf8');
    expect(tekst).toContain('De houder overlegt direct met de vertrouwensinspecteur');
    expect(tekst).toContain('Kind vertelt dat een medewerker hem hard vastpakte.  \n');
    expect(tekst).toContain('de houder');
    expect(tekst).not.toContain('Beslissing 1');
    await close();
  });

  it('eergerelateerd geweld: gevraagd bij de start, en nergens het advies om eerst te informeren', async () => {
    const { page, close } = await openPage(PAD);
    await start(page, 'onderwijs', 'kind');
    await vink(page, 'mc-bijzondere-vormen-eergerelateerd');
    await expect.poll(() => page.locator('.mc-scherm [data-regel="bijzondere-vormen"]').count(), { timeout: WAIT }).toBe(1);
    await expectNoAxeViolations(page, 'start met bijzondere vorm');
    await volgende(page, 'Signalen in kaart brengen', 1);
    // Step 1 asks it too (the same answer), and shows the rule.
    await page.locator('#mc-bijzondere-vormen-eergerelateerd').waitFor({ timeout: WAIT });
    expect(await page.isChecked('#mc-bijzondere-vormen-eergerelateerd')).toBe(true);
    expect(await page.locator('.mc-scherm [data-regel="bijzondere-vormen"]').count()).toBe(1);
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    expect(await page.locator('.mc-scherm [data-regel="bijzondere-vormen"]').textContent()).toContain('raadpleegt u meteen Veilig Thuis of een deskundige');
    await volgende(page, 'Gesprek met betrokkenen', 3);
    expect(await page.locator('.mc-scherm [data-regel="bijzondere-vormen"]').count()).toBe(1);
    await kiesRadio(page, 'mc-gesprek', 'nee');
    await kiesRadio(page, 'mc-gesprek-uitzondering', 'veiligheid-client');
    await typ(page, 'mc-gesprek-uitzondering-reden', 'Veilig Thuis raadt een gesprek met de familie af.');
    await volgende(page, 'Wegen van het geweld', 4);
    await kiesRadio(page, 'mc-a1', 'ja');
    await kiesRadio(page, 'mc-a2', 'ja');
    await vink(page, 'mc-a2-soort-acuut');
    await volgende(page, 'Beslissen', 5);
    expect(await page.locator('#mc-informeren-kop + p').textContent()).toMatch(/^Vertel de familie niet vooraf/);
    await kiesRadio(page, 'mc-informeren', 'uitzondering');
    await kiesRadio(page, 'mc-informeren-uitzondering', 'veiligheid-client');
    await typ(page, 'mc-informeren-reden', 'Kan het meisje in gevaar brengen.');
    await expectNoAxeViolations(page, 'stap 5 bijzondere vorm');
    await volgende(page, 'Overzicht en uitkomst');
    const a = (await acties(page)).join('\n');
    expect(a).toContain('Vertel de familie niet vooraf');
    expect(a).not.toMatch(/Vertel de (ouders|cliënt).*vóór de melding/);
    await close();
  });

  it('oefenen: feedback per beslissing, met het waarom', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await druk(page, '.mc-training-kiezer > summary');
    await tabTo(page, '#mc-casus', 100);
    for (let i = 0; i < 20 && (await page.inputValue('#mc-casus')) !== 'kinderopvang-verzorging'; i++) await page.keyboard.press('ArrowDown');
    await vink(page, 'mc-directe-feedback');
    await druk(page, '#mc-training-start');
    await kiesRadio(page, 'mc-acuut', 'nee');
    await expect.poll(() => page.locator('.mc-feedback [data-punt="acuutGevaar"]').textContent(), { timeout: WAIT }).toContain('Hetzelfde');
    await kiesRadio(page, 'mc-medewerker', 'nee');
    await naarScherm(page, 'Wegen van het geweld', '4');
    await kiesRadio(page, 'mc-a1', 'ja');
    await kiesRadio(page, 'mc-a2', 'ja');
    const fb = page.locator('.mc-feedback [data-punt="a2"]');
    await expect.poll(() => fb.textContent(), { timeout: WAIT }).toContain('Anders');
    expect(await fb.textContent()).toContain('recent');
    await expectNoAxeViolations(page, 'feedback per beslissing');
    await close();
  });

  it('waarschuwt lokaal bij iets wat op een naam of telefoonnummer lijkt', async () => {
    const { page, foreignRequests, close } = await openPage(PAD);
    await klaar(page);
    await typ(page, 'mc-rol', 'mentor');
    expect(await page.locator('#mc-rol-privacy').textContent()).toBe('');
    await typ(page, 'mc-kenmerk', 'mevrouw Jansen 06-12345678');
    await expect.poll(() => page.locator('#mc-kenmerk-privacy').textContent(), { timeout: WAIT }).toContain('een naam, een telefoonnummer');
    await expectNoAxeViolations(page, 'naamwaarschuwing');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('"meldcode is geen meldplicht" staat waar het instrument begint; de link naar de casuskaarten is een doel van minstens 24 px', async () => {
    const { page, close } = await openPage(PAD);
    await klaar(page);
    expect(await page.locator('.mc-scherm [data-regel="geen-meldplicht"]').textContent()).toContain('Een meldcode is geen meldplicht');
    await druk(page, '.mc-routewijzer > summary');
    expect(await page.locator('.mc-routewijzer a[href="/gidsen/lokale-aanpak-radicalisering/"]').count()).toBe(1);
    expect(await page.locator('.mc-routewijzer').textContent()).toContain('Bel 112');
    await expectNoAxeViolations(page, 'routewijzer');
    await druk(page, '.mc-training-kiezer > summary');
    const doos = await page.locator('.mc-training-kiezer a[href$="casuskaarten/"]').boundingBox();
    expect(doos!.height).toBeGreaterThanOrEqual(24);
    await close();
  });
});
