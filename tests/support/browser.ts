/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, one browser per
 * test worker.
 *
 * Every context this browser opens is guarded, however a test opens it (newIsolatedPage, openPage, or
 * getBrowser().newContext()/newPage()): requests to another origin are blocked and recorded, and page
 * errors (uncaught exceptions, console.error) are recorded. tests/support/e2e-setup.ts checks after every
 * test that nothing was recorded, so no browser test can forget to prove it.
 * Waits: Playwright actions and locators wait up to WAIT, navigations up to NAVIGATION (timeouts.ts).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { AXE_PATH, AXE_SOURCE } from './axe-source.ts';
import { expect, inject } from 'vitest';
import { NAVIGATION, WAIT } from './timeouts.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Promise<Browser> | undefined;

/**
 * axe-core, the engine that @axe-core/playwright brings, loaded into a document the first time a test checks it
 * (and not again for later checks of the same document): the same rules. Not as an init script in every document:
 * most page loads in the tests are never checked, and compiling ~550 kB of axe costs every load time.
 * On a page of the test server it loads as a script from AXE_PATH, so Chromium compiles it once per test context
 * instead of once per page (serve-dist.ts); elsewhere, or without JavaScript, it is evaluated as before.
 */
async function loadAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  const g = guardOf.get(page.context());
  const origin = new URL(inject('baseUrl')).origin;
  if (g?.javaScript !== false && page.url().startsWith(`${origin}/`)) {
    const loaded = await page.evaluate(
      (src) =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          // Removed once it ran: the page keeps no trace of the test.
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          script.addEventListener('load', () => script.remove());
          script.addEventListener('error', () => script.remove());
          document.head.append(script);
        }),
      `${origin}${AXE_PATH}`,
    );
    if (loaded && (await page.evaluate(() => 'axe' in window))) return;
  }
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
}

/** Turns every CSP violation in a page into a console.error the guard records (see guard()). */
export const CSP_MARK = 'CSP-schending';
const CSP_WATCH = `document.addEventListener('securitypolicyviolation', (e) => console.error('${CSP_MARK}: ' + e.violatedDirective + ' blokkeerde ' + (e.blockedURI || '?') + ' (' + (e.sourceFile || '?') + ':' + e.lineNumber + ')'));`;

interface PageError {
  kind: 'paginafout' | 'console.error';
  text: string;
  /** The page it happened on; for a console message also the resource it is about. */
  pageUrl: string;
  source: string;
}

/** What a guarded context saw that it should not have. */
interface Guard {
  context: BrowserContext;
  /** Requests to another origin, blocked. The same array the test gets as `foreignRequests`. */
  foreignRequests: string[];
  /** Uncaught exceptions and console.error messages, as they came. */
  pageErrors: PageError[];
  /** Same-origin requests a test aborted itself (page.route(…, (r) => r.abort())): their load errors are expected. */
  abortedByTest: Set<string>;
  /** Console errors matching one of these are expected by the test (see allowConsoleErrors). */
  allowed: RegExp[];
  /** Origins that serve the built site: the test server, and any a test adds with allowSiteOrigin. */
  origins: string[];
  /** How many of each list were already reported by checkGuards(). */
  reported: { foreign: number; errors: number };
  closed: boolean;
  /** Whether the context runs the pages' JavaScript (a test may turn it off). */
  javaScript: boolean;
}

const guards = new Set<Guard>();
const guardOf = new WeakMap<BrowserContext, Guard>();

/** Whether a recorded error is one the test did not ask for. */
function isUnexpected(e: PageError, g: Guard): boolean {
  if (e.kind === 'paginafout') return true;
  // Asking for a page that does not exist (the 404 test) makes Chromium log the 404 of the document itself.
  // That is the answer the test wants; a missing script, style or image on a page is still an error.
  if (/status of 404/.test(e.text) && e.source === e.pageUrl) return false;
  // A blocked request to another origin is reported as a foreign request already.
  if (/ERR_BLOCKED_BY_CLIENT/.test(e.text)) return false;
  // A test that blocks a resource on purpose (to check the page without its island) expects it not to load.
  if (/^Failed to load resource: net::ERR_FAILED/.test(e.text) && g.abortedByTest.has(e.source)) return false;
  // Astro's island then reports that it could not hydrate (after a retry): also what the test asked for.
  const module = /Failed to fetch dynamically imported module: (\S+)/.exec(e.text)?.[1];
  if (module && g.abortedByTest.has(module.split('?')[0]!)) return false;
  return !g.allowed.some((re) => re.test(e.text));
}

async function guard(context: BrowserContext, javaScript: boolean): Promise<Guard> {
  const origin = new URL(inject('baseUrl')).origin;
  const g: Guard = {
    context,
    foreignRequests: [],
    pageErrors: [],
    abortedByTest: new Set(),
    allowed: [],
    origins: [origin],
    reported: { foreign: 0, errors: 0 },
    closed: false,
    javaScript,
  };
  guards.add(g);
  guardOf.set(context, g);
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(NAVIGATION);
  context.on('close', () => {
    g.closed = true;
  });
  context.on('weberror', (error) => {
    const pageUrl = error.page()?.url() ?? '?';
    g.pageErrors.push({ kind: 'paginafout', text: error.error().message, pageUrl, source: pageUrl });
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    g.pageErrors.push({ kind: 'console.error', text: message.text(), pageUrl: message.page()?.url() ?? '?', source: message.location().url });
  });
  context.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'net::ERR_FAILED' && request.url().startsWith(`${origin}/`)) {
      g.abortedByTest.add(request.url());
      g.abortedByTest.add(request.url().split('?')[0]!);
    }
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (g.origins.some((o) => url.startsWith(`${o}/`) || url === o) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    g.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // The test server sends the site's Content-Security-Policy (serve-dist.ts). Chromium reports a violation as a
  // console error itself; this makes every violation one explicit console.error as well, so the guard fails the test.
  await context.addInitScript({ content: CSP_WATCH });
  return g;
}

