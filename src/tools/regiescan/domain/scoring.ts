/**
 * Scores of one scan: per dimension 0–100 (the answered statements only; "weet ik niet" and open
 * statements do not count but are reported), the overall score (mean of the scored dimensions),
 * the score band, and the strongest and weakest dimensions.
 */
import { MAX_WAARDE, WEET_NIET, isWaarde, type Band, type Catalogus, type Dimensie, type Scan, type Sturing } from './model.ts';

export interface DimensieScore {
  dimensieId: string;
  titel: string;
  /** 0–100, rounded; null when no statement in the dimension has a 0–3 answer. */
  score: number | null;
  band: Band | null;
  beantwoord: number;
  weetNiet: number;
  open: number;
  totaal: number;
}

export interface Uitslag {
  dimensies: DimensieScore[];
  /** Mean of the dimension scores that have a score, rounded; null when none has. */
  totaal: number | null;
  totaalBand: Band | null;
  /** Strongest and weakest dimensions, ties as one group. */
  rangorde: Rangorde<DimensieScore>;
  beantwoord: number;
  weetNiet: number;
  open: number;
  totaalStellingen: number;
}

/** Percentage of the maximum, unrounded; null when there are no values. */
export function percentage(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return (sum / (values.length * MAX_WAARDE)) * 100;
}

export function bandVoor(score: number | null, banden: readonly Band[]): Band | null {
  if (score === null) return null;
  const s = Math.round(score);
  return banden.find((b) => s >= b.min && s <= b.max) ?? null;
}

export function scoreDimensie(dimensie: Dimensie, scan: Scan, banden: readonly Band[]): DimensieScore {
  const values: number[] = [];
  let weetNiet = 0;
  let open = 0;
  for (const s of dimensie.stellingen) {
    const a = scan.antwoorden[s.id];
    if (isWaarde(a)) values.push(a);
    else if (a === WEET_NIET) weetNiet++;
    else open++;
  }
  const raw = percentage(values);
  const score = raw === null ? null : Math.round(raw);
  return {
    dimensieId: dimensie.id,
    titel: dimensie.titel,
    score,
    band: bandVoor(score, banden),
    beantwoord: values.length,
    weetNiet,
    open,
    totaal: dimensie.stellingen.length,
  };
}

/** Dimensions with the same score, named together as a tie. */
export interface Groep<T> {
  score: number;
  items: T[];
}

export interface Rangorde<T> {
  /** Highest first: groups of equal score, together at least `max` items where possible. */
  sterkst: Groep<T>[];
  /** Lowest first; never a group that is also in `sterkst`. */
  zwakst: Groep<T>[];
  /** True when at least two items are scored and all have the same score: there is no strongest or weakest. */
  alleGelijk: boolean;
}

/**
 * Strongest and weakest, with ties named as ties: items with the same score form one group and are
 * never split over "sterkst" and "zwakst". Groups are taken from the top (at most half of the distinct
 * scores, rounded up) until `max` items are covered, then from the bottom in the same way.
 */
export function rangorde<T>(items: readonly T[], score: (t: T) => number | null, max = 3): Rangorde<T> {
  const perScore = new Map<number, T[]>();
  for (const t of items) {
    const s = score(t);
    if (s === null) continue;
    perScore.set(s, [...(perScore.get(s) ?? []), t]);
  }
  const groepen = [...perScore.entries()].sort((a, b) => b[0] - a[0]).map(([score, items]) => ({ score, items }));
  if (groepen.length === 1 && groepen[0]!.items.length > 1) return { sterkst: [], zwakst: [], alleGelijk: true };
  const pak = (lijst: Groep<T>[], grens: number) => {
    const gekozen: Groep<T>[] = [];
    let n = 0;
    for (const g of lijst) {
      if (n >= max || gekozen.length >= grens) break;
      gekozen.push(g);
      n += g.items.length;
    }
    return gekozen;
  };
  const sterkst = pak(groepen, Math.ceil(groepen.length / 2));
  const zwakst = pak(groepen.filter((g) => !sterkst.includes(g)).reverse(), groepen.length);
  return { sterkst, zwakst, alleGelijk: false };
}

/** Strongest and weakest dimensions of one scan (see `rangorde`). */
export function sterkEnZwak(scores: readonly DimensieScore[]): Rangorde<DimensieScore> {
  return rangorde(scores, (d) => d.score);
}

export function scoreScan(catalogus: Catalogus, scan: Scan): Uitslag {
  const dimensies = catalogus.dimensies.map((d) => scoreDimensie(d, scan, catalogus.banden));
  const scored = dimensies.filter((d) => d.score !== null).map((d) => d.score!);
  const totaal = scored.length ? Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
  const sum = (k: 'beantwoord' | 'weetNiet' | 'open' | 'totaal') => dimensies.reduce((a, d) => a + d[k], 0);
  return {
    dimensies,
    totaal,
    totaalBand: bandVoor(totaal, catalogus.banden),
    rangorde: sterkEnZwak(dimensies),
    beantwoord: sum('beantwoord'),
    weetNiet: sum('weetNiet'),
    open: sum('open'),
    totaalStellingen: sum('totaal'),
  };
}

/** Progress on one dimension screen: answered (incl. "weet ik niet") of total. */
export function voortgang(dimensie: Dimensie, scan: Scan): { ingevuld: number; totaal: number } {
  const ingevuld = dimensie.stellingen.filter((s) => scan.antwoorden[s.id] !== undefined).length;
  return { ingevuld, totaal: dimensie.stellingen.length };
}

export type RegiestijlId = 'sturend-en-verbindend' | 'sturend' | 'verbindend' | 'terughoudend';

export interface Regiestijl {
  stijl: RegiestijlId | null;
  /** 0–100 per leaning, null when no statement of that leaning has an answer. */
  sturend: number | null;
  verbindend: number | null;
}

/**
 * The reflection on the regiestijl: statements marked "sturend" (steering: setting criteria, deciding,
 * holding partners to agreements) and "verbindend" (connecting: trust, involving partners and bestuur)
 * each give a 0–100 score; 50 or more counts as "strong" on that side.
 */
export function regiestijl(catalogus: Catalogus, scan: Scan, drempel = 50): Regiestijl {
  const perKant = (kant: Sturing) => {
    const values = catalogus.dimensies
      .flatMap((d) => d.stellingen)
      .filter((s) => s.sturing === kant)
      .map((s) => scan.antwoorden[s.id])
      .filter(isWaarde);
    const p = percentage(values);
    return p === null ? null : Math.round(p);
  };
  const sturend = perKant('sturend');
  const verbindend = perKant('verbindend');
  if (sturend === null || verbindend === null) return { stijl: null, sturend, verbindend };
  const s = sturend >= drempel;
  const v = verbindend >= drempel;
  const stijl: RegiestijlId = s && v ? 'sturend-en-verbindend' : s ? 'sturend' : v ? 'verbindend' : 'terughoudend';
  return { stijl, sturend, verbindend };
}
