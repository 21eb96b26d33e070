/**
 * Templates (sjablonen) are data in content/instrumenten/barrieremodel/sjablonen.yaml; this turns
 * one into a fresh model. Ids come from an injected generator so the function stays pure.
 */
import { STANDAARD_STEMMING } from './stemmen.ts';
import type { Barriere, BarriereSoort, Bewustheid, Faciliteerder, Fase, Item, Model, Stap, Status } from './types.ts';

/** Where a template item comes from: a source id (content/bronnen) and the place in it. */
export interface Bronplaats {
  bron: string;
  plaats: string;
}
export interface SjabloonItem {
  tekst: string;
  notitie?: string | undefined;
  bron?: Bronplaats | undefined;
}
export interface SjabloonFaciliteerder extends SjabloonItem {
  bewustheid?: Bewustheid | undefined;
}
export interface SjabloonBarriere extends SjabloonItem {
  soort?: BarriereSoort | undefined;
  status?: Status | undefined;
  waterbed?: string | undefined;
  instrument?: string | undefined;
}
export interface SjabloonStap {
  naam: string;
  omschrijving?: string | undefined;
  fase?: Fase | null | undefined;
  gelegenheden?: SjabloonItem[] | undefined;
  signalen?: SjabloonItem[] | undefined;
  faciliteerders?: SjabloonFaciliteerder[] | undefined;
  barrieres?: SjabloonBarriere[] | undefined;
}
export interface Sjabloon {
  id: string;
  naam: string;
  uitleg: string;
  bron?: Bronplaats | undefined;
  titel: string;
  omschrijving?: string | undefined;
  stappen: SjabloonStap[];
}

export type MaakId = () => string;

/**
 * A fresh model from a template. An item with a source gets the source in its note ("Bron: …"),
 * using the short titles of the sources (bron id → korte titel) when given.
 */
export function modelUitSjabloon(sj: Sjabloon, maakId: MaakId, bronTitels: Readonly<Record<string, string>> = {}): Model {
  const notitie = (i: SjabloonItem) => {
    const bron = i.bron ? `Bron: ${bronTitels[i.bron.bron] ?? i.bron.bron}, ${i.bron.plaats}.` : '';
    return [i.notitie ?? '', bron].filter(Boolean).join(' ');
  };
  const item = (i: SjabloonItem): Item => ({ id: maakId(), tekst: i.tekst, notitie: notitie(i) });
  return {
    id: maakId(),
    titel: sj.titel,
    omschrijving: sj.omschrijving ?? '',
    regio: '',
    datum: '',
    partners: [],
    ouder: null,
    stemming: STANDAARD_STEMMING,
    bijdragen: [],
    stappen: sj.stappen.map(
      (s): Stap => ({
        id: maakId(),
        naam: s.naam,
        omschrijving: s.omschrijving ?? '',
        fase: s.fase ?? null,
        eigenaar: null,
        gelegenheden: (s.gelegenheden ?? []).map(item),
        signalen: (s.signalen ?? []).map(item),
        faciliteerders: (s.faciliteerders ?? []).map((f): Faciliteerder => ({ ...item(f), bewustheid: f.bewustheid ?? 'onbekend' })),
        barrieres: (s.barrieres ?? []).map(
          (b): Barriere => ({
            ...item(b),
            eigenaren: [],
            soort: b.soort ?? 'anders',
            impact: null,
            haalbaarheid: null,
            status: b.status ?? 'idee',
            waterbed: b.waterbed ?? '',
            stemmen: 0,
            deadline: '',
            instrument: b.instrument ?? '',
          }),
        ),
      }),
    ),
  };
}

/** A simple id generator for the browser: random, short, url-safe. */
export function randomId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

/** A model with nothing in it (e.g. on screen while a protected model is still locked). */
export function leegModel(id: string): Model {
  return { id, titel: '', omschrijving: '', regio: '', datum: '', partners: [], stappen: [], ouder: null, stemming: { ...STANDAARD_STEMMING }, bijdragen: [] };
}
