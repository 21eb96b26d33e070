/** What the regiescan browser tests share: paths, fixtures, the catalogue, and waiting until the island runs. */
import type { Page } from 'playwright-core';
import { alleStellingen } from '../../../src/tools/regiescan/domain/model.ts';
import { echteCatalogus } from '../../unit/regiescan/helpers.ts';

export const PAD = '/instrumenten/regiescan/';
export const TEAM = '/instrumenten/regiescan/team/';
export const FIXTURES = new URL('../../unit/regiescan/fixtures/', import.meta.url);
export const fixture = (naam: string) => new URL(naam, FIXTURES).pathname;
export const catalogus = echteCatalogus();
export const stellingen = alleStellingen(catalogus);

export const kop = (page: Page) => page.locator('h2.regiescan__kop');

/**
 * The heading is in the HTML before the island runs: wait for the island too (its loaded marker, set once
 * stored work is on screen), else a click can come before anything listens. `timeout` for a slow machine.
 */
export async function klaar(page: Page, timeout?: number): Promise<void> {
  await kop(page).waitFor({ state: 'visible', ...(timeout ? { timeout } : {}) });
  await page.locator('[data-instrument-geladen="true"]').waitFor(timeout ? { timeout } : {});
}
