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
