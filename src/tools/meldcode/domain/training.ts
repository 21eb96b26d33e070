/**
 * Training mode: compares the trainee's path through a fictional case with the model path of the case.
 * Only the points that count in either path are compared; answers made irrelevant count as "not given".
 */
import type { CasusModel } from '../content-schema.ts';
import type { Dossier, SectorRegels } from './model.ts';
import { bepaalUitkomst, effectief, isRelevant } from './regels.ts';

export const PUNTEN = ['acuutGevaar', 'kindcheck', 'bijzondereVorm', 'gesprek', 'a1', 'a2', 'a3', 'a4', 'a5', 'melden', 'hulp'] as const;
export type Punt = (typeof PUNTEN)[number];

export interface Vergelijking {
  punt: Punt;
  /** The trainee's answer, or null when not given / not applicable in their path. */
  jouw: string | null;
  /** The model answer, or null when not applicable in the model path. */
  model: string | null;
  gelijk: boolean;
  uitleg: string | null;
}

export function antwoordenVanCursist(d: Dossier, sector: SectorRegels | null): Record<Punt, string | null> {
  const e = effectief(d, sector);
  const u = bepaalUitkomst(d, sector);
  return {
    acuutGevaar: d.acuutGevaar,
    kindcheck: isRelevant(d, sector, 'kindcheck') ? d.kindcheck.uitkomst : null,
    bijzondereVorm: d.sector ? (d.bijzondereVormen.length > 0 ? 'ja' : 'nee') : null,
    gesprek: d.gesprek.gevoerd,
    a1: e.a1,
    a2: e.a2,
    a3: e.a3,
    a4: e.a4,
    a5: e.a5,
    melden: u.melden === 'open' ? null : u.melden,
    hulp: u.hulp === 'open' ? null : u.hulp,
  };
}

/** The model path of a case as answers per point (null where the point does not apply in the model). */
export function modelAntwoorden(model: CasusModel): Record<Punt, string | null> {
  return {
    acuutGevaar: model.acuutGevaar,
    kindcheck: model.kindcheck ?? null,
    bijzondereVorm: model.bijzondereVorm ? 'ja' : 'nee',
    gesprek: model.gesprek ?? null,
    a1: model.a1,
    a2: model.a2 ?? null,
    a3: model.a3 ?? null,
    a4: model.a4 ?? null,
    a5: model.a5 ?? null,
    melden: model.melden,
    hulp: model.hulp,
  };
}

export function vergelijkMetModel(d: Dossier, sector: SectorRegels | null, model: CasusModel): Vergelijking[] {
  const jouw = antwoordenVanCursist(d, sector);
  const m = modelAntwoorden(model);
  return PUNTEN.filter((p) => jouw[p] !== null || m[p] !== null).map((p) => ({
    punt: p,
    jouw: jouw[p],
    model: m[p],
    gelijk: jouw[p] === m[p],
    uitleg: model.uitleg[p] ?? null,
  }));
}

/** The number of points where the trainee's path matches the model. */
export function score(v: Vergelijking[]): { gelijk: number; totaal: number } {
  return { gelijk: v.filter((x) => x.gelijk).length, totaal: v.length };
}
