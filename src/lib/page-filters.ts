/** Pagefind filter values of a content page, with readable labels. */
import { DOELGROEP_LABELS, type Doelgroep } from '../content/vocabulary.ts';
import type { Bron } from './collections.ts';

export function searchFilters(
  data: { themas: readonly { id: string }[]; doelgroepen: readonly Doelgroep[]; bronnen: readonly { bron: { id: string } }[] },
  themaNamen: ReadonlyMap<string, string>,
  bronnen: ReadonlyMap<string, Bron>,
): Record<string, string[]> {
  return {
    thema: data.themas.map((t) => themaNamen.get(t.id) ?? t.id),
    doelgroep: data.doelgroepen.map((d) => DOELGROEP_LABELS[d]),
    bron: [...new Set(data.bronnen.map((b) => bronnen.get(b.bron.id)?.data.korteTitel ?? b.bron.id))],
  };
}
