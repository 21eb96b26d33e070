/** axe over every built page, split into shards so the e2e workers share the work. */
import { describe, expect, it } from 'vitest';
import { pageUrls } from '../../support/dist.ts';
import { axeViolations, newIsolatedPage, siteUrl } from '../../support/browser.ts';

export const SHARDS = 3;

export function axeShard(shard: number) {
  const urls = pageUrls().filter((_, i) => i % SHARDS === shard);
  describe(`axe (WCAG 2.2 AA) op elke pagina, deel ${shard + 1} van ${SHARDS}`, () => {
    it(`elke pagina zonder overtredingen en zonder verzoeken naar andere origins`, async () => {
      const { page, foreignRequests, close } = await newIsolatedPage();
      const problems: string[] = [];
      for (const url of urls) {
        await page.goto(siteUrl(url));
        for (const v of await axeViolations(page)) problems.push(`${url}: ${v.id} (${v.help}) bij ${v.nodes.join(', ')}`);
      }
      await close();
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }, 600_000);
  });
}
