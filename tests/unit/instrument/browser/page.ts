/**
 * Bundles harness.tsx with esbuild (comes with Astro) and serves it on a fake origin in Chromium,
 * so the Preact parts of the layer can be tested in a real browser without building the site.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** localhost: a secure context (Web Crypto needs one); every request is answered by page.route, nothing listens there. */
export const ORIGIN = 'http://localhost:45999';

let bundle: Promise<{ js: string; css: string }> | undefined;

export function harnessBundle() {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./harness.tsx', import.meta.url))],
    bundle: true,
    write: false,
    outdir: '/tmp/instrument-harness',
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [
      {
        name: 'virtual-css',
        setup(b) {
          b.onResolve({ filter: /^virtual:/ }, (a) => ({ path: a.path, namespace: 'virtual' }));
          b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: '', loader: 'css' }));
        },
      },
    ],
  }).then((r) => ({
    js: r.outputFiles.find((f) => f.path.endsWith('.js'))!.text,
    css: r.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '',
  }));
  return bundle;
}

let browser: Promise<Browser> | undefined;
export function getBrowser() {
  browser ??= chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  return browser;
}
export async function closeBrowser() {
  if (browser) await (await browser).close();
  browser = undefined;
}

export async function newContext(init?: string): Promise<BrowserContext> {
  const { js, css } = await harnessBundle();
  const context = await (await getBrowser()).newContext({ viewport: { width: 1024, height: 800 }, locale: 'nl-NL', acceptDownloads: true });
  if (init) await context.addInitScript({ content: init });
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Demo | Veiligwijzer</title><style>body{margin:0 1rem;font:16px sans-serif}${css}</style></head><body><div id="app"></div><script>${js.replace(/<\/script/g, '<\\/script')}</script></body></html>`,
    }),
  );
  return context;
}

/** Opens the demo tool; `query` (e.g. "?delay=60000") is read by the harness. */
export async function openHarness(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/${query}`);
  await page.locator('[data-instrument-geladen="true"]').waitFor({ timeout: 15_000 });
  return page;
}
