/**
 * Reading the content collections for pages: sorted lists, look-ups and the links between them
 * (which pages cite a bron, examples of a thema, related pages).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortBy } from './dutch.ts';

export type Gids = CollectionEntry<'gidsen'>;
export type Voorbeeld = CollectionEntry<'praktijkvoorbeelden'>;
export type Bron = CollectionEntry<'bronnen'>;
export type Thema = CollectionEntry<'themas'>;
export type Begrip = CollectionEntry<'begrippen'>;

export const gidsen = async () => sortBy(await getCollection('gidsen'), (g) => g.data.titel);
export const voorbeelden = async () => sortBy(await getCollection('praktijkvoorbeelden'), (v) => v.data.titel);
export const bronnen = async () => sortBy(await getCollection('bronnen'), (b) => b.data.korteTitel);
export const themas = async () => [...(await getCollection('themas'))].sort((a, b) => a.data.volgorde - b.data.volgorde);
export const begrippen = async () => sortBy(await getCollection('begrippen'), (b) => b.data.term);

export const url = {
  gids: (id: string) => `/gidsen/${id}/`,
  voorbeeld: (id: string) => `/praktijkvoorbeelden/${id}/`,
  bron: (id: string) => `/bronnen/${id}/`,
  thema: (id: string) => `/themas/${id}/`,
  begrip: (id: string) => `/begrippen/#${id}`,
};

type Ref = { id: string };
const ids = (refs: readonly Ref[]) => refs.map((r) => r.id);

export async function themaNamen(): Promise<Map<string, string>> {
  return new Map((await getCollection('themas')).map((t) => [t.id, t.data.naam]));
}

export async function bronTitels(): Promise<Map<string, Bron>> {
  return new Map((await getCollection('bronnen')).map((b) => [b.id, b]));
}

/** Items that share a thema with `themaIds`, most shared first, excluding `exclude`. */
export function relatedByThema<T extends { id: string; data: { themas: readonly Ref[] } }>(
  items: readonly T[],
  themaIds: readonly string[],
  exclude: readonly string[] = [],
  limit = 6,
): T[] {
  const wanted = new Set(themaIds);
  return items
    .filter((i) => !exclude.includes(i.id))
    .map((i) => ({ i, score: ids(i.data.themas).filter((t) => wanted.has(t)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.i);
}

/** Every gids, praktijkvoorbeeld and begrip that cites bron `id`, with the places cited. */
export async function citing(id: string) {
  const [g, v, b] = await Promise.all([gidsen(), voorbeelden(), begrippen()]);
  const places = (refs: readonly { bron: Ref; plaats: string }[]) => refs.filter((r) => r.bron.id === id).map((r) => r.plaats);
  return {
    gidsen: g.filter((x) => places(x.data.bronnen).length).map((x) => ({ entry: x, plaatsen: places(x.data.bronnen) })),
    voorbeelden: v.filter((x) => places(x.data.bronnen).length).map((x) => ({ entry: x, plaatsen: places(x.data.bronnen) })),
    begrippen: b.filter((x) => places(x.data.bronnen).length).map((x) => ({ entry: x, plaatsen: places(x.data.bronnen) })),
  };
}

export { ids as refIds };
