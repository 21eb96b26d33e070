/**
 * Browser side of a filterable catalogue: a <form data-catalogus> with checkboxes/selects named after
 * facets, a list of <li data-id>, a status element and the items as JSON. Reads and writes the URL.
 */
import { emptySelection, filterItems, knownValues, optionCounts, parseSelection, resultText, serializeSelection, type CatalogItem, type Selection } from '../../lib/catalogus.ts';

export function initCatalogus(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-catalogus-form]')!;
  const status = root.querySelector<HTMLElement>('[data-catalogus-status]')!;
  const noun = root.dataset.noun ?? 'items';
  const facets = (root.dataset.facets ?? '').split(',').filter(Boolean);
  const cards = new Map([...root.querySelectorAll<HTMLLIElement>('[data-catalogus-list] > li')].map((li) => [li.dataset.id!, li]));
  const items = JSON.parse(root.querySelector('script[data-catalogus-items]')!.textContent!) as CatalogItem[];
  const known = knownValues(items, facets);

  function readForm(): Selection {
    const data = new FormData(form);
    return Object.fromEntries(facets.map((f) => [f, data.getAll(f).map(String).filter(Boolean)]));
  }
  function writeForm(sel: Selection) {
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
      const values = sel[el.name] ?? [];
      if (el instanceof HTMLInputElement) el.checked = values.includes(el.value);
      else el.value = values[0] ?? '';
    }
  }
  function apply(sel: Selection, updateUrl: boolean) {
    const shown = new Set(filterItems(items, sel).map((i) => i.id));
    for (const [id, li] of cards) li.hidden = !shown.has(id);
    status.textContent = resultText(shown.size, items.length, noun);
    for (const facet of facets) {
      const counts = optionCounts(items, sel, facet);
      for (const span of form.querySelectorAll<HTMLElement>(`[data-facet="${facet}"] [data-count-for]`)) {
        span.textContent = `(${counts.get(span.dataset.countFor!) ?? 0})`;
      }
    }
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${serializeSelection(sel)}${location.hash}`);
  }

  const initial = parseSelection(location.search, facets, known);
  writeForm(initial);
  apply(initial, false);
  form.hidden = false;
  form.addEventListener('change', () => apply(readForm(), true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(readForm(), true);
  });
  form.querySelector('[data-catalogus-reset]')?.addEventListener('click', () => {
    const none = emptySelection(facets);
    writeForm(none);
    apply(none, true);
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-catalogus]')) initCatalogus(root);
