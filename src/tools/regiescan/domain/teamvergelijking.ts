/**
 * Comparison of two team results (for example this year's and last year's): per dimension, per
 * statement and in total, each as the rounded team mean on 0–100 then and now. The earlier action plan
 * is looked back on: "wat is er van terechtgekomen?".
 */
import type { TeamResultaat } from './formaat.ts';
import { terugblik, type Terugblik } from './actieplan.ts';
import type { Catalogus } from './model.ts';
import { rond, teamUitslag } from './team.ts';

export interface Verschil {
  id: string;
  titel: string;
  eerder: number | null;
  nu: number | null;
  /** nu − eerder of the rounded means; null when either is missing. */
  verschil: number | null;
}

export interface TeamVergelijking {
  eerderDatum: string;
  eerderRespondenten: number;
  nuRespondenten: number;
  totaal: Verschil;
  dimensies: Verschil[];
  /** Every statement of the current set, in catalogue order. */
  stellingen: (Verschil & { dimensieId: string })[];
  terugblik: Terugblik;
}

export const verschil = (id: string, titel: string, eerder: number | null, nu: number | null): Verschil => {
  const e = rond(eerder);
  const n = rond(nu);
  return { id, titel, eerder: e, nu: n, verschil: e === null || n === null ? null : n - e };
};

export function vergelijkTeams(catalogus: Catalogus, eerder: TeamResultaat, nu: TeamResultaat): TeamVergelijking {
  const oud = teamUitslag(catalogus, eerder.respondenten);
  const nieuw = teamUitslag(catalogus, nu.respondenten);
  const dimensies = nieuw.dimensies.map((d, i) => verschil(d.dimensieId, d.titel, oud.dimensies[i]!.gemiddelde, d.gemiddelde));
  return {
    eerderDatum: eerder.datum,
    eerderRespondenten: oud.respondenten,
    nuRespondenten: nieuw.respondenten,
    totaal: verschil('totaal', 'Totaal', oud.totaal.gemiddelde, nieuw.totaal.gemiddelde),
    dimensies,
    stellingen: nieuw.stellingen.map((s, i) => ({ ...verschil(s.stellingId, s.tekst, oud.stellingen[i]!.gemiddelde, s.gemiddelde), dimensieId: s.dimensieId })),
    terugblik: terugblik(eerder.actieplan, dimensies.map((d) => ({ dimensieId: d.id, titel: d.titel, eerder: d.eerder, nu: d.nu, verschil: d.verschil }))),
  };
}
