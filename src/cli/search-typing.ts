/**
 * `npm run bench`: what typing a question on the search page costs, as a person on a mid-range phone would type it.
 * Lighthouse's "DevTools throttling" in Playwright via the Chrome DevTools Protocol: CPU 4× slower, mobile network
 * (150 ms round trip, 1.6 Mbit/s down), a phone-sized screen. Starting on the loaded search page (nothing of the
 * search engine loaded yet), we tap the search field, type the question key by key and wait until the results are
 * there and the page has been quiet for a while. Measured in the page:
 * - total blocking time: the sum over the long tasks (> 50 ms) of the part above 50 ms, as Lighthouse counts it;
 * - layout shift without recent input (what Lighthouse counts as CLS);
 * - the search files fetched (Pagefind's index chunks, fragments and filters) and the elements on the page.
 */
import type { Browser } from 'playwright-core';

export interface TypingResult {
  tbtMs: number;
  longTasks: number;
  longestMs: number;
  cls: number;
  /** From the first key until the first result is shown. */
  resultsMs: number;
  fragments: number;
  indexChunks: number;
  filterFiles: number;
  elements: number;
}

/** Quiet this long (no new long task) before the measurement ends. */
const QUIET_MS = 2000;

declare global {
  interface Window {
    __typing?: { longTasks: { start: number; duration: number }[]; cls: number; firstResult?: number };
  }
}

export async function measureTyping(browser: Browser, base: string, question: string, delayMs = 150): Promise<TypingResult> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/zoeken/`, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    requests.length = 0;
    await page.evaluate(() => {
      const state: NonNullable<Window['__typing']> = { longTasks: [], cls: 0 };
      window.__typing = state;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) state.cls += e.value;
      }).observe({ type: 'layout-shift' });
      const list = document.getElementById('zoekresultaten')!;
      new MutationObserver(() => {
        if (list.children.length && state.firstResult === undefined) state.firstResult = performance.now();
      }).observe(list, { childList: true });
    });
    const start = await page.evaluate(() => performance.now());
    await page.locator('#zoekterm').tap();
    await page.keyboard.type(question, { delay: delayMs });
    await page.waitForFunction(() => document.querySelectorAll('#zoekresultaten > li').length > 0, undefined, { timeout: 120_000 });
    // Wait until no long task has started for QUIET_MS (at most a minute).
    await page.waitForFunction(
      (quiet) => {
        const t = window.__typing!;
        const last = t.longTasks.at(-1);
        return performance.now() - Math.max(t.firstResult ?? 0, last ? last.start + last.duration : 0) > quiet;
      },
      QUIET_MS,
      { timeout: 60_000, polling: 250 },
    );
    const t = await page.evaluate(() => ({ ...window.__typing!, elements: document.getElementsByTagName('*').length }));
    const tasks = t.longTasks.filter((x) => x.start >= start);
    return {
      tbtMs: tasks.reduce((n, x) => n + Math.max(0, x.duration - 50), 0),
      longTasks: tasks.length,
      longestMs: Math.max(0, ...tasks.map((x) => x.duration)),
      cls: t.cls,
      resultsMs: (t.firstResult ?? Number.NaN) - start,
      fragments: requests.filter((p) => p.endsWith('.pf_fragment')).length,
      indexChunks: requests.filter((p) => p.endsWith('.pf_index')).length,
      filterFiles: requests.filter((p) => p.endsWith('.pf_filter')).length,
      elements: t.elements,
    };
  } finally {
    await context.close();
  }
}
