/**
 * One text, one place, in the built site: the gids and the tool show the same rule text, and that text is
 * the one in content/instrumenten/meldcode/regels.yaml (the gids sources only hold a marker; see
 * tests/unit/meldcode/regels-een-plek.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { openPage } from '../../support/browser.ts';
import { PAD, klaar, kiesRadio, naarScherm, start, volgende } from './meldcode-hulp.ts';
import { LONG_TEST } from '../../support/timeouts.ts';

const regels = parse(readFileSync(new URL('../../../content/instrumenten/meldcode/regels.yaml', import.meta.url), 'utf8')) as {
  id: string;
  tekst: string[];
  punten?: { tekst: string }[];
}[];
const regel = (id: string) => regels.find((r) => r.id === id)!;
const schoon = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('gedeelde regels: gids en instrument uit één plek', { timeout: LONG_TEST }, () => {
  it('de uitzonderingen op het informeren: dezelfde tekst in de gids en in stap 3 van het instrument', async () => {
    const r = regel('uitzonderingen');
    const gids = await openPage('/gidsen/melden-en-hulp-bieden/');
    const gidsTekst = schoon(await gids.page.locator('main').textContent());
    await gids.close();
    const { page, close } = await openPage(PAD);
    await start(page, 'algemeen', 'kind');
    await volgende(page, 'Signalen in kaart brengen', 1);
    await volgende(page, 'Collegiale consultatie en Veilig Thuis', 2);
    await volgende(page, 'Gesprek met betrokkenen', 3);
    await kiesRadio(page, 'mc-gesprek', 'nee');
    const toolTekst = schoon(await page.locator('.mc-formulier [data-regel="uitzonderingen"]').textContent());
    for (const zin of [...r.tekst, ...(r.punten ?? []).map((p) => p.tekst)]) {
      expect(gidsTekst, zin).toContain(zin);
      expect(toolTekst, zin).toContain(zin);
    }
    await close();
  });
  it('de artsenregel en "geen meldplicht": in de gids en bij de start van het instrument', async () => {
    const consultatie = await openPage('/gidsen/collegiale-consultatie-en-veilig-thuis/');
    expect(schoon(await consultatie.page.locator('main').textContent())).toContain(regel('artsen').tekst[0]);
    await consultatie.close();
    const beroepsgeheim = await openPage('/gidsen/beroepsgeheim-en-meldrecht/');
    expect(schoon(await beroepsgeheim.page.locator('main').textContent())).toContain(regel('geen-meldplicht').tekst[0]);
    await beroepsgeheim.close();
    const { page, close } = await openPage(PAD);
    await klaar(page);
    expect(schoon(await page.locator('.mc-scherm [data-regel="geen-meldplicht"]').textContent())).toContain(regel('geen-meldplicht').tekst[0]);
    await close();
  });
  it('de uitkomsten van de kindcheck: drie in de gids, drie in het instrument', async () => {
    const r = regel('kindcheck-uitkomsten');
    const gids = await openPage('/gidsen/kindcheck/');
    const gidsTekst = schoon(await gids.page.locator('main').textContent());
    await gids.close();
    for (const p of r.punten ?? []) expect(gidsTekst).toContain(p.tekst);
    const { page, close } = await openPage(PAD);
    await klaar(page);
    await kiesRadio(page, 'mc-acuut', 'nee');
    await kiesRadio(page, 'mc-sector', 'algemeen');
    await kiesRadio(page, 'mc-betrokkene', 'volwassene');
    await kiesRadio(page, 'mc-route', 'kindcheck');
    await volgende(page, 'Kindcheck');
    await kiesRadio(page, 'mc-kindcheck-kinderen', 'ja');
    const labels = await page.locator('#mc-kindcheck-uitkomst label').allTextContents();
    expect(labels.map(schoon)).toEqual((r.punten ?? []).map((p) => p.tekst));
    await close();
  });
  it('de drie meldnormen: dezelfde tekst in de gidsen en in stap 5 van het instrument', async () => {
    const r = regel('meldnormen');
    for (const pad of ['/gidsen/afwegingskader-meldcode/', '/gidsen/melden-en-hulp-bieden/']) {
      const gids = await openPage(pad);
      const gidsTekst = schoon(await gids.page.locator('main').textContent());
      await gids.close();
      for (const zin of [...r.tekst, ...(r.punten ?? []).map((p) => p.tekst)]) expect(gidsTekst, `${pad}: ${zin}`).toContain(zin);
    }
    const { page, close } = await openPage(PAD);
    await start(page, 'algemeen', 'kind');
    await naarScherm(page, 'Beslissen', '5');
    const toolTekst = schoon(await page.locator('.mc-scherm [data-regel="meldnormen"]').textContent());
    for (const zin of [...r.tekst, ...(r.punten ?? []).map((p) => p.tekst)]) expect(toolTekst, zin).toContain(zin);
    await close();
  });
});
