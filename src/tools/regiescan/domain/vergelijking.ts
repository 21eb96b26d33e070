/**
 * Comparison over time: the current scan against an earlier one, per dimension and per statement.
 * Both are scored with the current catalogue; statements are matched by id. Ids in the earlier
 * file that the current statement set no longer has are reported.
 */
import { WEET_NIET, alleStellingen, type Antwoord, type Catalogus, type Scan } from './model.ts';
import { scoreScan } from './scoring.ts';
import { terugblik, type Terugblik } from './actieplan.ts';

export interface DimensieVerschil {
  dimensieId: string;
  titel: string;
  eerder: number | null;
  nu: number | null;
  /** nu − eerder; null when either is missing. */
  verschil: number | null;
}

export interface StellingVerschil {
  stellingId: string;
  dimensieId: string;
  tekst: string;
  eerder: Antwoord | undefined;
  nu: Antwoord | undefined;
}

export interface Vergelijking {
  eerderDatum: string;
  eerderVersie: number;
  /** The earlier answers by statement id. */
  eerderAntwoorden: Record<string, Antwoord>;
  dimensies: DimensieVerschil[];
  totaal: DimensieVerschil;
  /** Statements whose answer changed (including from or to open / "weet ik niet"). */
  gewijzigd: StellingVerschil[];
  /** Statement ids in the earlier scan that the current statement set does not have. */
  nietGekoppeld: string[];
  /** The earlier action plan: what came of it. */
  terugblik: Terugblik;
}

const verschil = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);

export function vergelijk(catalogus: Catalogus, eerder: Scan, nu: Scan): Vergelijking {
  const oud = scoreScan(catalogus, eerder);
  const nieuw = scoreScan(catalogus, nu);
  const dimensies = nieuw.dimensies.map((d, i) => {
    const e = oud.dimensies[i]!.score;
    return { dimensieId: d.dimensieId, titel: d.titel, eerder: e, nu: d.score, verschil: verschil(e, d.score) };
  });
  const stellingen = alleStellingen(catalogus);
  const bekend = new Set(stellingen.map((s) => s.id));
  const gewijzigd = stellingen
    .filter((s) => eerder.antwoorden[s.id] !== nu.antwoorden[s.id])
    .map((s) => ({ stellingId: s.id, dimensieId: s.dimensieId, tekst: s.tekst, eerder: eerder.antwoorden[s.id], nu: nu.antwoorden[s.id] }));
  return {
    eerderDatum: eerder.context.datum,
    eerderVersie: eerder.stellingenVersie,
    eerderAntwoorden: eerder.antwoorden,
    dimensies,
    totaal: { dimensieId: 'totaal', titel: 'Totaal', eerder: oud.totaal, nu: nieuw.totaal, verschil: verschil(oud.totaal, nieuw.totaal) },
    gewijzigd,
    nietGekoppeld: Object.keys(eerder.antwoorden).filter((id) => !bekend.has(id)),
    terugblik: terugblik(eerder.actieplan, dimensies),
  };
}

export function antwoordLabel(a: Antwoord | undefined, labels: readonly string[], weetNiet: string, open = 'niet ingevuld'): string {
  if (a === undefined) return open;
  if (a === WEET_NIET) return weetNiet;
  return labels[a] ?? String(a);
}
