import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage } from '../support/browser.ts';

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

describe('testhulp: een pagina van een eerdere test', () => {
  it('wordt hergebruikt zonder iets van die test: geen opslag, geen cache, gewoon scherm', async () => {
    const eerste = await openPage('/');
    await eerste.page.evaluate(() => localStorage.setItem('veiligwijzer:proef', 'van de vorige test'));
    await eerste.close();
    const tweede = await openPage('/gidsen/');
    expect(tweede.page, 'de schone pagina wordt hergebruikt').toBe(eerste.page);
    expect(await tweede.page.evaluate(() => localStorage.length), 'opslag van de vorige test').toBe(0);
    // A test that changes the page beyond a navigation (here: print media) gets it closed, not passed on.
    await tweede.page.emulateMedia({ media: 'print' });
    await tweede.close();
    const derde = await openPage('/');
    expect(derde.page).not.toBe(tweede.page);
    expect(await derde.page.evaluate(() => matchMedia('print').matches)).toBe(false);
    await derde.close();
  });
});
