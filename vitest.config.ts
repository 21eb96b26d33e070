import { defineConfig } from 'vitest/config';

/**
 * Test projects, each a folder under tests/:
 * - unit: pure modules (domain logic of the tools, helpers, schemas); no build needed.
 * - content: the content files themselves (schemas, references, source check).
 * - site: the built site in dist/ as files: links, anchors, other origins, titles.
 * - search: the Dutch search suite against the built Pagefind index in dist/.
 * - e2e: the built site in Debian Chromium (Playwright), axe, links, privacy.
 * `npm test` builds first; see src/cli/test.ts.
 */
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', environment: 'node', include: ['tests/content/**/*.test.ts'] } },
      { test: { name: 'site', environment: 'node', include: ['tests/site/**/*.test.ts'] } },
      {
        test: {
          name: 'search',
          environment: 'node',
          include: ['tests/search/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
