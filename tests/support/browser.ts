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
import { AXE_PATH, AXE_SOURCE, BLANK_PATH } from './axe-source.ts';
import type { EventEmitter } from 'node:events';
import { expect, inject } from 'vitest';
import { NAVIGATION, WAIT } from './timeouts.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Promise<Browser> | undefined;

/**
 * How the test browser is kept from reaching another origin: every request goes to a proxy that is not there
 * (a closed port on this machine), so it fails before it leaves the machine, an address by IP as well. Chromium
 * never sends the site's own origin (127.0.0.1) through a proxy. The guard below records each such request, and
 * the test fails on it.
 */
export const FOREIGN_BLOCK = ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1;localhost'];

/**
 * axe-core, the engine that @axe-core/playwright brings, loaded into a document the first time a test checks it
 * (and not again for later checks of the same document): the same rules. Not as an init script in every document:
 * most page loads in the tests are never checked, and compiling ~550 kB of axe costs every load time.
 * On a page of the test server it loads as a script from AXE_PATH, so Chromium compiles it once per test context
 * instead of once per page (serve-dist.ts); elsewhere, or without JavaScript, it is evaluated as before.
 * Then its colour parsing gets a memory (rememberAxeColours).
 */
async function loadAxe(page: Page): Promise<void> {
  if (await page.evaluate(rememberAxeColours)) return;
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
    if (loaded && (await page.evaluate(rememberAxeColours))) return;
  }
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  if (!(await page.evaluate(rememberAxeColours))) throw new Error('axe-core laadde niet in de pagina.');
}

/**
 * Runs in the page: whether axe is there, and if so, gives its colour parsing a memory (once per document).
 *
 * For the colour contrast of every piece of text axe parses the colour of each element behind it, again and
 * again, with colorjs.io (a new colour object with private fields for every call): on a long page about a third of
 * axe's time went there (measured, quiet: a thema handout 3.4–3.7 → 2.3–2.7 s; eight pages together 30 % less; the
 * axe test of all 178 pages 166 → 131–140 CPU seconds, page loads included). Parsing a colour is a
 * pure function of its text, so the outcome is kept per text and set on the colour the same way parseString
 * does; a colour it cannot parse still goes through axe every time (axe notes it and throws). The results stay
 * exactly the same: tests/e2e/axe-kleuren.test.ts compares every result of axe with and without this memory.
 * Should a new axe-core no longer have this method, nothing changes but the speed (that test says so).
 */
