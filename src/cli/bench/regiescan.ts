/**
 * Bench of the regiescan: the JavaScript each regiescan page loads (same-origin scripts, gzip -9),
 * against the budget of 40 kB gzip. Run by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { BenchContext, BenchRow } from './types.ts';

export const BUDGET_GZIP_BYTES = 40_000;

async function javascriptBytes(ctx: BenchContext, path: string): Promise<{ raw: number; gzip: number; files: number }> {
  const page = await ctx.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => null));
  });
  await page.goto(ctx.siteUrl(path), { waitUntil: 'networkidle' });
  await page.locator('h2.regiescan__kop').waitFor({ state: 'visible' });
  const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  // Inline scripts (Astro's island loader) count too.
  const inline = await page.$$eval('script:not([src])', (s) => s.map((e) => e.textContent ?? ''));
  const all = [...files, ...inline.map((t) => Buffer.from(t))];
  await page.close();
  if (!files.length) throw new Error(`${path}: geen enkel JavaScript-bestand gemeten; de meting klopt niet.`);
  return {
    raw: all.reduce((a, b) => a + b.length, 0),
    gzip: all.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0),
    files: files.length,
  };
}

export default async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [naam, path] of [
    ['regiescan', '/instrumenten/regiescan/'],
    ['regiescan teamscan', '/instrumenten/regiescan/team/'],
  ] as const) {
    const js = await javascriptBytes(ctx, path);
    rows.push(
      { name: `${naam}: JavaScript (gzip)`, value: js.gzip, unit: 'B' },
      { name: `${naam}: JavaScript (onverpakt)`, value: js.raw, unit: 'B' },
      { name: `${naam}: JavaScript-bestanden`, value: js.files, unit: 'stuks' },
      { name: `${naam}: ruimte tot budget van 40 kB gzip`, value: BUDGET_GZIP_BYTES - js.gzip, unit: 'B' },
    );
  }
  return rows;
}
