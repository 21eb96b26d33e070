/**
 * Training mode: compares the trainee's path through a fictional case with the model path of the case.
 * Only the points that count in either path are compared; answers made irrelevant count as "not given".
 * A difference in the chain of the afwegingskader is counted once, at its first divergence: later points
 * of the chain that differ because of it are shown as a consequence, not counted again.
 */
import type { CasusModel } from '../content-schema.ts';
import type { Dossier, Scherm, SectorRegels } from './model.ts';
import { bepaalUitkomst, effectief, isRelevant, kindcheckUitkomst } from './regels.ts';

export const PUNTEN = ['acuutGevaar', 'bijzondereVorm', 'kindcheck', 'gesprek', 'a1', 'a2', 'a3', 'a4', 'a5', 'melden', 'hulp', 'informeren'] as const;
export type Punt = (typeof PUNTEN)[number];
/** Points that follow from the ones before them: a difference here may be a consequence. */
const KETEN: readonly Punt[] = ['a1', 'a2', 'a3', 'a4', 'a5', 'melden', 'hulp', 'informeren'];

/** The screen where the trainee makes each decision (for feedback per decision). */
export const PUNT_SCHERM: Record<Punt, Scherm> = {
  acuutGevaar: 'start',
  bijzondereVorm: 'start',
  kindcheck: 1,
  gesprek: 3,
  a1: 4,
  a2: 4,
  a3: 5,
  a4: 5,
  a5: 5,
  informeren: 5,
  melden: 'overzicht',
  hulp: 'overzicht',
};

export interface Vergelijking {
  punt: Punt;
  /** The trainee's answer, or null when not given / not applicable in their path. */
  jouw: string | null;
  /** The model answer, or null when not applicable in the model path. */
  model: string | null;
  gelijk: boolean;
  /** A difference caused by an earlier difference in the chain (not counted again). */
  gevolgVan: Punt | null;
  uitleg: string | null;
}

export function antwoordenVanCursist(d: Dossier, sector: SectorRegels | null): Record<Punt, string | null> {
  const e = effectief(d, sector);
  const u = bepaalUitkomst(d, sector);
  const kc = d.route === 'kindcheck' || isRelevant(d, sector, 'kindcheck');
  const inf = d.informeren.status;
  return {
    acuutGevaar: d.acuutGevaar,
    bijzondereVorm: d.sector ? (d.bijzondereVormen.length > 0 ? 'ja' : 'nee') : null,
    kindcheck: kc ? kindcheckUitkomst(d) : null,
    gesprek: d.route === 'kindcheck' ? null : d.gesprek.gevoerd,
    a1: e.a1,
    a2: e.a2,
    a3: e.a3,
    a4: e.a4,
    a5: e.a5,
    melden: !u.beslissingen || u.melden === 'open' ? null : u.melden,
    hulp: !u.beslissingen || u.hulp === 'open' ? null : u.hulp,
    informeren: u.melden === 'ja' && inf ? (inf === 'uitzondering' ? 'uitzondering' : 'ja') : null,
  };
}

/** The model path of a case as answers per point (null where the point does not apply in the model). */
export function modelAntwoorden(model: CasusModel): Record<Punt, string | null> {
  return {
    acuutGevaar: model.acuutGevaar,
    bijzondereVorm: model.bijzondereVorm ? 'ja' : 'nee',
    kindcheck: model.kindcheck ?? null,
    gesprek: model.gesprek ?? null,
    a1: model.a1 ?? null,
    a2: model.a2 ?? null,
    a3: model.a3 ?? null,
    a4: model.a4 ?? null,
    a5: model.a5 ?? null,
    melden: model.melden ?? null,
    hulp: model.hulp ?? null,
    informeren: model.informeren ?? null,
  };
}

export function vergelijkMetModel(d: Dossier, sector: SectorRegels | null, model: CasusModel): Vergelijking[] {
  const jouw = antwoordenVanCursist(d, sector);
  const m = modelAntwoorden(model);
  let eersteVerschil: Punt | null = null;
  return PUNTEN.filter((p) => jouw[p] !== null || m[p] !== null).map((p) => {
    const gelijk = jouw[p] === m[p];
    let gevolgVan: Punt | null = null;
    if (!gelijk && KETEN.includes(p)) {
      if (eersteVerschil) gevolgVan = eersteVerschil;
      else eersteVerschil = p;
    }
    return { punt: p, jouw: jouw[p], model: m[p], gelijk, gevolgVan, uitleg: model.uitleg[p] ?? null };
  });
}

/** The number of points where the trainee's path matches the model; a consequence is not counted again. */
export function score(v: Vergelijking[]): { gelijk: number; totaal: number } {
  const geteld = v.filter((x) => !x.gevolgVan);
  return { gelijk: geteld.filter((x) => x.gelijk).length, totaal: geteld.length };
}

/** Feedback per decision: the comparison of the points decided on this screen that the trainee answered. */
export function feedbackVoorScherm(d: Dossier, sector: SectorRegels | null, model: CasusModel, scherm: Scherm): Vergelijking[] {
  return vergelijkMetModel(d, sector, model).filter((v) => v.jouw !== null && (PUNT_SCHERM[v.punt] === scherm || (v.punt === 'kindcheck' && scherm === 'kindcheck')));
}
