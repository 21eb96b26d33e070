/**
 * `npm run bench`: size and speed, measured (never asserted by timed tests).
 *  1. Build time of `astro build`.
 *  2. Per page type: HTML, CSS and JavaScript bytes (gzip) of the first load, as Chromium loads it,
 *     for a representative page (the largest of its type), plus the HTML range over all pages of the type.
 *  3. Budgets: a gids ships no JavaScript and its first load stays under 30 kB gzip; tool pages stay under
 *     their JavaScript budget.
 *  4. Tool timings: each src/cli/bench/<tool>.ts module (see ./bench/types.ts).
 *  5. Build phases (from Astro's log): bundling, page generation (ms per page), search index, service worker; and
 *     where page generation spends its time: CPU time per route and the fixed part before the first page
 *     (src/integrations/build-timing.ts). CPU time hardly changes on a busy machine; wall-clock time does.
 *  6. Typing a question on the search page (src/cli/search-typing.ts): total blocking time with DevTools-style
 *     throttling (CPU 4×, mobile network), layout shift, search files loaded; median of the runs. The peer
 *     (a Starlight build of the same gidsen) measured 347 ms TBT for typing a query.
 *  7. Lighthouse (mobile, Debian's Chromium via chrome-launcher; CHROME_PATH or /usr/bin/chromium) per page type:
 *     performance, accessibility, best practices, CLS and TBT. First a control page (/over/: no script, little
 *     HTML): if even that scores under 100, the machine is too busy and the scores below say more about the machine.
 * Use `npm run bench -- --no-build` to measure the existing dist/, `--no-lighthouse` to skip Lighthouse,
 * `--alleen-build` to stop after the build phases.
 * Content pages load one small site script (print buttons, offline service worker): JS budget 1 kB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/support/static-server.ts';
import { ensureChromium, CHROMIUM_PATH } from './ensure-chromium.ts';
import { measureTyping, type TypingResult } from './search-typing.ts';
import type { BenchRow, ToolBench } from './bench/types.ts';
import type { BuildTiming } from '../integrations/build-timing.ts';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

interface PageType {
  name: string;
  match: (url: string) => boolean;
  budget?: { totalKb?: number; jsKb?: number; cssKb?: number };
}

const TYPES: PageType[] = [
  { name: 'home', match: (u) => u === '/' },
  { name: 'gids', match: (u) => /^\/gidsen\/[^/]+\/$/.test(u), budget: { totalKb: 30, jsKb: 1, cssKb: 10 } },
  { name: 'praktijkvoorbeeld', match: (u) => /^\/praktijkvoorbeelden\/[^/]+\/$/.test(u), budget: { totalKb: 30, jsKb: 1, cssKb: 10 } },
  { name: 'thema', match: (u) => /^\/themas\/[^/]+\/$/.test(u), budget: { jsKb: 1 } },
  { name: 'thema-hand-out', match: (u) => /^\/themas\/[^/]+\/handout\/$/.test(u), budget: { jsKb: 1 } },
  { name: 'bron', match: (u) => /^\/bronnen\/[^/]+\/$/.test(u), budget: { jsKb: 1 } },
  { name: 'begrippen A–Z', match: (u) => u === '/begrippen/', budget: { jsKb: 1 } },
  { name: 'catalogus', match: (u) => u === '/praktijkvoorbeelden/' },
  { name: 'maatregelen', match: (u) => u === '/maatregelen/' },
  { name: 'zoeken', match: (u) => u === '/zoeken/' },
  { name: 'meldcode-stappenplan', match: (u) => u === '/instrumenten/meldcode/', budget: { jsKb: 40 } },
  { name: 'regiescan', match: (u) => u === '/instrumenten/regiescan/', budget: { jsKb: 40 } },
  { name: 'barrièremodel-bouwer', match: (u) => u === '/instrumenten/barrieremodel/', budget: { jsKb: 50 } },
];

function pages(dir = 'dist'): { url: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html' && !e.parentPath.includes('pagefind'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const url = `/${file.slice(dir.length + 1, -'index.html'.length)}`.replace(/\/+/g, '/');
      return { url, file };
    });
}

async function main() {
  const rows: string[] = [];
  let failures = 0;

  if (!process.argv.includes('--no-build')) {
    const start = performance.now();
    const timingFile = join(tmpdir(), `veiligwijzer-bouwtijden-${process.pid}.json`);
    const build = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', VEILIGWIJZER_BOUWTIJDEN: timingFile },
    });
    if (build.status !== 0) throw new Error('astro build is mislukt');
    console.log(`Build (astro build + zoekindex + service worker): ${((performance.now() - start) / 1000).toFixed(1)} s`);
    for (const line of buildPhases(build.stdout ?? '')) console.log(`  ${line}`);
    if (existsSync(timingFile)) {
      for (const line of generationTimes(JSON.parse(readFileSync(timingFile, 'utf8')) as BuildTiming)) console.log(`  ${line}`);
      rmSync(timingFile);
    }
    if (process.argv.includes('--alleen-build')) return;
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ ontbreekt');
  if (!ensureChromium()) throw new Error('Chromium ontbreekt');

  const all = pages();
  const { url: base, server } = await serveStatic('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  const reps: { name: string; url: string }[] = [];
  console.log('\nBytes per paginatype (gzip, eerste keer laden in Chromium; HTML-bereik over alle pagina’s van het type)\n');
  console.log(['type', 'pagina', 'HTML', 'CSS', 'JS', 'totaal', 'stylesheets', 'DOM-elementen', 'HTML min–max (n)', 'budget'].join(' | '));
  for (const type of TYPES) {
    const matching = all.filter((p) => type.match(p.url));
    if (!matching.length) continue;
    const sizes = matching.map((p) => ({ ...p, size: statSync(p.file).size, gz: gz(readFileSync(p.file)) }));
    sizes.sort((a, b) => b.gz - a.gz);
    const rep = sizes[0]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = { html: 0, css: 0, js: 0, other: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      pending.push(
        res.body().then(
          (body) => {
            const type = res.headers()['content-type'] ?? '';
            const n = gz(body);
            if (type.includes('html')) bytes.html += n;
            else if (type.includes('css')) bytes.css += n;
            else if (type.includes('javascript')) bytes.js += n;
            else bytes.other += n;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${base}${rep.url}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    // Render-blocking stylesheets in the HTML as served, and the elements of the page as it loads.
    const sheets = await page.evaluate(() => document.querySelectorAll('link[rel="stylesheet"]').length);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    await context.close();
    const total = bytes.html + bytes.css + bytes.js + bytes.other;
    let verdict = '';
    if (type.budget) {
      const okTotal = type.budget.totalKb === undefined || total <= type.budget.totalKb * 1000;
      const okJs = type.budget.jsKb === undefined || bytes.js <= type.budget.jsKb * 1000;
      const okCss = type.budget.cssKb === undefined || bytes.css <= type.budget.cssKb * 1000;
      const limits = [
        type.budget.totalKb !== undefined ? `totaal ≤ ${type.budget.totalKb} kB` : '',
        type.budget.jsKb !== undefined ? `JS ≤ ${type.budget.jsKb} kB` : '',
        type.budget.cssKb !== undefined ? `CSS ≤ ${type.budget.cssKb} kB` : '',
      ];
      verdict = `${okTotal && okJs && okCss ? 'binnen' : 'OVER'} budget (${limits.filter(Boolean).join(', ')})`;
      if (!okTotal || !okJs || !okCss) failures++;
    }
    reps.push({ name: type.name, url: rep.url });
    const min = sizes.at(-1)!.gz;
    console.log([type.name, rep.url, kB(bytes.html), kB(bytes.css), kB(bytes.js), kB(total), sheets, elements, `${kB(min)}–${kB(rep.gz)} (${sizes.length})`, verdict].join(' | '));
  }

  const benchDir = 'src/cli/bench';
  const tools = readdirSync(benchDir).filter((f) => f.endsWith('.ts') && f !== 'types.ts');
  if (tools.length) console.log('\nInstrumenten: tijden\n');
  for (const file of tools) {
    const mod = (await import(pathToFileURL(join(process.cwd(), benchDir, file)).href)) as { default: ToolBench };
    const context = await browser.newContext();
    let result: BenchRow[] = [];
    try {
      result = await mod.default({ siteUrl: (p) => `${base}${p}`, newPage: () => context.newPage() });
    } catch (e) {
      console.log(`${file}: mislukt: ${(e as Error).message}`);
      failures++;
    }
    for (const r of result) console.log(`${file.replace(/\.ts$/, '')} | ${r.name} | ${r.value} ${r.unit}`);
    rows.push(...result.map((r) => r.name));
    await context.close();
  }

  const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3) || 3);
  const question = 'moet ik de ouders inlichten';
  console.log(`\nZoeken: de vraag "${question}" typen op /zoeken/ (telefoon, CPU 4× trager, mobiel netwerk; mediaan van ${runs})\n`);
  try {
    const results: TypingResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await measureTyping(browser, base, question));
    const med = (f: (r: TypingResult) => number) => median(results.map(f));
    console.log(`TBT: ${Math.round(med((r) => r.tbtMs))} ms (runs: ${results.map((r) => Math.round(r.tbtMs)).join(', ')}; vergelijkingssite 347 ms)`);
    console.log(`lange taken: ${med((r) => r.longTasks)}, langste ${Math.round(med((r) => r.longestMs))} ms; layoutverschuiving ${Math.max(...results.map((r) => r.cls)).toFixed(3)}`);
    console.log(`eerste resultaat na ${(med((r) => r.resultsMs) / 1000).toFixed(1)} s vanaf de eerste toets; geladen: ${med((r) => r.fragments)} fragmenten, ${med((r) => r.indexChunks)} indexdelen, ${med((r) => r.filterFiles)} filterbestanden; ${med((r) => r.elements)} elementen op de pagina`);
  } catch (e) {
    console.log(`zoeken typen: mislukt: ${(e as Error).message}`);
    failures++;
  }

  await browser.close();
  if (!process.argv.includes('--no-lighthouse')) failures += await lighthouseScores(base, reps);
  server.close();
  console.log(failures ? `\n${failures} budget(ten) overschreden of metingen mislukt.` : '\nAlle budgetten gehaald.');
  process.exit(failures ? 1 : 0);
}

/** Durations of the build phases, read from the timestamps and "Completed in" lines of Astro's log. */
export function buildPhases(log: string): string[] {
  const out: string[] = [];
  const lines = log.split('\n');
  const seconds = (t: string) => {
    const [h, m, s] = t.split(':').map(Number);
    return h! * 3600 + m! * 60 + s!;
  };
  const at = (re: RegExp) => {
    const line = lines.find((l) => re.test(l));
    const t = line?.match(/^(\d\d:\d\d:\d\d)/)?.[1];
    return t ? seconds(t) : undefined;
  };
  const completed = (after: RegExp) => {
    const i = lines.findIndex((l) => after.test(l));
    if (i === -1) return undefined;
    const m = lines.slice(i + 1).find((l) => /Completed in/.test(l))?.match(/Completed in ([\d.]+)(m?s)/);
    return m ? Number(m[1]) * (m[2] === 'ms' ? 0.001 : 1) : undefined;
  };
  const pages = Number(log.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
  const entry = completed(/Building static entrypoints/);
  const gen = completed(/generating static routes/);
  if (entry !== undefined) out.push(`bundelen (statische ingangen): ${entry.toFixed(1)} s`);
  if (gen !== undefined) out.push(`pagina's genereren: ${gen.toFixed(1)} s voor ${pages} pagina's = ${((gen * 1000) / Math.max(1, pages)).toFixed(1)} ms per pagina (doel ≤ 10 ms)`);
  const pf0 = at(/Waiting for integration "veiligwijzer:pagefind"/) ?? at(/generating static routes/);
  const pf1 = at(/zoekindex gemaakt/);
  const sw = at(/service worker:/);
  const done = at(/Complete!/);
  if (pf0 !== undefined && pf1 !== undefined) out.push(`zoekindex (Pagefind): ± ${pf1 - pf0} s`);
  if (pf1 !== undefined && sw !== undefined) out.push(`service worker (Workbox): ± ${sw - pf1} s`);
  if (sw !== undefined && done !== undefined) out.push(`headercontrole: ± ${done - sw} s`);
  return out;
}

/** Where page generation spends its time: CPU time of the build process, fixed part and per route. */
export function generationTimes(t: BuildTiming): string[] {
  const pages = t.routes.reduce((n, r) => n + r.pages, 0);
  const renderCpu = t.routes.reduce((n, r) => n + r.cpuMs, 0);
  const renderWall = t.routes.reduce((n, r) => n + r.wallMs, 0);
  const ms = (n: number) => `${Math.round(n)} ms`;
  const perPage = (n: number) => `${(n / Math.max(1, pages)).toFixed(1)} ms`;
  const out = [
    `waarvan CPU (dit proces): ${ms(t.setup.cpuMs + renderCpu)} = ${perPage(t.setup.cpuMs + renderCpu)} per pagina ` +
      `(opstart: gebundelde pagina's laden en getStaticPaths ${ms(t.setup.cpuMs)}; de ${pages} pagina's zelf ${ms(renderCpu)}; ` +
      `kloktijd van die twee ${ms(t.setup.wallMs + renderWall)})`,
    'per route: CPU-tijd per pagina (aantal pagina\'s), de duurste eerst:',
  ];
  for (const r of t.routes.slice(0, 12)) {
    out.push(`  ${r.route.replace(/^src\/pages\//, '')}: ${(r.cpuMs / r.pages).toFixed(1)} ms (${r.pages})${r.pages > 1 ? `, traagste ${r.slowest.path} ${ms(r.slowest.wallMs)} kloktijd` : ''}`);
  }
  return out;
}

/** Lighthouse (mobile defaults) on each representative page, in Debian's Chromium. Returns the number of failures. */
async function lighthouseScores(base: string, reps: { name: string; url: string }[]): Promise<number> {
  const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 1) || 1);
  console.log(`\nLighthouse (mobiel, ${chromePath}${runs > 1 ? `; mediaan van ${runs} runs, CLS het hoogste` : ''})\n`);
  console.log(['type', 'pagina', 'prestaties', 'toegankelijkheid', 'best practices', 'CLS', 'TBT'].join(' | '));
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  let failures = 0;
  try {
    for (const rep of [{ name: 'controle (machine)', url: '/over/' }, ...reps, { name: 'zoeken met vraag', url: '/zoeken/?q=meldcode' }]) {
      try {
        const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(`${base}${rep.url}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
          if (!result?.lhr) throw new Error('geen resultaat');
          results.push(result.lhr);
        }
        const score = (k: string) => median(results.map((lhr) => Math.round((lhr.categories[k]?.score ?? 0) * 100)));
        const num = (k: string) => results.map((lhr) => lhr.audits[k]?.numericValue ?? Number.NaN);
        const cls = Math.max(...num('cumulative-layout-shift'));
        const tbt = median(num('total-blocking-time'));
        console.log([rep.name, rep.url, score('performance'), score('accessibility'), score('best-practices'), cls.toFixed(3), `${Math.round(tbt)} ms`].join(' | '));
      } catch (e) {
        console.log(`${rep.name} | ${rep.url} | mislukt: ${(e as Error).message}`);
        failures++;
      }
    }
  } finally {
    chrome.kill();
  }
  return failures;
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
