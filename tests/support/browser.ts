/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core.
 * Every page gets a fresh context that blocks and records requests to any other origin,
 * so tests can prove that nothing leaves the device.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, expect, inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Promise<Browser> | undefined;

/**
 * axe-core, the engine that @axe-core/playwright brings, injected once per page (init script) instead of
 * once per check: the same rules, a third of the time over 150+ pages.
 */
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

export function getBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium niet gevonden op ${CHROMIUM_PATH}. Installeer het met "apt-get install chromium" of zet CHROMIUM_PATH.`);
  }
  browser ??= chromium.launch({
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
  });
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export function siteUrl(path: string): string {
  return new URL(path, inject('baseUrl')).href;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request to another origin (blocked). Should stay empty. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function newIsolatedPage(options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
  const origin = new URL(inject('baseUrl')).origin;
  const context = await (await getBrowser()).newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  return { page, context, foreignRequests, close: () => context.close() };
}

export async function openPage(path: string, options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
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
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
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

/** Presses Tab until the focused element matches `selector` (or gives up after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Met Tab niet bij "${selector}" gekomen na ${max} keer.`);
}
