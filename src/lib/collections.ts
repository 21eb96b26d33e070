/**
 * Reading the content collections for pages: sorted lists, look-ups and the links between them
 * (which pages cite a bron, the pages of a thema, related pages).
 *
 * The build reads, sorts and links the collections once (`site()`) and every page reuses that; before, each page
 * read and sorted four or five collections again. In `astro dev` content can change while the server runs, so
 * there every call reads afresh. The lists are frozen: a page that would sort or change one in place fails loudly
 * instead of changing the next page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortBy } from './dutch.ts';
import { byThema, citingIndex, relatedByThema, pick, type Cited } from './site-index.ts';

export type Gids = CollectionEntry<'gidsen'>;
export type Voorbeeld = CollectionEntry<'praktijkvoorbeelden'>;
export type Bron = CollectionEntry<'bronnen'>;
export type Thema = CollectionEntry<'themas'>;
export type Begrip = CollectionEntry<'begrippen'>;

export interface Site {
  gidsen: readonly Gids[];
  voorbeelden: readonly Voorbeeld[];
  bronnen: readonly Bron[];
  themas: readonly Thema[];
  begrippen: readonly Begrip[];
  gids: ReadonlyMap<string, Gids>;
  voorbeeld: ReadonlyMap<string, Voorbeeld>;
  bron: ReadonlyMap<string, Bron>;
  themaNamen: ReadonlyMap<string, string>;
  /** Per thema id its gidsen, praktijkvoorbeelden and the begrippen that point to one of those gidsen. */
  perThema: ReadonlyMap<string, { gidsen: readonly Gids[]; voorbeelden: readonly Voorbeeld[]; begrippen: readonly Begrip[] }>;
  /** Per bron id the gidsen, praktijkvoorbeelden and begrippen that cite it. */
  citing: ReadonlyMap<string, { gidsen: Cited<Gids>[]; voorbeelden: Cited<Voorbeeld>[]; begrippen: Cited<Begrip>[] }>;
}

async function readSite(): Promise<Site> {
  const [g, v, b, t, be] = await Promise.all(
    (['gidsen', 'praktijkvoorbeelden', 'bronnen', 'themas', 'begrippen'] as const).map((name) => getCollection(name)),
  );
  const gidsen = Object.freeze(sortBy(g as Gids[], (x) => x.data.titel));
  const voorbeelden = Object.freeze(sortBy(v as Voorbeeld[], (x) => x.data.titel));
  const bronnen = Object.freeze(sortBy(b as Bron[], (x) => x.data.korteTitel));
  const themas = Object.freeze([...(t as Thema[])].sort((x, y) => x.data.volgorde - y.data.volgorde));
  const begrippen = Object.freeze(sortBy(be as Begrip[], (x) => x.data.term));

  const gidsenPerThema = byThema(gidsen);
  const voorbeeldenPerThema = byThema(voorbeelden);
  const perThema = new Map(
    themas.map((thema) => {
      const tg = gidsenPerThema.get(thema.id) ?? [];
      const ids = new Set(tg.map((x) => x.id));
      return [
        thema.id,
        {
          gidsen: Object.freeze(tg),
          voorbeelden: Object.freeze(voorbeeldenPerThema.get(thema.id) ?? []),
          begrippen: Object.freeze(begrippen.filter((x) => x.data.gidsen.some((r) => ids.has(r.id)))),
        },
      ];
    }),
  );
  const [cg, cv, cb] = [citingIndex(gidsen), citingIndex(voorbeelden), citingIndex(begrippen)];
  const citing = new Map(bronnen.map((x) => [x.id, { gidsen: cg.get(x.id) ?? [], voorbeelden: cv.get(x.id) ?? [], begrippen: cb.get(x.id) ?? [] }]));

  return {
    gidsen,
    voorbeelden,
    bronnen,
    themas,
    begrippen,
    gids: new Map(gidsen.map((x) => [x.id, x])),
    voorbeeld: new Map(voorbeelden.map((x) => [x.id, x])),
    bron: new Map(bronnen.map((x) => [x.id, x])),
    themaNamen: new Map(themas.map((x) => [x.id, x.data.naam])),
    perThema,
    citing,
  };
}

let cached: Promise<Site> | undefined;

/** The collections, sorted and linked: once per build (every call in `astro dev`). */
export function site(): Promise<Site> {
  if (import.meta.env.DEV) return readSite();
  return (cached ??= readSite());
}

export const gidsen = async () => (await site()).gidsen;
export const voorbeelden = async () => (await site()).voorbeelden;
export const bronnen = async () => (await site()).bronnen;
export const themas = async () => (await site()).themas;
export const begrippen = async () => (await site()).begrippen;

export const url = {
  gids: (id: string) => `/gidsen/${id}/`,
  voorbeeld: (id: string) => `/praktijkvoorbeelden/${id}/`,
  bron: (id: string) => `/bronnen/${id}/`,
  thema: (id: string) => `/themas/${id}/`,
  begrip: (id: string) => `/begrippen/#${id}`,
};

export async function themaNamen(): Promise<ReadonlyMap<string, string>> {
  return (await site()).themaNamen;
}

export async function bronTitels(): Promise<ReadonlyMap<string, Bron>> {
  return (await site()).bron;
}

/** Every gids, praktijkvoorbeeld and begrip that cites bron `id`, with the places cited. */
export async function citing(id: string): Promise<Site['citing'] extends ReadonlyMap<string, infer C> ? C : never> {
  return (await site()).citing.get(id) ?? { gidsen: [], voorbeelden: [], begrippen: [] };
}

export { relatedByThema, pick };