export function rememberAxeColours(): boolean {
  type Colour = { r: number; g: number; b: number; alpha: number; parseString(s: string): Colour };
  type Parse = Colour['parseString'] & { remembers?: true };
  const axe = (window as unknown as { axe?: { commons?: { color?: { Color?: { prototype: Colour } } } } }).axe;
  if (!axe) return false;
  const proto = axe.commons?.color?.Color?.prototype;
  const parse = proto?.parseString as Parse | undefined;
  if (!proto || typeof parse !== 'function' || parse.remembers) return true;
  const known = new Map<string, readonly [number, number, number, number]>();
  const remembering: Parse = function (this: Colour, text: string) {
    const hit = known.get(text);
    if (!hit) {
      parse.call(this, text);
      known.set(text, [this.r, this.g, this.b, this.alpha]);
      return this;
    }
    [this.r, this.g, this.b, this.alpha] = hit;
    return this;
  };
  remembering.remembers = true;
  proto.parseString = remembering;
  return true;
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
  /** Requests to another origin (the browser cannot reach them). The same array the test gets as `foreignRequests`. */
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
  // A blocked request to another origin is reported as a foreign request already (see FOREIGN_BLOCK).
  if (/net::ERR_(PROXY|TUNNEL)_CONNECTION_FAILED/.test(e.text)) return false;
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
  // Every request the browser makes is seen here (no interception needed, so Chromium keeps its HTTP cache; a
  // route on every request would turn that cache off and send each request through this process). One to
  // another origin is recorded; the browser itself cannot reach it (see FOREIGN_BLOCK in getBrowser()).
  context.on('request', (request) => {
    const url = request.url();
    if (g.origins.some((o) => url.startsWith(`${o}/`) || url === o) || url.startsWith('data:') || url.startsWith('blob:')) return;
    g.foreignRequests.push(url);
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
        ...FOREIGN_BLOCK,
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

/** What the guards recorded since the last check, as checkGuards' message ('' when nothing), for a test of the guard itself. */
export function takeGuardReport(): string {
  try {
    checkGuards();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/** Closes the contexts a test file left open (a failed test never reaches its close()); the pool's ready pages stay. */
export async function closeOpenContexts(): Promise<void> {
  const ready = new Set(pool.map((p) => p.context));
  await Promise.all([...guards].filter((g) => !g.closed && !ready.has(g.context)).map((g) => g.context.close().catch(() => undefined)));
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
  /** A page in a new context, never one an earlier test used: its HTTP cache is empty (to measure a first visit). */
  fresh?: boolean;
  viewport?: { width: number; height: number };
}

/**
 * Pages ready for the next test, each alone in its own guarded context (JavaScript on, one viewport each).
 *
 * Opening a page costs Chromium a new tab and a new renderer process: measured, a fresh page plus the load of a
 * tool page takes about twice the CPU time of loading that page again in an existing tab (1.6 against 0.8 CPU
 * seconds, 30 loads each). So newIsolatedPage() hands out a page an earlier test closed, once it is back to what
 * a new page in a new context gives a test: every kind of storage of the site emptied (local and session
 * storage, IndexedDB, Cache Storage, cookies, service workers), its history gone, the mouse back in the corner,
 * and a guard that starts empty. A page on which a test changed anything that this cannot undo (an init script,
 * a route, emulated media or size, a fake clock, a listener, a second page, offline, permissions) is never handed
 * out again: closing it closes its context, as before.
 */
const pool: { key: string; page: Page; context: BrowserContext }[] = [];
const reusable = new WeakMap<Page, boolean>();
const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** Marks the page as not reusable when a test calls one of these on it or its context. */
function watchChanges(page: Page, context: BrowserContext): void {
  const spoil = <T extends object>(target: T, names: string[]) => {
    for (const name of names) {
      const original = (target as Record<string, unknown>)[name];
      if (typeof original !== 'function') continue;
      (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
        reusable.set(page, false);
        return (original as (...a: unknown[]) => unknown).apply(target, args);
      };
    }
  };
  spoil(page, ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'emulateMedia', 'setViewportSize', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders']);
  spoil(context, ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders', 'setOffline', 'grantPermissions', 'setGeolocation', 'addCookies', 'setHTTPCredentials', 'newPage']);
  // A fake clock stays installed in the page (and its context) for every later document.
  const clockMethods = ['install', 'fastForward', 'pauseAt', 'resume', 'runFor', 'setFixedTime', 'setSystemTime'];
  spoil(page.clock, clockMethods);
  spoil(context.clock, clockMethods);
}

/** How many listeners an emitter has per event (Playwright's page and context are Node event emitters). */
function listeners(target: Page | BrowserContext): string {
  const e = target as unknown as EventEmitter;
  return e
    .eventNames()
    .map((name) => `${String(name)}:${e.listenerCount(name)}`)
    .sort()
    .join(' ');
}
/** The listeners of a new page and its context (Playwright's own, the guard's): a test that adds one spoils the page. */
const ownListeners = new WeakMap<Page, { page: string; context: string }>();

/** Brings a page a test has finished with back to a new page's state, or closes its context. */
async function release(page: Page, context: BrowserContext, key: string): Promise<void> {
  const own = ownListeners.get(page);
  const clean = reusable.get(page) === true && !page.isClosed() && context.pages().length === 1 && own?.page === listeners(page) && own.context === listeners(context);
  if (clean) {
    try {
      const origin = new URL(inject('baseUrl')).origin;
      await page.goto(`${origin}${BLANK_PATH}`);
      await page.evaluate(() => {
        sessionStorage.clear();
        localStorage.clear();
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await cdp.send('Page.resetNavigationHistory');
      await cdp.detach();
      await page.mouse.move(0, 0);
      pool.push({ key, page, context });
      return;
    } catch {
      // Anything unexpected: not reused.
    }
  }
  await context.close();
}

export async function newIsolatedPage(options: PageOptions = {}): Promise<OpenedPage> {
  const javaScript = options.javaScript ?? true;
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  const key = `${viewport.width}x${viewport.height}`;
  for (let i = pool.findLastIndex((p) => p.key === key); javaScript && !options.fresh && i >= 0; i = pool.findLastIndex((p) => p.key === key)) {
    const [{ page, context }] = pool.splice(i, 1) as [(typeof pool)[number]];
    const g = guardOf.get(context)!;
    // Whatever happened on it after the last check is still to be reported: then it is not reused.
    if (g.closed || g.reported.foreign !== g.foreignRequests.length || g.reported.errors !== g.pageErrors.length) {
      await context.close();
      continue;
    }
    g.foreignRequests = [];
    g.pageErrors = [];
    g.reported = { foreign: 0, errors: 0 };
    g.allowed = [];
    g.abortedByTest.clear();
    g.origins = [new URL(inject('baseUrl')).origin];
    reusable.set(page, true);
    return { page, context, foreignRequests: g.foreignRequests, close: () => release(page, context, key) };
  }
  const context = await (await getBrowser()).newContext({ javaScriptEnabled: javaScript, viewport, locale: 'nl-NL', acceptDownloads: true });
  const page = await context.newPage();
  reusable.set(page, javaScript);
  ownListeners.set(page, { page: listeners(page), context: listeners(context) });
  watchChanges(page, context);
  return { page, context, foreignRequests: guardOf.get(context)!.foreignRequests, close: () => release(page, context, key) };
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

/**
 * The parts of a page that axe may leave out when exactly these parts, as they are now, were already checked
 * (see axeViolations): on every page the site header and footer; on a page with a tool (an island in main) also
 * the breadcrumbs and the server-rendered text in main around the tool.
 */
const STATIC_PARTS = 'body > header, body > footer, body > div.page-width, main > :not(:has(astro-island))';
const SITE_PARTS = 'body > header, body > footer';

/**
 * Parts (see STATIC_PARTS) that a check found without violations, by fingerprint: per test worker, so across
 * documents and tests. The fingerprint of a part is its HTML, the values of its form fields, what its references
 * (aria-labelledby, for, href="#…", …) point to outside it, the attributes of html and body, every style sheet
 * of the page and the window size.
 */
const checkedParts = new Set<string>();

/**
 * Runs axe-core with the WCAG 2.2 A/AA tags over the whole document; returns the violations in a readable form.
 *
 * Every page has the same header and footer, and a page with a tool is checked in many states (every step,
 * every message). A part (STATIC_PARTS) whose fingerprint an earlier check in this worker found without
 * violations is left out: it was checked exactly as it is now, with the same styles, in a page with the same
 * html and body. Everything else, and the page-level rules (title, language, bypass), are checked every time;
 * anything changed in a part (or in what it points to) and the part is checked again. (Measured: a check of a
 * tool state takes about 40 % less time, an ordinary page about 20 %; most of axe's time goes to the colour
 * contrast of text.)
 */
export async function axeViolations(page: Page) {
  await loadAxe(page);
  const { violations, fingerprints } = await page.evaluate(async ([tags, toolParts, siteParts, known]) => {
    type Result = { violations: AxeViolation[]; incomplete: (AxeViolation & { error?: { message: string } })[] };
    const w = window as unknown as { axe: { run(ctx: Document | { exclude: Element[] }, opts: object): Promise<Result> } };
    const parts = [...document.querySelectorAll(document.querySelector('main astro-island') ? toolParts : siteParts)];
    const attributes = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
    const page = JSON.stringify([innerWidth, innerHeight, attributes(document.documentElement), attributes(document.body), [...document.querySelectorAll('link[rel~=stylesheet], style')].map((e) => e.outerHTML)]);
    // What a part points to outside itself: for a name, description or owned element its HTML (the name of a
    // button can come from there); for the rest (aria-controls, for, href="#…", …) whether it exists and what it is.
    const content = ['aria-labelledby', 'aria-describedby', 'aria-errormessage', 'aria-details', 'aria-owns'];
    const existence = ['aria-controls', 'aria-activedescendant', 'aria-flowto', 'for', 'headers', 'list'];
    const fragment = (href: string | null) => {
      if (!href?.startsWith('#')) return [];
      try {
        return [decodeURIComponent(href.slice(1))];
      } catch {
        return [href.slice(1)];
      }
    };
    const idsIn = (e: Element, names: string[]) => names.flatMap((n) => (e.getAttribute(n) ?? '').split(/\s+/)).filter(Boolean);
    const fingerprint = async (part: Element) => {
      const all = [part, ...part.querySelectorAll('*')];
      const fields = all.filter((e): e is HTMLInputElement => e.matches('input, select, textarea')).map((f) => `${f.value}|${f.checked}`);
      const outside = (id: string, html: boolean) => {
        const target = document.getElementById(id);
        if (!target) return `${id}: ontbreekt`;
        if (part.contains(target)) return `${id}: binnen`;
        return `${id}: ${html ? target.outerHTML : `${target.tagName} ${target.getAttribute('role') ?? ''}`}`;
      };
      const targets = all.flatMap((e) => [...idsIn(e, content).map((id) => outside(id, true)), ...[...idsIn(e, existence), ...fragment(e.getAttribute('href'))].map((id) => outside(id, false))]);
      const text = JSON.stringify([page, part.outerHTML, fields, targets]);
      if (!crypto.subtle) return text; // not a secure context: the text itself
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    };
    const prints = await Promise.all(parts.map(fingerprint));
    const skipped = parts.filter((_, i) => known.includes(prints[i]!));
    const options = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
    const result = await w.axe.run(skipped.length ? { exclude: skipped } : document, options);
    // A rule that fails with an error lands among "incomplete" and would approve everything it should check: count it.
    const errors = result.incomplete.filter((r) => r.error).map((r) => ({ ...r, help: `axe gaf een fout in deze regel: ${r.error!.message}` }));
    const found = [...result.violations, ...errors].map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    return { violations: found, fingerprints: prints.filter((_, i) => !skipped.includes(parts[i]!)) };
  }, [AXE_TAGS, STATIC_PARTS, SITE_PARTS, [...checkedParts]] as const);
  // Only a check without any violation vouches for the parts it covered.
  if (violations.length === 0) for (const f of fingerprints) checkedParts.add(f);
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

/**
 * Where focus is, in one round trip: whether it is on `selector`, and how many Tab stops there are at least
 * between it and the next element that matches (in the direction of `backwards`). Counts only elements that are
 * certainly a stop of their own: a visible, enabled link, button, select, textarea, input other than a radio
 * (a radio group is one stop), or tabindex="0"; not in an inert part, not hidden (also not in a closed details).
 * Says 0 when it cannot be sure: focus on nothing (Tab then goes on from where the focus was), a positive
 * tabindex (another order), a modal (it keeps focus itself) or no match after the focus (Tab would wrap around).
 */
function tabStopsBefore([selector, backwards]: readonly [string, boolean]): { here: boolean; skip: number } {
  const active = document.activeElement;
  const here = active?.matches(selector) ?? false;
  const unsure = '[tabindex]:not([tabindex="0"]):not([tabindex^="-"]), dialog:modal, [aria-modal="true"]';
  if (!active || active === document.body || active === document.documentElement || document.querySelector(unsure)) return { here, skip: 0 };
  const stop = 'a[href], button, select, textarea, input:not([type="hidden"]):not([type="radio"]), [tabindex="0"]';
  const certain = (el: Element) =>
    el instanceof HTMLElement && el.matches(stop) && !el.matches(':disabled') && !(el.getAttribute('tabindex') ?? '').trim().startsWith('-') &&
    !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true });
  const all = [...document.querySelectorAll(`${stop}, ${selector}`)];
  if (backwards) all.reverse();
  // In document order after the focus (its descendants too), or before it (its ancestors too) for Shift+Tab.
  const after = (el: Element) => (backwards ? el.compareDocumentPosition(active) : active.compareDocumentPosition(el)) & Node.DOCUMENT_POSITION_FOLLOWING;
  let skip = 0;
  for (const el of all) {
    if (!after(el)) continue;
    if (el.matches(selector)) return { here, skip };
    if (certain(el)) skip++;
  }
  return { here, skip: 0 };
}

/**
 * Presses Tab (or `key`, e.g. Shift+Tab) until the focused element matches `selector`, or fails after `max` presses.
 * Every press is a real key press. Where the page shows that at least n stops lie before the next match (see
 * tabStopsBefore), it presses n times before it looks again: the same presses, without a round trip after each.
 */
export async function tabTo(page: Page, selector: string, max = 80, key = 'Tab'): Promise<void> {
  const backwards = key.startsWith('Shift+');
  let pressed = 0;
  while (pressed < max) {
    const { here, skip } = await page.evaluate(tabStopsBefore, [selector, backwards] as const);
    if (here && pressed > 0) return;
    const n = Math.max(1, Math.min(skip, max - pressed));
    for (let i = 0; i < n; i++) await page.keyboard.press(key);
    pressed += n;
  }
  if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
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
