/**
 * One place for every wait in the tests. The suite runs on a busy 2-core machine (other builds, other
 * test workers), so waits are generous: a test waits for the state it needs, and only a real failure
 * runs into these limits. Never sleep for a fixed time; wait for a state with these.
 *
 * - WAIT: expect.poll (vitest.config.ts) and every Playwright action or locator wait (tests/support/browser.ts).
 * - NAVIGATION: page.goto, reload, a click that navigates.
 * - TEST / HOOK: a whole browser test and its hooks.
 */
export const WAIT = 15_000;
export const POLL_INTERVAL = 100;
export const NAVIGATION = 30_000;
export const TEST = 90_000;
export const HOOK = 90_000;
