import { describe, expect, it } from 'vitest';
import { axeViolations, expectNoAxeViolations, newIsolatedPage, openPage } from '../support/browser.ts';

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
    // A page of its own (about:blank, no site CSP), so the test can bring its own styles.
    const { page, close } = await newIsolatedPage();
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
