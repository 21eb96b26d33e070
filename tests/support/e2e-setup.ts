/**
 * Setup for every browser test file (vitest.config.ts, project e2e): after each test, and once more after
 * the file, the test fails if any page asked another origin for something or had a page error
 * (uncaught exception or console.error). A test cannot forget this: it does not have to ask for it.
 */
import { afterAll, afterEach } from 'vitest';
import { checkGuards, closeBrowser, closeOpenContexts } from './browser.ts';

afterEach(() => {
  checkGuards();
});

afterAll(async () => {
  await closeOpenContexts();
  try {
    checkGuards();
  } finally {
    await closeBrowser();
  }
});