export function getBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium niet gevonden op ${CHROMIUM_PATH}. Installeer het met "apt-get install chromium" of zet CHROMIUM_PATH.`);
  }
  browser ??= chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .then((b) => {
      // Every context is guarded, also one a test opens itself (browser.newPage() goes through newContext too).
      const newContext = b.newContext.bind(b);
      // Service workers are blocked unless a test asks for them (the offline test): otherwise every new context
      // would download the whole precache (several MB) while the test runs.
      b.newContext = async (options?: BrowserContextOptions) => {
        const context = await newContext({ serviceWorkers: 'block', ...options });
        await guard(context, options?.javaScriptEnabled !== false);
        return context;
      };
      b.on('disconnected', () => {
        browser = undefined;
      });
      return b;
    });
  return browser;
}

/**
 * Checks every guarded context for foreign requests and page errors since the last check, and throws
 * one Dutch error that lists them. Called after each test by tests/support/e2e-setup.ts.
 */
export function checkGuards(): void {
  const problems: string[] = [];
  for (const g of guards) {
    problems.push(...g.foreignRequests.slice(g.reported.foreign).map((u) => `verzoek naar een andere origin: ${u}`));
    problems.push(...g.pageErrors.slice(g.reported.errors).filter((e) => isUnexpected(e, g)).map((e) => `${e.kind} op ${e.pageUrl}: ${e.text}`));
    g.reported = { foreign: g.foreignRequests.length, errors: g.pageErrors.length };
    if (g.closed) guards.delete(g);
  }
  if (problems.length > 0) {
    throw new Error(`De browser zag wat niet mag (geen verzoek naar een andere origin, geen paginafout):\n- ${problems.join('\n- ')}`);
  }
}

/** Closes the contexts a test file left open (a failed test never reaches its close()). */
export async function closeOpenContexts(): Promise<void> {
  await Promise.all([...guards].filter((g) => !g.closed).map((g) => g.context.close().catch(() => undefined)));
}

/** Closes this worker's browser (if any). */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await (await b).close().catch(() => undefined);
}

/**
 * Tells the guard of `page`'s context that console errors matching `pattern` are expected in this test
 * (say why at the call). Uncaught exceptions are never expected.
 */
export function allowConsoleErrors(page: Page, pattern: RegExp): void {
  const g = guardOf.get(page.context());
  if (!g) throw new Error('Deze pagina komt niet uit de testbrowser (getBrowser).');
  g.allowed.push(pattern);
}

/**
 * A test that serves the built site itself (for example with other headers) names that origin here; every
 * other origin stays blocked and fails the test.
 */
export function allowSiteOrigin(context: BrowserContext, origin: string): void {
  const g = guardOf.get(context);
  if (!g) throw new Error('Deze context komt niet uit de testbrowser (getBrowser).');
  g.origins.push(new URL(origin).origin);
}

export function siteUrl(path: string): string {
  return new URL(path, inject('baseUrl')).href;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request to another origin (blocked). Should stay empty; checked after every test anyway. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export interface PageOptions {
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

export async function newIsolatedPage(options: PageOptions = {}): Promise<OpenedPage> {
  const context = await (await getBrowser()).newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  return { page, context, foreignRequests: guardOf.get(context)!.foreignRequests, close: () => context.close() };
}

export async function openPage(path: string, options: PageOptions = {}): Promise<OpenedPage> {
  const opened = await newIsolatedPage(options);
  const response = await opened.page.goto(siteUrl(path));
  expect(response?.status(), `status van ${path}`).toBeLessThan(400);
  return opened;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core with the WCAG 2.2 A/AA tags; returns the violations in a readable form. */
export async function axeViolations(page: Page) {
  await loadAxe(page);
  const violations = await page.evaluate(async (tags) => {
    type Result = { violations: AxeViolation[]; incomplete: (AxeViolation & { error?: { message: string } })[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // A rule that fails with an error lands among "incomplete" and would approve everything it should check: count it.
    const errors = result.incomplete.filter((r) => r.error).map((r) => ({ ...r, help: `axe gaf een fout in deze regel: ${r.error!.message}` }));
    return [...result.violations, ...errors].map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
  }));
}

export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe-overtredingen op ${label}`).toEqual([]);
}

/** Presses Tab (or `key`, e.g. Shift+Tab) until the focused element matches `selector`, or fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Met ${key} niet bij "${selector}" gekomen na ${max} keer.`);
}

/**
 * The element is on the page but not shown. Fails when the selector matches nothing (isVisible() === false
 * alone would pass then, for a renamed id too).
 */
export async function expectHidden(locator: Locator): Promise<void> {
  expect(await locator.count(), `${locator} bestaat niet op de pagina`).toBeGreaterThan(0);
  for (const one of await locator.all()) expect(await one.isVisible(), `${one} is zichtbaar`).toBe(false);
}
