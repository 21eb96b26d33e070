/**
 * The state of the two regiescan pages as reducers: every change the user makes is an action, applied
 * by a pure function that returns the next state, or a Dutch message and no change (a Result).
 * The views keep the state with useStoredDocument (src/instrument) and call `doc.update(next)`.
 */
import { ok, type Result } from '../../../instrument/result.ts';
import { verwijderActie, voegActieToe, wijzigActie, type Actie, type ActieWijziging } from './actieplan.ts';
import type { Respondent, ScanWerk, TeamResultaat, TeamWerk } from './formaat.ts';
import { leegContext, type Antwoord, type Catalogus, type Scan, type ScanContext } from './model.ts';

export type PlanActie =
  | { type: 'actie-toevoegen'; dimensieId: string; tekst: string }
  | { type: 'actie-wijzigen'; id: string; wijziging: ActieWijziging }
  | { type: 'actie-verwijderen'; id: string };

export type NotitieActie = { type: 'notitie'; stellingId: string; tekst: string };

export type ScanActie =
  | PlanActie
  | NotitieActie
  | { type: 'context'; context: ScanContext }
  | { type: 'antwoord'; stellingId: string; antwoord: Antwoord }
  /** -1 = context, 0..n-1 = a dimension, n = the result. */
  | { type: 'ga'; scherm: number }
  | { type: 'vergelijk'; eerder: Scan | null };

export type TeamActie =
  | PlanActie
  | NotitieActie
  | { type: 'respondenten'; respondenten: Respondent[] }
  | { type: 'verwijder'; index: number }
  | { type: 'vergelijk'; eerder: TeamResultaat | null };

export const leegScanWerk = (stellingenVersie: number, datum = ''): ScanWerk => ({
  soort: 'scan',
  stellingenVersie,
  context: { ...leegContext(), datum },
  antwoorden: {},
  notities: {},
  actieplan: [],
  scherm: -1,
  eerder: null,
});

export const leegTeamWerk = (): TeamWerk => ({ soort: 'team', datum: '', respondenten: [], notities: {}, actieplan: [], eerder: null });

/** Nothing worth keeping: no answer, context, note or action (where the user is does not count). */
export function scanIsLeeg(w: Scan): boolean {
  const c = w.context;
  return !Object.keys(w.antwoorden).length && !Object.keys(w.notities).length && !w.actieplan.length && !c.gemeenteRol && !c.grootte && !c.respondentRol && !c.code;
}

export const teamIsLeeg = (w: TeamWerk): boolean => !w.respondenten.length && !w.actieplan.length && !Object.keys(w.notities).length;

function plan(actieplan: Actie[], a: PlanActie): Result<Actie[]> {
  if (a.type === 'actie-toevoegen') return voegActieToe(actieplan, a.dimensieId, a.tekst);
  if (a.type === 'actie-wijzigen') return wijzigActie(actieplan, a.id, a.wijziging);
  return ok(verwijderActie(actieplan, a.id));
}

function notitie(notities: Record<string, string>, a: NotitieActie): Record<string, string> {
  const kopie = { ...notities };
  if (a.tekst.trim()) kopie[a.stellingId] = a.tekst;
  else delete kopie[a.stellingId];
  return kopie;
}

const isGedeeld = (a: { type: string }): a is PlanActie | NotitieActie => a.type.startsWith('actie-') || a.type === 'notitie';

/** The actions both pages share: the action plan and the notes per statement. */
function gedeeld<W extends { actieplan: Actie[]; notities: Record<string, string> }>(w: W, a: PlanActie | NotitieActie): Result<W> {
  if (a.type === 'notitie') return ok({ ...w, notities: notitie(w.notities, a) });
  const r = plan(w.actieplan, a);
  return r.ok ? ok({ ...w, actieplan: r.value }) : r;
}

export function scanReducer(w: ScanWerk, a: ScanActie): Result<ScanWerk> {
  if (isGedeeld(a)) return gedeeld(w, a);
  switch (a.type) {
    case 'context':
      return ok({ ...w, context: a.context });
    case 'antwoord':
      return ok({ ...w, antwoorden: { ...w.antwoorden, [a.stellingId]: a.antwoord } });
    case 'ga':
      return ok({ ...w, scherm: a.scherm });
    case 'vergelijk':
      return ok({ ...w, eerder: a.eerder });
  }
}

export function teamReducer(w: TeamWerk, a: TeamActie): Result<TeamWerk> {
  if (isGedeeld(a)) return gedeeld(w, a);
  switch (a.type) {
    case 'respondenten':
      return ok({ ...w, respondenten: a.respondenten });
    case 'verwijder':
      return ok({ ...w, respondenten: w.respondenten.filter((_, i) => i !== a.index) });
    case 'vergelijk':
      return ok({ ...w, eerder: a.eerder });
  }
}

/**
 * An opened scan, ready to replace the work: answers to statements this version does not know are
 * left out (and counted), the statement-set version becomes the current one. Where the user is and
 * the loaded comparison stay.
 */
export function geopendeScan(w: ScanWerk, scan: Scan, catalogus: Catalogus): { werk: ScanWerk; onbekend: number } {
  const bekend = new Set(catalogus.dimensies.flatMap((d) => d.stellingen.map((s) => s.id)));
  const antwoorden = Object.fromEntries(Object.entries(scan.antwoorden).filter(([id]) => bekend.has(id)));
  const notities = Object.fromEntries(Object.entries(scan.notities).filter(([id]) => bekend.has(id)));
  const onbekend = Object.keys(scan.antwoorden).length - Object.keys(antwoorden).length;
  return { werk: { ...w, ...scan, soort: 'scan', stellingenVersie: catalogus.stellingenVersie, antwoorden, notities }, onbekend };
}

/** The scan alone (as in a file), without where the user was or the comparison. */
export function alleenScan(w: ScanWerk): Scan {
  const { stellingenVersie, context, antwoorden, notities, actieplan } = w;
  return { stellingenVersie, context, antwoorden, notities, actieplan };
}

/** The team result alone (as in a file). */
export function alleenTeam(w: TeamWerk): TeamResultaat {
  const { datum, respondenten, notities, actieplan } = w;
  return { datum, respondenten, notities, actieplan };
}
