/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core.
 * Every page gets a fresh context that blocks and records requests to any other origin,
 * so tests can prove that nothing leaves the device.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { afterAll, expect, inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Promise<Browser> | undefined;

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
  const page = await context.newPage();
  return { page, context, foreignRequests, close: () => context.close() };
}

export async function openPage(path: string, options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
  const opened = await newIsolatedPage(options);
  const response = await opened.page.goto(siteUrl(path));
  expect(response?.status(), `status van ${path}`).toBeLessThan(400);
  return opened;
}

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
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
