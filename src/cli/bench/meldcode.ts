/**
 * Bench of the meldcode tool (run by `npm run bench`): the JavaScript the page loads, gzip-compressed,
 * against the budget of 40 kB; and the size of the page's HTML (which carries the texts as props).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchContext, BenchRow } from './types.ts';

export const MELDCODE_JS_BUDGET = 40_000;
export const MELDCODE_PAD = '/instrumenten/meldcode/';

/** Loads the page and sums the gzip size of every script it fetches, and of its HTML. */
export async function meetMeldcode(page: Page, url: string): Promise<{ jsGzip: number; jsBestanden: number; htmlGzip: number }> {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.body());
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  // networkidle can come before the island starts loading on a busy machine: wait until it runs.
  await page.locator('.mc-tool[data-klaar]').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const html = (await response?.body()) ?? Buffer.alloc(0);
  // Inline scripts (Astro's island loader) count too.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  const bodies = await Promise.all(scripts);
  const jsGzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) + gzipSync(Buffer.from(inline), { level: 9 }).length;
  return { jsGzip, jsBestanden: bodies.length, htmlGzip: gzipSync(html, { level: 9 }).length };
}

export default async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const page = await ctx.newPage();
  try {
    const m = await meetMeldcode(page, ctx.siteUrl(MELDCODE_PAD));
    return [
      { name: 'meldcode: JavaScript (gzip)', value: m.jsGzip, unit: 'B' },
      { name: 'meldcode: JavaScript-budget (gzip)', value: MELDCODE_JS_BUDGET, unit: 'B' },
      { name: 'meldcode: JavaScript-bestanden', value: m.jsBestanden, unit: 'bestanden' },
      { name: 'meldcode: HTML (gzip)', value: m.htmlGzip, unit: 'B' },
    ];
  } finally {
    await page.close();
  }
}
