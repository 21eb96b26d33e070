/**
 * The Dutch query layer on Pagefind's JS API. For a typed question:
 * 1. plan it (src/search/plan.ts): corrections, words without meaning out, synonyms in;
 * 2. search every form of every concept, all concepts together, and neighbouring words joined
 *    as a compound; a long word that finds nothing is tried split in two;
 * 3. merge (src/search/combine.ts), load the best few results and put pages whose title or
 *    trefwoorden name the concepts first (`nameBoost`).
 * Only the results shown load their fragment.
 */
import { combine, ranked, type FormRun, type Scores, type TogetherRun } from './combine.ts';
import type { Lexicon } from './lexicon.ts';
import { joinCandidates, planQuery, splitCandidates, type Concept, type Plan } from './plan.ts';
import { fold, namesAll, words } from './text.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  /** The page type as indexed ("Gids", "Begrip", …), if any. */
  type: string | undefined;
  score: number;
}

export interface Answer {
  plan: Plan;
  /** Number of pages found. */
  found: number;
  hits: Hit[];
  /** Loads the next results after the first ones (in merged order, without the name boost). */
  more(count: number): Promise<Hit[]>;
}

export interface SearchOptions {
  filters?: Record<string, unknown> | undefined;
  /** How many results are loaded and ordered by name first (default 12). */
  first?: number;
  /** Number of pages in the index, for the rarity of a word (default 300). */
  total?: number;
  /**
   * A newer question replaces this one (the person typed on): once aborted, no further search runs and no result
   * is loaded, and the answer rejects with the signal's reason. Loading results is the costly part of a search.
   * (`more` of an answer that was shown is not affected.)
   */
  signal?: AbortSignal | undefined;
}

/** How much naming a concept in the title or in the trefwoorden adds (the merged score is at most 1.5). */
export const TITLE_BOOST = 1;
export const KEYWORD_BOOST = 0.6;
/** Extra share of TITLE_BOOST when the title names nothing but the question (the begrip "Kindermishandeling"). */
export const WHOLE_TITLE = 1;

const TOGETHER_WEIGHT = 1;
const SPLIT_WEIGHT = 0.8;
/** A word that finds fewer pages than this is also tried as a compound written as one. */
const FEW = 3;

/**
 * How strongly a page's title and trefwoorden name the concepts of a question: the share of the
 * concepts named in the title times TITLE_BOOST (WHOLE_TITLE more when the title says nothing else,
 * as the begrip "Kindermishandeling" for "kinder mishandeling"), plus the share named by a trefwoord
 * times KEYWORD_BOOST. Words without meaning in the title ("Wat doet Veilig Thuis?") do not count.
 */
export function nameBoost(concepts: readonly Concept[], title: string, trefwoorden: string | undefined, stopwords: ReadonlySet<string> = new Set()): number {
  if (!concepts.length) return 0;
  const titleWords = words(fold(title)).filter((w) => !stopwords.has(w));
  const keywords = (trefwoorden ?? '').split(',').map((k) => words(fold(k))).filter((k) => k.length);
  let inTitle = 0;
  let inKeywords = 0;
  const covered = new Set<string>();
  for (const c of concepts) {
    const forms = c.forms.map((f) => ({ w: words(fold(f.text)).filter((w) => !stopwords.has(w)), weight: f.weight }));
    const named = forms.filter((f) => namesAll(titleWords, f.w));
    inTitle += Math.max(0, ...named.map((f) => f.weight));
    for (const f of named) for (const t of titleWords) if (namesAll([t], f.w) || f.w.some((w) => namesAll([t], [w]))) covered.add(t);
    inKeywords += Math.max(0, ...forms.filter((f) => keywords.some((k) => k.join(' ') === f.w.join(' '))).map((f) => f.weight));
  }
  const whole = titleWords.length > 0 && covered.size === titleWords.length ? WHOLE_TITLE : 0;
  return (TITLE_BOOST * inTitle * (1 + whole) + KEYWORD_BOOST * inKeywords) / concepts.length;
}

