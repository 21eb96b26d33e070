/**
 * The regiescan file format (export, import, team files, device storage), in the shared envelope:
 *   { instrument: "regiescan", versie: 2, opgeslagen, data: { stellingenVersie, context, antwoorden } }
 * Answers are stored by statement id; `stellingenVersie` says which statement set they were given to.
 *
 * Format history:
 *   1 — first (pre-release) format: `antwoorden` as a list of { stelling, score } with score 0–3 or null
 *       for "weet ik niet", and no statement-set version (that was statement set 1).
 *   2 — answers as an object by statement id, "weet ik niet" as "weet-niet", with `stellingenVersie`.
 */
import { parseEnvelopeText, unwrap, wrap, type Envelope, type UnwrapOptions } from '../../../lib/envelope.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import {
  GEMEENTE_ROLLEN,
  GROOTTE_KLASSEN,
  RESPONDENT_ROLLEN,
  WEET_NIET,
  isAntwoord,
  type Antwoord,
  type Scan,
  type ScanContext,
} from './model.ts';

export const INSTRUMENT = 'regiescan';
export const FORMAT_VERSIE = 2;
/** A scan file is small (about 3 kB); anything above this is not a scan. */
export const MAX_BESTAND_BYTES = 200_000;
const MAX_ANTWOORDEN = 500;
const STELLING_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

const KAPOT = 'De inhoud van dit bestand klopt niet: het is geen geldige regiescan. Er is niets veranderd.';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function kies<T extends string>(lijst: readonly T[], v: unknown): T | '' {
  return typeof v === 'string' && (lijst as readonly string[]).includes(v) ? (v as T) : '';
}

function leesContext(raw: unknown): ScanContext {
  const c = isObject(raw) ? raw : {};
  const datum = typeof c.datum === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.datum) ? c.datum : '';
  return {
    gemeenteRol: kies(GEMEENTE_ROLLEN, c.gemeenteRol),
    grootte: kies(GROOTTE_KLASSEN, c.grootte),
    respondentRol: kies(RESPONDENT_ROLLEN, c.respondentRol),
    datum,
  };
}

/** Checks data of the current format. Unknown context values are dropped; bad answers make the file invalid. */
export function leesScanData(raw: unknown): Result<Scan> {
  if (!isObject(raw)) return fail(KAPOT);
  const versie = raw.stellingenVersie;
  if (typeof versie !== 'number' || !Number.isInteger(versie) || versie < 1) return fail(KAPOT);
  if (!isObject(raw.antwoorden)) return fail(KAPOT);
  const entries = Object.entries(raw.antwoorden);
  if (entries.length > MAX_ANTWOORDEN) return fail(KAPOT);
  const antwoorden: Record<string, Antwoord> = {};
  for (const [id, a] of entries) {
    if (!STELLING_ID.test(id) || !isAntwoord(a)) return fail(KAPOT);
    antwoorden[id] = a;
  }
  return ok({ stellingenVersie: versie, context: leesContext(raw.context), antwoorden });
}

/** Format 1 → current. */
function vanVersie1(raw: unknown): Result<Scan> {
  if (!isObject(raw) || !Array.isArray(raw.antwoorden) || raw.antwoorden.length > MAX_ANTWOORDEN) return fail(KAPOT);
  const antwoorden: Record<string, Antwoord> = {};
  for (const item of raw.antwoorden) {
    if (!isObject(item) || typeof item.stelling !== 'string') return fail(KAPOT);
    const a = item.score === null ? WEET_NIET : item.score;
    if (!isAntwoord(a)) return fail(KAPOT);
    antwoorden[item.stelling] = a;
  }
  return leesScanData({ stellingenVersie: 1, context: raw.context, antwoorden });
}

export function migreer(data: unknown, van: number): Result<Scan> {
  if (van === 1) return vanVersie1(data);
  return leesScanData(data);
}

export const unwrapOpties: UnwrapOptions<Scan> = { instrument: INSTRUMENT, versie: FORMAT_VERSIE, migrate: migreer };

export function naarBestand(scan: Scan, nu = new Date()): Envelope<Scan> {
  return wrap(INSTRUMENT, FORMAT_VERSIE, scan, nu);
}

export function naarJson(scan: Scan, nu = new Date()): string {
  return JSON.stringify(naarBestand(scan, nu), null, 2);
}

/** Reads the text of a chosen file (size-limited, any format version up to the current one). */
export function leesBestand(text: string): Result<Envelope<Scan>> {
  return parseEnvelopeText(text, unwrapOpties, MAX_BESTAND_BYTES);
}

/** Revives what the device storage holds (the same envelope, migrated to the current format). */
export function leesOpslag(raw: unknown): Result<Envelope<Scan>> {
  return unwrap(raw, unwrapOpties);
}
