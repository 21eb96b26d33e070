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
    // The site's ranking (src/search/pagefind-options.ts), as the search page sets it.
    const { PAGEFIND_RANKING } = await import('../../src/search/pagefind-options.ts');
    await pf.options({ basePath: `${inject('baseUrl')}/pagefind/`, baseUrl: '/', ranking: PAGEFIND_RANKING });
    return pf;
  })();
  return instance;
}

/** URLs of the first `n` results for a query (page URLs, without anchors). */
export async function topUrls(query: string, n = 10, filters?: Record<string, unknown>): Promise<string[]> {
  const pf = await pagefind();
  const { results } = await pf.search(query, filters ? { filters } : {});
  // In batches: a thousand fragment requests at once can overrun the small test server on a busy machine.
  const urls: string[] = [];
  const wanted = results.slice(0, n);
  for (let i = 0; i < wanted.length; i += 25) {
    const data = await Promise.all(wanted.slice(i, i + 25).map((r) => r.data()));
    urls.push(...data.map((d) => d.url));
  }
  return urls;
}

/** The Dutch query layer (src/search/) on the same index, with the site's ranking and word list. */
let layer: Promise<(q: string, n: number, filters?: Record<string, unknown>) => Promise<string[]>> | undefined;

export async function questionUrls(query: string, n = 10, filters?: Record<string, unknown>): Promise<string[]> {
  layer ??= (async () => {
    const [{ searchQuestion }, { loadLexicon }, { readLexicon }] = await Promise.all([
      import('../../src/search/engine.ts'),
      import('../../src/search/lexicon.ts'),
      import('../../src/search/lexicon-file.ts'),
    ]);
    const pf = await pagefind();
    const lexicon = loadLexicon(readLexicon());
    return async (q: string, n: number, filters?: Record<string, unknown>) => {
      const answer = await searchQuestion(pf as never, lexicon, q, { filters });
      const hits = [...answer.hits];
      if (n > hits.length) hits.push(...(await answer.more(n - hits.length)));
      return hits.slice(0, n).map((h) => h.url);
    };
  })();
  return (await layer)(query, n, filters);
}
