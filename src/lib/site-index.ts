/**
 * The links between the content collections, computed once for the whole site instead of once per page:
 * which pages belong to a thema, which pages and begrippen cite a bron (with the places cited), look-ups by id.
 * Pure functions on the entries' data; src/lib/collections.ts reads the collections and keeps the result for the
 * build.
 */

type Ref = { id: string };
type Entry<D> = { id: string; data: D };
type WithThemas = Entry<{ themas: readonly Ref[] }>;
type WithBronnen = Entry<{ bronnen: readonly { bron: Ref; plaats: string }[] }>;

export interface Cited<T> {
  entry: T;
  /** The places cited, in the order of the entry's own list. */
  plaatsen: string[];
}

/** Per thema id the items that have that thema, in the order of `items`. */
export function byThema<T extends WithThemas>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const id of new Set(item.data.themas.map((t) => t.id))) {
      const list = map.get(id);
      if (list) list.push(item);
      else map.set(id, [item]);
    }
  }
  return map;
}

/** Per bron id every item that cites it, with the places cited, in the order of `items`. One pass over all items. */
export function citingIndex<T extends WithBronnen>(items: readonly T[]): Map<string, Cited<T>[]> {
  const map = new Map<string, Cited<T>[]>();
  for (const entry of items) {
    const places = new Map<string, string[]>();
    for (const r of entry.data.bronnen) {
      const list = places.get(r.bron.id);
      if (list) list.push(r.plaats);
      else places.set(r.bron.id, [r.plaats]);
    }
    for (const [bron, plaatsen] of places) {
      const list = map.get(bron);
      if (list) list.push({ entry, plaatsen });
      else map.set(bron, [{ entry, plaatsen }]);
    }
  }
  return map;
}

/** Items that share a thema with `themaIds`, most shared first (ties in the order of `items`), excluding `exclude`. */
export function relatedByThema<T extends WithThemas>(items: readonly T[], themaIds: readonly string[], exclude: readonly string[] = [], limit = 6): T[] {
  const wanted = new Set(themaIds);
  return items
    .filter((i) => !exclude.includes(i.id))
    .map((i) => ({ i, score: i.data.themas.filter((t) => wanted.has(t.id)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.i);
}

/** The entries for the given references, in the order of the references; unknown ids are left out. */
export function pick<T>(byId: ReadonlyMap<string, T>, refs: readonly Ref[]): T[] {
  return refs.flatMap((r) => {
    const e = byId.get(r.id);
    return e ? [e] : [];
  });
}
