/**
 * The search page in the browser: reads the form, asks the Dutch query layer (src/search/engine.ts)
 * and shows the results. Pagefind is imported only when someone starts searching (focus on the field).
 * While someone types, little happens: a search starts after a pause (DEBOUNCE_MS), a newer question
 * aborts the one before it before it loads any result (results are the costly part), the same question
 * is not searched twice, and the list and the address are updated once, when the answer is there, in one
 * DOM operation. The query stays in the URL (?q=…) so a search can be shared; what is typed never leaves
 * the device (all in the browser).
 */
import { searchQuestion, type Answer, type Hit, type PagefindLike } from '../../search/engine.ts';
import { loadLexicon, type Lexicon, type LexiconData } from '../../search/lexicon.ts';
import { PAGEFIND_RANKING } from '../../search/pagefind-options.ts';
import { excerptParts, pagefindFilters, statusText, typeLabel } from '../../search/present.ts';

const FACETS = ['type', 'thema', 'doelgroep'];
/** Pagefind's own search UI waits 300 ms too: a search per pause, not per key. */
const DEBOUNCE_MS = 300;
const PAGE = 10;

const EMPTY_LEXICON: LexiconData = { s: [], f: {}, y: {}, a: {} };

let engine: Promise<{ pf: PagefindLike; lexicon: Lexicon }> | undefined;
/** Pagefind and the word list, loaded once, when someone starts searching. */
function loadEngine(): Promise<{ pf: PagefindLike; lexicon: Lexicon }> {
  engine ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const [pf, data] = await Promise.all([
      import(/* @vite-ignore */ path) as Promise<PagefindLike & { options(o: object): Promise<void> }>,
      // Without the word list the search still works, only less well.
      fetch('/zoeken/woorden.json')
        .then((r) => (r.ok ? (r.json() as Promise<LexiconData>) : EMPTY_LEXICON))
        .catch(() => EMPTY_LEXICON),
    ]);
    await pf.options({ baseUrl: '/', ranking: PAGEFIND_RANKING });
    return { pf, lexicon: loadLexicon(data) };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'zoekresultaat';
  const type = document.createElement('p');
  type.className = 'zoekresultaat__type';
  type.textContent = typeLabel(hit.type);
  const h = document.createElement('h2');
  h.className = 'utrecht-heading-3 zoekresultaat__titel';
  const a = document.createElement('a');
  a.className = 'utrecht-link';
  a.href = hit.url;
  a.textContent = hit.title;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'utrecht-paragraph zoekresultaat__uittreksel';
  for (const part of excerptParts(hit.excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  li.append(type, h, p);
  return li;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#zoeken')!;
  const input = form.querySelector<HTMLInputElement>('#zoekterm')!;
  const status = document.querySelector<HTMLElement>('#zoekstatus')!;
  const tip = document.querySelector<HTMLElement>('#zoektip')!;
  const list = document.querySelector<HTMLOListElement>('#zoekresultaten')!;
  const more = document.querySelector<HTMLButtonElement>('#meerresultaten')!;
  let seq = 0;
  let timer: number | undefined;
  let running: AbortController | undefined;
  /** The question and filters of the last search started, so the same search is not run again. */
  let lastKey: string | undefined;
  let answer: Answer | undefined;
  let shown = 0;

  const selection = () => {
    const data = new FormData(form);
    return Object.fromEntries(FACETS.map((f) => [f, data.getAll(f).map(String)]));
  };

  function writeUrl(q: string, filters: Record<string, string[]>) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [facet, values] of Object.entries(filters)) for (const v of values) params.append(facet, v);
    const search = params.toString();
    history.replaceState(null, '', search ? `${location.pathname}?${search}` : location.pathname);
  }

  async function run() {
    const q = input.value.trim();
    const filters = selection();
    const key = JSON.stringify([q, filters]);
    if (key === lastKey) return;
    lastKey = key;
    const mine = ++seq;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    if (!q) {
      writeUrl(q, filters);
      answer = undefined;
      status.textContent = '';
      tip.hidden = false;
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    try {
      const { pf, lexicon } = await loadEngine();
      const result = await searchQuestion(pf, lexicon, q, { filters: pagefindFilters(filters), first: PAGE, signal: controller.signal });
      if (mine !== seq) return;
      writeUrl(q, filters);
      answer = result;
      shown = result.hits.length;
      tip.hidden = true;
      list.replaceChildren(...result.hits.map(resultItem));
      status.textContent = statusText(q, result.plan, result.found);
      more.hidden = shown >= result.found;
    } catch {
      if (mine !== seq) return;
      lastKey = undefined;
      status.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw of gebruik de overzichten.';
    }
  }

  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  };

  input.addEventListener('input', schedule);
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  form.addEventListener('change', (e) => {
    if (e.target !== input) schedule();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', async () => {
    if (!answer) return;
    const current = answer;
    const next = await current.more(PAGE);
    if (current !== answer) return;
    const items = next.map(resultItem);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= current.found;
    items[0]?.querySelector('a')?.focus();
  });

  // A link or bookmark with ?q=… (and filters) starts that search.
  const params = new URLSearchParams(location.search);
  for (const el of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) el.checked = params.getAll(el.name).includes(el.value);
  const initial = params.get('q')?.trim() ?? '';
  if (initial) {
    input.value = initial;
    void run();
  }
}
