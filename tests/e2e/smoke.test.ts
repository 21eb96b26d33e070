import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allowConsoleErrors, axeViolations, expectNoAxeViolations, newIsolatedPage, openPage, siteUrl, tabTo, takeGuardReport } from '../support/browser.ts';
import { BLANK_PATH } from '../support/axe-source.ts';

describe('home', () => {
  it('opent in het Nederlands, met een skiplink die met het toetsenbord werkt', async () => {
    const { page, foreignRequests, close } = await openPage('/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect.poll(() => skip.textContent()).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await expectNoAxeViolations(page, 'home');
    expect(foreignRequests).toEqual([]);
    await close();
  });
});

describe('de axe-controle zelf', () => {
  it('vindt te weinig kleurcontrast (een fout in hoe de tests axe laden of instellen zou alles goedkeuren)', async () => {
    // A page of its own (a new one: about:blank, no site CSP), so the test can bring its own styles.
    const { page, close } = await newIsolatedPage({ fresh: true });
    await page.setContent(`<!doctype html><html lang="nl"><head><title>Proef</title><style>
      .vak { background: #fff; padding: 2rem; }
      .vak p { color: #bbb; }
    </style></head><body><main><h1>Proef</h1><div class="vak"><p id="grijs">Lichtgrijze tekst op wit</p></div>
    <p id="zwart">Zwarte tekst op wit</p></main></body></html>`);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes)).toEqual(['#grijs']);
    await close();
  });
});

/** The elements (selectors, sorted) that axe reports for one rule. */
const overtredingen = async (page: Page, rule: string) => (await axeViolations(page)).filter((v) => v.id === rule).flatMap((v) => v.nodes).sort();

/** Adds light grey text (too little contrast) at the end of `waar`; the site's CSP allows styles set from script, not in markup. */
const grijs = (page: Page, id: string, waar: string) =>
  page.evaluate(
    ([i, w]) => {
      const p = document.createElement('p');
      p.id = i!;
      p.textContent = 'Lichtgrijze tekst';
      p.style.color = '#ccc';
      document.querySelector(w!)!.append(p);
    },
    [id, waar],
  );

describe('de axe-controle van een instrument in meerdere toestanden', () => {
  it('vindt een fout in het instrument ook als de rest van de pagina al gecontroleerd is, en kijkt weer overal zodra daar iets verandert', async () => {
    const { page, close } = await openPage('/instrumenten/regiescan/');
    await page.locator('h2.regiescan__kop').waitFor();
    expect(await overtredingen(page, 'color-contrast')).toEqual([]);
    await grijs(page, 'proef-instrument', 'main astro-island');
    expect(await overtredingen(page, 'color-contrast')).toEqual(['#proef-instrument']);
    // And in the footer, outside the tool: the page changed there, so the check covers it again.
    await grijs(page, 'proef-voet', 'body > footer');
    expect(await overtredingen(page, 'color-contrast')).toEqual(['#proef-instrument', '#proef-voet']);
    await close();
  });
});

describe('de axe-controle over pagina\'s heen', () => {
  it('laat een kop of voet die al zonder fouten gecontroleerd is alleen weg als die precies zo is, ook wat hij aanwijst', async () => {
    const voeg = (page: Page, waar: string, html: string) => page.evaluate(([w, h]) => document.querySelector(w!)!.insertAdjacentHTML('beforeend', h!), [waar, html]);
    const eerste = await openPage('/gidsen/aanpak-plegers/');
    expect(await overtredingen(eerste.page, 'color-contrast')).toEqual([]);
    await eerste.close();
    // Another page with the same header and footer: a change in the footer or in main is found.
    const { page, close } = await openPage('/gidsen/barrieremodel/');
    await grijs(page, 'proef-main', 'main');
    expect(await overtredingen(page, 'color-contrast')).toEqual(['#proef-main']);
    await grijs(page, 'proef-voet', 'body > footer');
    expect(await overtredingen(page, 'color-contrast')).toEqual(['#proef-main', '#proef-voet']);
    // A check that found something vouches for nothing: the same footer is checked again.
    expect(await overtredingen(page, 'color-contrast')).toEqual(['#proef-main', '#proef-voet']);
    await page.evaluate(() => document.querySelectorAll('#proef-main, #proef-voet').forEach((e) => e.remove()));
    // A button in the footer named by text in main: checked again when only that text changes.
    await voeg(page, 'main', '<span id="proef-naam">Opslaan</span>');
    await voeg(page, 'body > footer', '<button id="proef-knop" aria-labelledby="proef-naam"></button>');
    expect(await overtredingen(page, 'button-name')).toEqual([]);
    await page.evaluate(() => (document.getElementById('proef-naam')!.textContent = ''));
    expect(await overtredingen(page, 'button-name')).toEqual(['#proef-knop']);
    await close();
  });
});

