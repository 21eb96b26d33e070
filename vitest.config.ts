import { defineConfig } from 'vitest/config';
import { HOOK, NODE_TEST, POLL_INTERVAL, TEST, WAIT } from './tests/support/timeouts.ts';

/**
 * Test projects, each a folder under tests/:
 * - unit: pure modules (domain logic of the tools, helpers, schemas); no build needed.
 * - content: the content files themselves (schemas, references, source check).
 * - site: the built site in dist/ as files: links, anchors, other origins, titles.
 * - search: the Dutch search suite against the built Pagefind index in dist/.
 * - e2e: the built site in Debian Chromium (Playwright), axe, links, privacy.
 * `npm test` builds first; see src/cli/test.ts.
 * Every wait has one deliberate limit (tests/support/timeouts.ts): expect.poll waits up to WAIT, not Vitest's 1 s.
 */
const expect = { poll: { timeout: WAIT, interval: POLL_INTERVAL } };
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Unit and content tests change no global state (no stubbed globals, fake timers or env; one vi.mock of a
      // module only its own file imports), so the files share one module cache: a third of the phase went to
      // importing the same modules again for every file (measured, quiet: 47 s before, 21–25 s now; next to astro
      // check the phase went from 55 to 38 s). Checked with the files in random order.
      { test: { name: 'unit', environment: 'node', expect, testTimeout: NODE_TEST, hookTimeout: NODE_TEST, isolate: false, include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', environment: 'node', expect, testTimeout: NODE_TEST, hookTimeout: NODE_TEST, isolate: false, include: ['tests/content/**/*.test.ts'] } },
      { test: { name: 'site', environment: 'node', expect, testTimeout: NODE_TEST, hookTimeout: NODE_TEST, include: ['tests/site/**/*.test.ts'] } },
      {
        test: {
          name: 'search',
          environment: 'node',
          expect,
          include: ['tests/search/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: NODE_TEST,
          hookTimeout: NODE_TEST,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          expect,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: TEST,
          hookTimeout: HOOK,
          setupFiles: ['tests/support/e2e-setup.ts'],
          maxWorkers: 2,
          // One Chromium per worker, not one per file: the files share the worker's module state (browser.ts).
          isolate: false,
        },
      },
    ],
  },
});
