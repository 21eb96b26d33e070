/**
 * Templates (sjablonen) are data in content/instrumenten/barrieremodel/sjablonen.yaml; this turns
 * one into a fresh model. Ids come from an injected generator so the function stays pure.
 */
import type { Barriere, BarriereSoort, Bewustheid, Faciliteerder, Fase, Item, Model, Stap, Status } from './types.ts';

export interface SjabloonItem {
  tekst: string;
  notitie?: string | undefined;
}
export interface SjabloonFaciliteerder extends SjabloonItem {
  bewustheid?: Bewustheid | undefined;
}
export interface SjabloonBarriere extends SjabloonItem {
  soort?: BarriereSoort | undefined;
  status?: Status | undefined;
  waterbed?: string | undefined;
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
  bron?: { bron: string; plaats: string } | undefined;
  titel: string;
  omschrijving?: string | undefined;
  stappen: SjabloonStap[];
}

export type MaakId = () => string;

export function modelUitSjabloon(sj: Sjabloon, maakId: MaakId): Model {
  const item = (i: SjabloonItem): Item => ({ id: maakId(), tekst: i.tekst, notitie: i.notitie ?? '' });
  return {
    id: maakId(),
    titel: sj.titel,
    omschrijving: sj.omschrijving ?? '',
    regio: '',
    datum: '',
    partners: [],
    ouder: null,
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
