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
      { test: { name: 'unit', environment: 'node', expect, testTimeout: NODE_TEST, hookTimeout: NODE_TEST, include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', environment: 'node', expect, testTimeout: NODE_TEST, hookTimeout: NODE_TEST, include: ['tests/content/**/*.test.ts'] } },
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
