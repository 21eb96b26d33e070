/**
 * Setup for every browser test file (vitest.config.ts, project e2e): after each test, and once more after
 * the file, the test fails if any page asked another origin for something or had a page error
 * (uncaught exception or console.error). A test cannot forget this: it does not have to ask for it.
 * The browser itself stays open for the next file in this worker (vitest.config.ts: isolate false for e2e);
 * Playwright closes it when the worker ends.
 */
import { afterAll, afterEach } from 'vitest';
import { checkGuards, closeOpenContexts } from './browser.ts';

afterEach(() => {
  checkGuards();
});

afterAll(async () => {
  await closeOpenContexts();
  checkGuards();
});