describe('de bewaking van elke browsertest zelf', () => {
  it('houdt een verzoek naar een andere origin tegen, ook naar een IP-adres, en laat de test erop falen', async () => {
    // A page of its own (a new one: about:blank, no site CSP): on the site the CSP would stop these fetches first.
    const { page, foreignRequests, close } = await newIsolatedPage({ fresh: true });
    const failures: string[] = [];
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
    await page.setContent('<!doctype html><html lang="nl"><head><title>Proef</title></head><body><p>Proef</p></body></html>');
    const urls = ['http://voorbeeld.invalid/a', 'http://93.184.216.34/b', 'https://1.1.1.1/c'];
    const uitkomst = await page.evaluate(
      (us) => Promise.all(us.map((u) => fetch(u, { mode: 'no-cors' }).then(() => 'bereikt', () => 'tegengehouden'))),
      urls,
    );
    expect(uitkomst).toEqual(['tegengehouden', 'tegengehouden', 'tegengehouden']);
    expect(foreignRequests).toEqual(urls);
    // Stopped in the browser, at the proxy that is not there (FOREIGN_BLOCK), not somewhere on the network.
    await expect.poll(() => failures.length).toBe(3);
    expect(failures.sort()).toEqual([
      'http://93.184.216.34/b net::ERR_PROXY_CONNECTION_FAILED',
      'http://voorbeeld.invalid/a net::ERR_PROXY_CONNECTION_FAILED',
      'https://1.1.1.1/c net::ERR_PROXY_CONNECTION_FAILED',
    ]);
    // The check after every test reports them (here the test takes that report itself, so it does not fail).
    const report = takeGuardReport();
    for (const u of urls) expect(report).toContain(`verzoek naar een andere origin: ${u}`);
    await close();
  });

  it('laat de test falen op een fout in een script van de pagina', async () => {
    const { page, close } = await openPage('/');
    expect(takeGuardReport(), 'een gewone pagina geeft geen melding').toBe('');
    await page.evaluate(() => setTimeout(() => { throw new Error('proeffout van de test'); }));
    await expect.poll(takeGuardReport).toMatch(/paginafout op .*: proeffout van de test/);
    await close();
  });
});

