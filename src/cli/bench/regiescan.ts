/**
 * Bench of the regiescan (run by `npm run bench`):
 * - the JavaScript each regiescan page loads (same-origin scripts, gzip -9), against the budget of 40 kB gzip;
 * - merging 200 respondents (budget: under 1 s): the pure merge (add, aggregate, roles) in Node, and in
 *   Chromium from choosing the 200 files until the team result is on the screen.
 */
import { gzipSync } from 'node:zlib';
import { scanBestand, type Respondent } from '../../tools/regiescan/domain/bestand.ts';
import { alleStellingen, type Antwoord, type Scan } from '../../tools/regiescan/domain/model.ts';
import { voegToe } from '../../tools/regiescan/domain/respondenten.ts';
import { rolUitsplitsing } from '../../tools/regiescan/domain/rollen.ts';
import { teamUitslag } from '../../tools/regiescan/domain/team.ts';
import { echteCatalogus } from '../../../tests/unit/regiescan/helpers.ts';
import type { BenchContext, BenchRow } from './types.ts';

export const BUDGET_SAMENVOEGEN_MS = 1000;
const ROLLEN = ['bestuurder', 'beleidsadviseur-oov', 'manager-zvh', 'ketenpartner', 'anders'] as const;

function respondenten(n: number): Respondent[] {
  const ids = alleStellingen(echteCatalogus()).map((s) => s.id);
  return Array.from({ length: n }, (_, r) => {
    const scan: Scan = {
      stellingenVersie: 1,
      context: { gemeenteRol: '', grootte: '', respondentRol: ROLLEN[r % 5]!, code: '', datum: '' },
      antwoorden: Object.fromEntries(ids.map((id, i) => [id, (i * 7 + r * 3) % 11 === 0 ? 'weet-niet' : (((i + r) % 4) as Antwoord)])),
      notities: {},
      actieplan: [],
    };
    return { opgeslagen: new Date(Date.UTC(2026, 0, 1, 0, 0, r)).toISOString(), scan };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The pure merge of 200 respondents, median of 5 runs. */
export function samenvoegenInNode(n = 200): number {
  const catalogus = echteCatalogus();
  const team = respondenten(n);
  const tijden: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const r = voegToe([], team.map((respondent, j) => ({ naam: `r${j}.json`, respondent })));
    const lijst = r.team.map((g) => g.respondent);
    teamUitslag(catalogus, lijst);
    rolUitsplitsing(catalogus, lijst);
    tijden.push(performance.now() - start);
  }
  return median(tijden);
}

/** In Chromium: from choosing 200 files until the heading says the team has 200 scans. */
async function samenvoegenInBrowser(ctx: BenchContext, n = 200): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(ctx.siteUrl('/instrumenten/regiescan/team/'), { waitUntil: 'load' });
  await page.locator('h2.regiescan__kop').waitFor({ state: 'visible' });
  const files = respondenten(n).map((r, i) => ({ name: `r${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scanBestand(r.scan, new Date(r.opgeslagen)))) }));
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#team-bestanden')!;
    input.addEventListener('change', () => ((window as unknown as { __start: number }).__start = performance.now()), { capture: true, once: true });
  });
  await page.locator('#team-bestanden').setInputFiles(files);
  await page.locator('h2.regiescan__kop', { hasText: `Teamscan met ${n} scans` }).waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => new Promise<number>((klaar) => requestAnimationFrame(() => klaar(performance.now() - (window as unknown as { __start: number }).__start))));
  await page.close();
  return ms;
}

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
  const rows = await javascriptBench(ctx);
  const node = samenvoegenInNode();
  const browser = await samenvoegenInBrowser(ctx);
  rows.push(
    { name: 'regiescan teamscan: 200 respondenten samenvoegen (domein, mediaan van 5)', value: Math.round(node), unit: 'ms' },
    { name: 'regiescan teamscan: 200 bestanden kiezen tot resultaat op het scherm', value: Math.round(browser), unit: 'ms' },
    { name: 'regiescan teamscan: ruimte tot budget van 1 s (scherm)', value: Math.round(BUDGET_SAMENVOEGEN_MS - browser), unit: 'ms' },
  );
  return rows;
}

/** Only the JavaScript sizes (the browser test of the budget uses this part). */
export async function javascriptBench(ctx: BenchContext): Promise<BenchRow[]> {
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
