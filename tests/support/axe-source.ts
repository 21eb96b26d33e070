/** axe-core as @axe-core/playwright brings it: its source, and the address the test server serves it at (serve-dist.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
export const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
/** Not a page of the site: only the test server answers it. */
export const AXE_PATH = '/__tests/axe.min.js';
/** An empty page of the test server (not of the site), to clear a reused tab's session storage (browser.ts). */
export const BLANK_PATH = '/__tests/leeg';
