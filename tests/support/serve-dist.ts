/**
 * Vitest global setup: serves the built site (dist/) for the search and browser tests with Astro's own
 * preview server (the programmatic `preview()` that `npm start` uses too), on a free port of 127.0.0.1.
 * It serves directory URLs with their index.html, unknown paths with 404.html and status 404, and, as the
 * site's `trailingSlash: 'always'` says, a page path without its slash as not found.
 *
 * Every response carries the headers that public/_headers gives the whole site ("/*": the strict
 * Content-Security-Policy, Referrer-Policy, Permissions-Policy, …), read from the built dist/_headers, as a host
 * would send them. So every browser test runs under the real CSP, and the guard (tests/support/browser.ts) fails a
 * test on any CSP violation. (The per-path cache headers are left out: they do not change what a page may do.)
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { headersFor, parseHeaders } from '../../src/integrations/security-headers.ts';

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
  if (!existsSync('dist/_headers')) throw new Error('dist/_headers ontbreekt: public/_headers hoort bij de site; bouw opnieuw met "npx astro build".');
  const headers = headersFor(parseHeaders(readFileSync('dist/_headers', 'utf8')), '/');
  if (!headers['content-security-policy']) throw new Error('dist/_headers geeft de site geen Content-Security-Policy (regel "/*").');
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Vite binds keyboard shortcuts to a terminal unless CI is set; the test runner owns the terminal.
  const ci = process.env.CI;
  process.env.CI = '1';
  try {
    const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
    // Node closes an idle keep-alive connection after 5 s; a test process that reuses it just then gets
    // "other side closed" (seen with the search index under load). Keep them open while the tests run.
    const http = (server as { server?: Server }).server;
    if (!http) throw new Error('De preview-server van Astro gaf geen HTTP-server terug; de headers kunnen niet mee.');
    http.keepAliveTimeout = KEEP_ALIVE;
    // Before Astro's own handlers, so every response has them, also the 404 page (Vite's preview.headers misses that one).
    http.prependListener('request', (_req, res) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    });
    project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
    return () => server.stop();
  } finally {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
}
