/**
 * Team result: the aggregation of the respondents' scans. Everything on one scale, 0–100: the mean
 * and the spread (population standard deviation, in points) of dimensions, statements and the total.
 * The statements with the widest disagreement come first as conversation starters. Scans of another
 * statement-set version are matched by id (and reported as such); incomplete scans are reported as
 * incomplete, not as another version.
 */
import { alleStellingen, isWaarde, MAX_WAARDE, WEET_NIET, type Catalogus } from './model.ts';
import type { Respondent } from './formaat.ts';
import { rangorde, scoreScan, type Rangorde, type Uitslag } from './scoring.ts';

export interface Spreiding {
  n: number;
  /** 0–100, unrounded */
  gemiddelde: number | null;
  /** Population standard deviation in points on 0–100; null when n < 2. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export interface TeamDimensie extends Spreiding {
  dimensieId: string;
  titel: string;
}

export interface TeamStelling extends Spreiding {
  stellingId: string;
  dimensieId: string;
  tekst: string;
  /** How many respondents chose 0, 1, 2, 3. */
  verdeling: [number, number, number, number];
  weetNiet: number;
  open: number;
}

export interface Koppeling {
  /** Index of the respondent in the team. */
  index: number;
  stellingenVersie: number;
  gekoppeld: number;
  /** Ids in the scan that the current statement set does not have. */
  nietGekoppeld: string[];
  /** Statements of the current set the scan has no answer for. */
  ontbrekend: number;
}

export interface TeamUitslag {
  respondenten: number;
  /** The respondents' total scores (0–100). */
  totaal: Spreiding;
  dimensies: TeamDimensie[];
  /** In catalogue order. */
  stellingen: TeamStelling[];
  /** Statements with at least two answers that differ, widest spread first (ties: lower mean first, then catalogue order). */
  gespreksstarters: TeamStelling[];
  /** Strongest and weakest dimensions by their rounded mean, ties as one group. */
  rangorde: Rangorde<TeamDimensie>;
  /** Scans given to another version of the statements. */
  andereVersie: Koppeling[];
  /** Scans of the current version with open statements. */
  onvolledig: Koppeling[];
}

export function spreiding(values: readonly number[]): Spreiding {
  const n = values.length;
  if (!n) return { n, gemiddelde: null, sd: null, min: null, max: null };
  const gemiddelde = values.reduce((a, b) => a + b, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((a, v) => a + (v - gemiddelde) ** 2, 0) / n);
  return { n, gemiddelde, sd, min: Math.min(...values), max: Math.max(...values) };
}

/** An answer 0–3 as points on 0–100 (the scale of the dimension scores). */
export const punten = (waarde: number): number => (waarde / MAX_WAARDE) * 100;

export const rond = (n: number | null): number | null => (n === null ? null : Math.round(n));

/** Mean and spread per dimension over a set of scored scans. */
export function dimensieSpreiding(catalogus: Catalogus, uitslagen: readonly Uitslag[]): TeamDimensie[] {
  return catalogus.dimensies.map((d, i) => ({
    dimensieId: d.id,
    titel: d.titel,
    ...spreiding(uitslagen.map((u) => u.dimensies[i]!.score).filter((s): s is number => s !== null)),
  }));
}

export function totaalSpreiding(uitslagen: readonly Uitslag[]): Spreiding {
  return spreiding(uitslagen.map((u) => u.totaal).filter((s): s is number => s !== null));
}

function koppeling(r: Respondent, index: number, bekend: ReadonlySet<string>): Koppeling {
  const ids = Object.keys(r.scan.antwoorden);
  const gekoppeld = ids.filter((id) => bekend.has(id)).length;
  return { index, stellingenVersie: r.scan.stellingenVersie, gekoppeld, nietGekoppeld: ids.filter((id) => !bekend.has(id)), ontbrekend: bekend.size - gekoppeld };
}

export function teamUitslag(catalogus: Catalogus, team: readonly Respondent[]): TeamUitslag {
  const uitslagen = team.map((r) => scoreScan(catalogus, r.scan));
  const dimensies = dimensieSpreiding(catalogus, uitslagen);
  const stellingen: TeamStelling[] = alleStellingen(catalogus).map((s) => {
    const verdeling: [number, number, number, number] = [0, 0, 0, 0];
    let weetNiet = 0;
    let open = 0;
    const values: number[] = [];
    for (const r of team) {
      const a = r.scan.antwoorden[s.id];
      if (isWaarde(a)) {
        verdeling[a]++;
        values.push(punten(a));
      } else if (a === WEET_NIET) weetNiet++;
      else open++;
    }
    return { stellingId: s.id, dimensieId: s.dimensieId, tekst: s.tekst, verdeling, weetNiet, open, ...spreiding(values) };
  });
  const gespreksstarters = stellingen
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.sd !== null && s.sd > 0)
    .sort((a, b) => b.s.sd! - a.s.sd! || a.s.gemiddelde! - b.s.gemiddelde! || a.i - b.i)
    .map(({ s }) => s);
  const bekend = new Set(stellingen.map((s) => s.stellingId));
  const koppelingen = team.map((r, i) => koppeling(r, i, bekend));
  return {
    respondenten: team.length,
    totaal: totaalSpreiding(uitslagen),
    dimensies,
    stellingen,
    gespreksstarters,
    rangorde: rangorde(dimensies, (d) => rond(d.gemiddelde)),
    andereVersie: koppelingen.filter((k) => k.stellingenVersie !== catalogus.stellingenVersie),
    onvolledig: koppelingen.filter((k) => k.stellingenVersie === catalogus.stellingenVersie && k.ontbrekend > 0),
  };
}