function toHit(d: PagefindData, score: number): Hit {
  return { url: d.url, title: d.meta['title'] ?? d.url, excerpt: d.excerpt, type: d.filters?.['type']?.[0], score };
}

export async function searchQuestion(pf: PagefindLike, lexicon: Lexicon, query: string, options: SearchOptions = {}): Promise<Answer> {
  const { filters, first = 12, total = 300, signal } = options;
  signal?.throwIfAborted();
  const plan = planQuery(query, lexicon);
  const byId = new Map<string, PagefindResult>();
  const cache = new Map<string, Promise<Scores>>();
  const run = (text: string): Promise<Scores> => {
    let p = cache.get(text);
    if (!p) {
      signal?.throwIfAborted();
      p = pf.search(text, filters ? { filters } : {}).then((r) => {
        const results = r?.results ?? [];
        for (const x of results) if (!byId.has(x.id)) byId.set(x.id, x);
        return new Map(results.map((x) => [x.id, x.score]));
      });
      cache.set(text, p);
    }
    return p;
  };

  const { concepts } = plan;
  const conceptRuns: FormRun[][] = await Promise.all(
    concepts.map((c) => Promise.all(c.forms.map(async (f) => ({ weight: f.weight, scores: await run(f.text) })))),
  );
  signal?.throwIfAborted();
  // A long word that finds nothing may be a compound written as one: try it split in two.
  await Promise.all(
    concepts.map(async (c, i) => {
      const runs = conceptRuns[i]!;
      if (runs.reduce((n, r) => n + r.scores.size, 0) >= FEW || c.forms.length !== 1 || /\s/.test(c.typed) || c.typed.length < 8) return;
      // The split whose parts are found together most often ("huiselijk geweld", not "huis elijkgeweld").
      const splits = splitCandidates(c.typed).map(([l, r]) => `${l} ${r}`);
      const found = await Promise.all(splits.map(run));
      let best = -1;
      found.forEach((f, k) => {
        if (f.size > (found[best]?.size ?? 0)) best = k;
      });
      if (best >= 0 && found[best]!.size > runs.reduce((n, r) => n + r.scores.size, 0)) {
        runs.push({ weight: SPLIT_WEIGHT, scores: found[best]! });
        c.forms.push({ text: splits[best]!, weight: SPLIT_WEIGHT });
      }
    }),
  );
  const together: TogetherRun[] = [];
  const named: Concept[] = concepts.map((c) => ({ typed: c.typed, forms: [...c.forms] }));
  if (concepts.length > 1) {
    const all = concepts.map((_, i) => i);
    const texts = new Set([concepts.map((c) => c.forms[0]!.text).join(' '), concepts.map((c) => c.typed).join(' ')]);
    for (const text of texts) together.push({ weight: TOGETHER_WEIGHT, covers: all, scores: await run(text) });
    const joins = joinCandidates(concepts);
    const joined = await Promise.all(joins.map((j) => run(j.text)));
    joins.forEach((j, k) => {
      if (!joined[k]!.size) return;
      together.push({ weight: j.weight * TOGETHER_WEIGHT, covers: j.covers, scores: joined[k]! });
      // A title naming the compound names both words.
      for (const c of j.covers) named[c]!.forms.push({ text: j.text, weight: j.weight });
    });
  }
  const merged = combine(conceptRuns, together, total);
  const order = ranked(merged);
  const head = order.slice(0, first);
  signal?.throwIfAborted();
  const loaded = await Promise.all(head.map(async (id) => ({ id, d: await byId.get(id)!.data() })));
  const hits = loaded
    .map(({ id, d }) => toHit(d, (merged.get(id) ?? 0) + nameBoost(named, d.meta['title'] ?? '', d.meta['trefwoorden'], lexicon.stopwords)))
    .sort((a, b) => b.score - a.score);
  let next = first;
  return {
    plan,
    found: order.length,
    hits,
    async more(count: number) {
      const ids = order.slice(next, next + count);
      next += ids.length;
      return Promise.all(ids.map(async (id) => toHit(await byId.get(id)!.data(), merged.get(id) ?? 0)));
    },
  };
}
