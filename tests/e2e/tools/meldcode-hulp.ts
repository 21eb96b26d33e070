/** Keyboard helpers for the meldcode browser tests (shared by meldcode.test.ts and meldcode-*.test.ts). */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { tabTo } from '../../support/browser.ts';
import { WAIT } from '../../support/timeouts.ts';

export const PAD = '/instrumenten/meldcode/';
export const fixture = (naam: string) => new URL(`../../unit/meldcode/fixtures/${naam}`, import.meta.url).pathname;

export const actief = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
export const kop = (page: Page) => page.locator('#mc-stap-kop');
/** Waits until the island has hydrated (before that, the controls are plain server-rendered HTML). */
export const klaar = (page: Page) => page.locator('.mc-tool[data-klaar]').waitFor();

/** Keyboard: Tab to a radio group, then arrow keys until the wanted option is checked. */
export async function kiesRadio(page: Page, name: string, value: string) {
  await tabTo(page, `input[name="${name}"]`, 200);
  for (let i = 0; i < 20; i++) {
    // A screen that is still loading (its parts load when needed) can replace the group: then Tab to it again.
    const inGroep = await page.evaluate((n) => document.activeElement?.getAttribute('name') === n, name);
    if (!inGroep) await tabTo(page, `input[name="${name}"]`, 200);
    const v = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (v === value) {
      await page.keyboard.press('Space');
      await expect.poll(() => page.isChecked(`input[name="${name}"][value="${value}"]`), { timeout: WAIT }).toBe(true);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Optie ${value} van ${name} niet gevonden`);
}
export async function vink(page: Page, id: string) {
  await tabTo(page, `#${id}`, 200);
  await page.keyboard.press('Space');
  await expect.poll(() => page.isChecked(`#${id}`), { timeout: WAIT }).toBe(true);
}
export async function typ(page: Page, id: string, tekst: string) {
  await tabTo(page, `#${id}`, 200);
  await page.keyboard.type(tekst);
}
export async function kiesOptie(page: Page, id: string, value: string) {
  await tabTo(page, `#${id}`, 200);
  for (let i = 0; i < 20 && (await page.inputValue(`#${id}`)) !== value; i++) await page.keyboard.press('ArrowDown');
  expect(await page.inputValue(`#${id}`)).toBe(value);
}
/** Keyboard: submit the step and check that focus and title moved to the new step. */
export async function volgende(page: Page, titel: string, stap?: number) {
  await tabTo(page, '.mc-navigatie button[type="submit"]', 200);
  await page.keyboard.press('Enter');
  await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe(titel);
  await expect.poll(() => actief(page), { timeout: WAIT }).toBe('mc-stap-kop');
  // The title follows in its own effect: wait for it too, as for the heading and the focus.
  if (stap) await expect.poll(() => page.title(), { timeout: WAIT }).toContain(`Stap ${stap} van 5`);
}
export async function start(page: Page, sector: string, betrokkene: string, acuut = 'nee') {
  await klaar(page);
  await kiesRadio(page, 'mc-acuut', acuut);
  await kiesRadio(page, 'mc-sector', sector);
  if (sector === 'kinderopvang' || sector === 'onderwijs') await kiesRadio(page, 'mc-medewerker', 'nee');
  await kiesRadio(page, 'mc-betrokkene', betrokkene);
}
/** Keyboard: press a button (or link) found by Tab. */
export async function druk(page: Page, selector: string) {
  await tabTo(page, selector, 300);
  await page.keyboard.press('Enter');
}
/** Keyboard: go to a screen with the step navigation. */
export async function naarScherm(page: Page, titel: string, scherm: string) {
  await druk(page, `.mc-stappen button[data-scherm="${scherm}"]`);
  await expect.poll(() => kop(page).textContent(), { timeout: WAIT }).toBe(titel);
}


/** Keyboard: Tab (or Shift+Tab) to the button with exactly this text. */
export async function tabNaarKnop(page: Page, tekst: string, key = 'Tab', max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((t) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.trim() === t, tekst)) return;
  }
  throw new Error(`Met ${key} niet bij de knop "${tekst}" gekomen.`);
}
