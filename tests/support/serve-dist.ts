/**
 * Vitest global setup: serves the built site (dist/) for the search and browser tests with Astro's own
 * preview server (the programmatic `preview()` that `npm start` uses too), on a free port of 127.0.0.1.
 * It serves directory URLs with their index.html, unknown paths with 404.html and status 404, and, as the
 * site's `trailingSlash: 'always'` says, a page path without its slash as not found.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

const KEEP_ALIVE = 10 * 60_000;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ ontbreekt: bouw de site eerst met "npx astro build" (npm test doet dat zelf).');
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Vite binds keyboard shortcuts to a terminal unless CI is set; the test runner owns the terminal.
  const ci = process.env.CI;
  process.env.CI = '1';
  try {
    const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
    // Node closes an idle keep-alive connection after 5 s; a test process that reuses it just then gets
    // "other side closed" (seen with the search index under load). Keep them open while the tests run.
    const http = (server as { server?: Server }).server;
    if (http) http.keepAliveTimeout = KEEP_ALIVE;
    project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
    return () => server.stop();
  } finally {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
}
