/**
 * Vitest global setup: serves the built site (dist/) for the search and browser tests with Astro's own
 * preview server (the programmatic `preview()` that `npm start` uses too), on a free port of 127.0.0.1.
 * It serves directory URLs with their index.html, unknown paths with 404.html and status 404, and, as the
 * site's `trailingSlash: 'always'` says, a page path without its slash as not found.
 *
 * Every response carries the headers that public/_headers gives the whole site ("/*": the strict
 * Content-Security-Policy, Referrer-Policy, Permissions-Policy, …), read from the built dist/_headers, as a host
 * would send them. So every browser test runs under the real CSP, and the guard (tests/support/browser.ts) fails a
 * test on any CSP violation. The per-path rules apply too, as at the host: files with a hash in their name
 * (/_astro/*) are "immutable", so Chromium takes them from its cache instead of asking again on every page
 * (the preview server itself says "no-cache" for everything). Measured: a load of the meldcode page costs
 * Chromium 8 % less CPU.
 *
 * One address is the tests' own: AXE_PATH serves axe-core (the same file the tests otherwise inject), with a cache
 * header. Loaded from there as a script, Chromium keeps its compiled code between the pages of a test: measured
 * under load, 100–600 ms per page instead of 500–2,000 ms to compile ~550 kB of axe again for every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { headersFor, parseHeaders } from '../../src/integrations/security-headers.ts';
import { AXE_PATH, AXE_SOURCE, BLANK_PATH } from './axe-source.ts';

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
  const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
  if (!headersFor(rules, '/')['content-security-policy']) throw new Error('dist/_headers geeft de site geen Content-Security-Policy (regel "/*").');
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
    type Listener = (req: IncomingMessage, res: ServerResponse) => void;
    const astro = http.listeners('request') as Listener[];
    http.removeAllListeners('request');
    http.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const headers = headersFor(rules, new URL(req.url ?? '/', 'http://localhost').pathname);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (req.url === BLANK_PATH) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="nl"><title>Leeg</title><link rel="icon" href="data:,"></html>');
        return;
      }
      if (req.url === AXE_PATH) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
        res.end(AXE_SOURCE);
        return;
      }
      for (const listener of astro) listener.call(http, req, res);
    });
    project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
    return () => server.stop();
  } finally {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
}
