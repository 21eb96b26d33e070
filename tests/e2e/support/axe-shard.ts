/**
 * axe (WCAG 2.2 AA) over every built page, one test per page, so a report names the page that fails.
 * The pages are split into shards (one file each) of about equal work, so the e2e workers share it:
 * axe's time grows with the size of the page (the thema handouts hold a whole thema), so the shards
 * are balanced on the size of the HTML, largest first. One page per shard is reused for all its URLs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARDS, shardUrls } from './shards.ts';
import { axeViolations, newIsolatedPage, siteUrl, type OpenedPage } from '../../support/browser.ts';

export function axeShard(shard: number) {
  const urls = shardUrls(shard);
  describe(`axe (WCAG 2.2 AA), deel ${shard + 1} van ${SHARDS}`, () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await newIsolatedPage();
    });
    afterAll(() => opened.close());

    it.each(urls)('%s zonder overtredingen', async (url) => {
      const response = await opened.page.goto(siteUrl(url));
      // The preview server serves /404.html itself with 200; every other page must answer 200.
      if (url !== '/404.html') expect(response?.status(), `status van ${url}`).toBe(200);
      const violations = await axeViolations(opened.page);
      expect(violations.map((v) => `${v.id} (${v.help}) bij ${v.nodes.join(', ')}`)).toEqual([]);
    });
  });
}
