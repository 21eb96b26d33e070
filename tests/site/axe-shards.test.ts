/** The axe shards of the browser tests together check every built page, each page once. */
import { describe, expect, it } from 'vitest';
import { pageUrls } from '../support/dist.ts';
import { SHARDS, shardUrls } from '../e2e/support/shards.ts';
import { readdirSync } from 'node:fs';

describe('axe-delen', () => {
  it('samen elke gebouwde pagina precies één keer', () => {
    const all = Array.from({ length: SHARDS }, (_, i) => shardUrls(i)).flat();
    expect(all.length).toBe(pageUrls().length);
    expect(new Set(all)).toEqual(new Set(pageUrls()));
  });

  it('elk deel heeft een eigen testbestand', () => {
    const files = readdirSync('tests/e2e').filter((f) => /^axe-pages-\d+\.test\.ts$/.test(f));
    expect(files.length).toBe(SHARDS);
  });

  it('verdeelt het werk op grootte: een grote pagina krijgt een eigen deel', () => {
    const count = (us: string[]) => us.length;
    const sizes = Array.from({ length: SHARDS }, (_, i) => shardUrls(i, ['/a', '/b', '/c', '/d', '/e', '/f', '/g'], (u) => (u === '/a' ? 60 : 10)));
    // Known answer: the one big page alone in a shard, the six small ones over the other five.
    expect(sizes.map(count).sort()).toEqual([1, 1, 1, 1, 1, 2]);
    expect(sizes.find((s) => s.includes('/a'))).toEqual(['/a']);
  });
});
