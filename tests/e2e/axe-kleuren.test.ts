/**
 * The memory for axe's colour parsing (rememberAxeColours in tests/support/browser.ts) changes no result of axe:
 * on three pages with many colours (text on several backgrounds, links, buttons, form fields), axe as it comes
 * and axe with that memory give exactly the same violations, doubts and passes, with every check's data (contrast
 * ratios, colours, font sizes) and the elements they name. Also that the memory is really used, so an update of axe-core that drops it is noticed here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS, newIsolatedPage, rememberAxeColours, siteUrl } from '../support/browser.ts';
import { AXE_SOURCE } from '../support/axe-source.ts';
import { LONG_TEST, WAIT } from '../support/timeouts.ts';

/** Every result of a full axe run, with the data of each check, as one string. */
function allResults(page: Page, tags: string[]): Promise<string> {
  return page.evaluate(async (tags) => {
    type Check = { id: string; data: unknown; message: string; relatedNodes: { target: unknown }[] };
    type Rule = { id: string; nodes: { target: unknown; html: string; any: Check[]; all: Check[]; none: Check[] }[] };
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<Record<'violations' | 'incomplete' | 'passes' | 'inapplicable', Rule[]>> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const checks = (cs: Check[]) => cs.map((c) => [c.id, c.data, c.message, c.relatedNodes.map((n) => n.target)]);
    const rules = (rs: Rule[]) => rs.map((x) => [x.id, x.nodes.map((n) => [n.target, n.html, checks(n.any), checks(n.all), checks(n.none)])]);
    return JSON.stringify([rules(r.violations), rules(r.incomplete), rules(r.passes), r.inapplicable.map((x) => x.id)]);
  }, tags);
}

/** The page, and on a tool page the tool at rest: its stored work loaded (the message of that changes the page). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path));
  if (path.startsWith('/instrumenten/')) {
    await page.locator('.instrument-storage-status').waitFor({ timeout: WAIT });
    await page.waitForFunction(() => !document.querySelector('.instrument-storage-status')?.textContent?.includes('wordt geladen'), undefined, { timeout: WAIT });
  }
}

/** The first result (a rule with its elements and checks) that differs between two runs, or ''. */
function verschil(a: string, b: string): string {
  const [x, y] = [JSON.parse(a) as unknown[][], JSON.parse(b) as unknown[][]];
  const soorten = ['overtredingen', 'twijfels', 'geslaagd', 'niet van toepassing'];
  for (const [i, soort] of soorten.entries()) {
    const [p, q] = [x[i] ?? [], y[i] ?? []];
    for (let j = 0; j < Math.max(p.length, q.length); j++) {
      const [r, t] = [JSON.stringify(p[j]), JSON.stringify(q[j])];
      if (r !== t) return `${soort}: ${r?.slice(0, 400)} → ${t?.slice(0, 400)}`;
    }
  }
  return a === b ? '' : 'de uitkomsten verschillen';
}

/** Counts how often axe really parses a colour (below the memory, once it is there). */
const countParses = () => {
  const proto = (window as unknown as { axe: { commons: { color: { Color: { prototype: { parseString(this: unknown, s: string): unknown } } } } } }).axe.commons.color.Color.prototype;
  const w = window as unknown as { parses: number };
  const parse = proto.parseString;
  w.parses = 0;
  proto.parseString = function (this: unknown, s: string) {
    w.parses++;
    return parse.call(this, s);
  };
};
const parses = (page: Page) => page.evaluate(() => (window as unknown as { parses: number }).parses);

describe('axe met een geheugen voor kleuren', () => {
  it.each(['/begrippen/', '/', '/instrumenten/meldcode/'])(
    '%s: precies dezelfde uitkomsten als zonder, en het geheugen wordt gebruikt',
    async (path) => {
      const { page, close } = await newIsolatedPage();
      await open(page, path);
      await page.evaluate(`${AXE_SOURCE}\n;undefined`);
      await page.evaluate(countParses);
      const zonder = await allResults(page, AXE_TAGS);
      const zonderParses = await parses(page);

      await open(page, path);
      await page.evaluate(`${AXE_SOURCE}\n;undefined`);
      await page.evaluate(countParses);
      expect(await page.evaluate(rememberAxeColours)).toBe(true);
      const met = await allResults(page, AXE_TAGS);
      const metParses = await parses(page);

      expect(JSON.parse(zonder).flat().length, 'axe gaf uitkomsten').toBeGreaterThan(20);
      expect(verschil(zonder, met), 'eerste uitkomst die verschilt (zonder → met geheugen)').toBe('');
      // Without the memory every colour is parsed each time it is met; with it once per different text.
      expect(zonderParses, 'zo vaak las axe zonder geheugen een kleur in').toBeGreaterThan(100);
      expect(metParses, 'zo vaak las axe met geheugen een kleur echt in (het geheugen wordt niet gebruikt)').toBeLessThan(zonderParses / 5);
      await close();
    },
    LONG_TEST,
  );
});