describe('een pagina die een eerdere test al gebruikte (newIsolatedPage geeft die opnieuw uit)', () => {
  it('begint als een nieuwe: geen opslag van de site, niets van de vorige geschiedenis, een lege bewaking', async () => {
    const eerste = await openPage('/');
    await eerste.page.evaluate(async () => {
      localStorage.setItem('proef', '1');
      sessionStorage.setItem('proef', '1');
      await new Promise((klaar, fout) => {
        const r = indexedDB.open('proef', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('s');
        r.onsuccess = () => {
          r.result.close();
          klaar(null);
        };
        r.onerror = fout;
      });
      await (await caches.open('proef')).put('/proef', new Response('x'));
    });
    await eerste.page.goto(siteUrl('/gidsen/'));
    allowConsoleErrors(eerste.page, /proefmelding/);
    const gebruikt = eerste.page;
    await eerste.close();

    const tweede = await openPage('/');
    expect(tweede.page === gebruikt, 'dezelfde pagina kwam terug (anders test dit niets)').toBe(true);
    const staat = await tweede.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    }));
    expect(staat).toEqual({ local: 0, session: 0, indexedDB: [], caches: [] });
    // Its history holds the empty page the pool left it on and this page, nothing of the earlier test.
    expect(await tweede.page.evaluate(() => history.length)).toBe(2);
    await tweede.page.goBack();
    expect(new URL(tweede.page.url()).pathname).toBe(BLANK_PATH);
    await tweede.page.goto(siteUrl('/'));
    // What the earlier test allowed is not allowed any more.
    await tweede.page.evaluate(() => console.error('proefmelding'));
    await expect.poll(takeGuardReport).toContain('console.error op');
    await tweede.close();
  });

  it('geeft een pagina waarop een test iets veranderde dat niet terug kan (hier een nep-klok) niet opnieuw uit', async () => {
    const eerste = await newIsolatedPage();
    await eerste.page.clock.install();
    const gebruikt = eerste.page;
    await eerste.close();
    expect(gebruikt.isClosed(), 'gesloten, met haar context').toBe(true);
    const tweede = await newIsolatedPage();
    expect(tweede.page === gebruikt).toBe(false);
    await tweede.close();
  });
});

describe('tabTo: naar een element met Tab, zoals een gebruiker', () => {
  // 30 knoppen, dan stops die tabTo niet zeker kan tellen of die geen stop zijn, dan twee doelen.
  const knoppen = Array.from({ length: 30 }, (_, i) => `<button id="k${i}">Knop ${i}</button>`).join('');
  const html = `<!doctype html><html lang="nl"><head><title>Proef</title></head><body><main><h1>Proef</h1>
    <button id="begin">Begin</button>${knoppen}
    <fieldset><legend>Keuze</legend><input type="radio" name="r" id="r1" aria-label="een"><input type="radio" name="r" id="r2" aria-label="twee"><input type="radio" name="r" id="r3" aria-label="drie"><input type="radio" name="r" id="r4" aria-label="vier"></fieldset>
    <input type="hidden" value="x"><button disabled>Uit</button><button style="display:none">Weg</button><button tabindex="-1">Niet</button>
    <details><summary id="meer">Meer</summary><button>Binnen</button><a href="#">Binnen</a><input aria-label="binnen"><button>Binnen</button></details>
    <div inert><button>Inert</button><button>Inert</button><a href="#">Inert</a><button>Inert</button></div><button style="visibility:hidden">Verborgen</button>
    <a href="#" class="doel" id="doel1">Doel 1</a><a href="#" class="doel" id="doel2">Doel 2</a>
  </main></body></html>`;

  it('drukt elke stop echt langs en stopt bij het eerste doel, vooruit en terug, ook over stops die het niet kan tellen', async () => {
    const { page, close } = await newIsolatedPage({ fresh: true });
    await page.setContent(html);
    await page.evaluate(() => {
      (window as unknown as { stops: string[] }).stops = [];
      document.addEventListener('focusin', (e) => (window as unknown as { stops: string[] }).stops.push((e.target as Element).id));
    });
    const stops = () => page.evaluate(() => (window as unknown as { stops: string[] }).stops.splice(0));
    await page.focus('#begin');
    await stops();
    await tabTo(page, '.doel', 40);
    // Expected by hand: every button, the radio group once (the first radio), the summary, then the first target.
    expect(await stops()).toEqual([...Array.from({ length: 30 }, (_, i) => `k${i}`), 'r1', 'meer', 'doel1']);
    await page.keyboard.press('Tab');
    await stops();
    await tabTo(page, '[id^="k"]', 10, 'Shift+Tab');
    expect(await stops()).toEqual(['doel1', 'meer', 'r1', 'k29']);
    // With nothing focused, Tab goes on from where the focus was (here k29), not from the top: tabTo cannot count
    // then (31 stops lie above doel1) and looks after every press.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, '#doel1', 10);
    expect(await stops()).toEqual(['r1', 'meer', 'doel1']);
    await expect(tabTo(page, '#bestaat-niet', 5)).rejects.toThrow('niet bij "#bestaat-niet" gekomen na 5 keer');
    await close();
  });
});
