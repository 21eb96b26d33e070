/**
 * The parts of the regiescan file format that need no validation: names, limits, types, the envelope
 * and what a file holds. The pages load this at once; the schemas (zod) in bestand.ts load only when
 * something is read (stored work, a file, see ../view/bestanden.ts).
 */
import { writeOnly } from '../../../instrument/files/lazy-instrument.ts';
import type { Envelope, InstrumentInfo } from '../../../instrument/files/definition.ts';
import { fail, ok, type Result } from '../../../instrument/result.ts';
import type { Actie } from './actieplan.ts';
import type { Scan } from './model.ts';

export const INSTRUMENT = 'regiescan';
export const FORMAT_VERSIE = 3;
/** A team result of the maximum number of respondents stays well below this. */
export const MAX_BESTAND_BYTES = 5_000_000;
export const MAX_ANTWOORDEN = 500;
export const MAX_NOTITIE = 2000;
/** Enough for a large team; the merge and the report stay quick on any device. */
export const MAX_RESPONDENTEN = 250;
export const MAX_CODE = 12;
export const NIETS = 'Er is niets veranderd.';

export const REGIESCAN_INFO: InstrumentInfo = { tool: INSTRUMENT, name: 'de regiescan', version: FORMAT_VERSIE, maxBytes: MAX_BESTAND_BYTES };
const schrijven = writeOnly<BestandData>(REGIESCAN_INFO);

/** A respondent code: letters, digits and dashes, at most 12; anything else is dropped (never a name in a file). */
export function normaliseerCode(v: unknown): string {
  if (typeof v !== 'string') return '';
  const c = v.trim();
  return c.length <= MAX_CODE && /^[A-Za-z0-9-]*$/.test(c) ? c : '';
}

export interface Respondent {
  /** When the respondent saved the file: with the answers it tells two files apart. */
  opgeslagen: string;
  scan: Scan;
}

/** A team result: kept on the device and as a file, reopened, compared with next year's. */
export interface TeamResultaat {
  /** yyyy-mm-dd of the team session, or '' */
  datum: string;
  respondenten: Respondent[];
  notities: Record<string, string>;
  actieplan: Actie[];
}

export type BestandData = ({ soort: 'scan' } & Scan) | ({ soort: 'team' } & TeamResultaat);

/** What the scan page keeps on the device: the scan, the screen the user was on, and the loaded comparison. */
export type ScanWerk = { soort: 'scan' } & Scan & { scherm: number; eerder: Scan | null };

/** What the team page keeps on the device: the team result and the loaded earlier team result. */
export type TeamWerk = { soort: 'team' } & TeamResultaat & { eerder: TeamResultaat | null };

export function scanBestand(scan: Scan, nu = new Date()): Envelope<BestandData> {
  const { stellingenVersie, context, antwoorden, notities, actieplan } = scan;
  return schrijven.envelope({ soort: 'scan', stellingenVersie, context, antwoorden, notities, actieplan }, { now: nu });
}

/** A team result as a file. File names of the respondents are left out: they may contain a name. */
export function teamBestand(team: TeamResultaat, nu = new Date()): Envelope<BestandData> {
  const respondenten = team.respondenten.map(({ opgeslagen, scan }) => ({ opgeslagen, scan }));
  return schrijven.envelope({ soort: 'team', datum: team.datum, respondenten, notities: team.notities, actieplan: team.actieplan }, { now: nu });
}

export const naarJson = (env: Envelope<BestandData>): string => JSON.stringify(env, null, 2);

/** The scan in a file, or a message when the file holds a team result. */
export function alsScan(data: BestandData): Result<Scan> {
  if (data.soort !== 'scan') return fail(`Dit bestand is een teamresultaat, geen scan van één persoon. Open het in de teamscan. ${NIETS}`, 'invalid');
  const { stellingenVersie, context, antwoorden, notities, actieplan } = data;
  return ok({ stellingenVersie, context, antwoorden, notities, actieplan });
}

/** The team result in a file, or a message when the file holds one person's scan. */
export function alsTeam(data: BestandData): Result<TeamResultaat> {
  if (data.soort !== 'team') return fail(`Dit bestand is de scan van één persoon, geen teamresultaat. Voeg het toe als scan van het team. ${NIETS}`, 'invalid');
  const { datum, respondenten, notities, actieplan } = data;
  return ok({ datum, respondenten, notities, actieplan });
}
