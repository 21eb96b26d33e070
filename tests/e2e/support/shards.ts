/** Which built pages each axe shard checks (see axe-shard.ts); plain Node, also used by tests/site. */
import { statSync } from 'node:fs';
import { fileFor, pageUrls } from '../../support/dist.ts';

export const SHARDS = 6;

/** The URLs of one shard: greedy balancing on HTML size (deterministic: ties keep URL order). */
export function shardUrls(shard: number, urls = pageUrls(), size = (u: string) => statSync(fileFor(u)!).size): string[] {
  const loads = Array.from({ length: SHARDS }, () => ({ bytes: 0, urls: [] as string[] }));
  const bySize = urls.map((u) => ({ u, bytes: size(u) })).sort((a, b) => b.bytes - a.bytes || a.u.localeCompare(b.u));
  for (const { u, bytes } of bySize) {
    const lightest = loads.reduce((min, l) => (l.bytes < min.bytes ? l : min));
    lightest.bytes += bytes;
    lightest.urls.push(u);
  }
  return loads[shard]!.urls.sort();
}
