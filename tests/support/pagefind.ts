/** The built Pagefind index, searched from Node as the browser would (served over loopback). */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; sub_results: { url: string }[] }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let instance: Promise<Pagefind> | undefined;

export function pagefind(): Promise<Pagefind> {
  instance ??= (async () => {
    const pf = (await import(pathToFileURL(join(process.cwd(), 'dist/pagefind/pagefind.js')).href)) as Pagefind;
    await pf.options({ basePath: `${inject('baseUrl')}/pagefind/`, baseUrl: '/' });
    return pf;
  })();
  return instance;
}

/** URLs of the first `n` results for a query (page URLs, without anchors). */
export async function topUrls(query: string, n = 10, filters?: Record<string, unknown>): Promise<string[]> {
  const pf = await pagefind();
  const { results } = await pf.search(query, filters ? { filters } : {});
  const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
  return data.map((d) => d.url);
}
