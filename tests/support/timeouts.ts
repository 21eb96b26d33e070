/**
 * One place for every wait in the tests. The suite runs on a busy 2-core machine (other builds, other
 * test workers; load averages of 30 to 50 were seen while eight people worked), so waits are generous:
 * a test waits for the state it needs, and only a real failure runs into these limits. Never sleep for a
 * fixed time; wait for a state with these.
 *
 * - WAIT: expect.poll (vitest.config.ts) and every Playwright action or locator wait (tests/support/browser.ts).
 * - NAVIGATION: page.goto, reload, a click that navigates.
 * - SLOW_WAIT: a wait for something known to be slow: the search index on first use, 200 files read at once.
 * - TEST / HOOK: a whole browser test and its hooks; LONG_TEST for the few that walk a long document or many queries.
 * - NODE_TEST: a test without a browser (unit, content, site, search). Most take milliseconds; the few that
 *   build something (the trimmed CSS, the source check) need seconds, and several times that on a busy machine.
 */
export const WAIT = 30_000;
export const POLL_INTERVAL = 100;
export const SLOW_WAIT = 60_000;
export const NAVIGATION = 60_000;
export const TEST = 180_000;
export const LONG_TEST = 300_000;
export const HOOK = 180_000;
export const NODE_TEST = 60_000;
