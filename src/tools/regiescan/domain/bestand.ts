/**
 * The regiescan file format (export, import, team files, device storage), in the shared envelope:
 *   { instrument: "regiescan", versie: 3, opgeslagen, data: { soort: "scan", … } | { soort: "team", … } }
 * One scan: answers by statement id, the statement-set version they were given to, notes per statement
 * and an action plan. A team result: the respondents' scans (no names), its own notes and action plan.
 *
 * Format history (every older file is migrated on reading):
 *   1 — first (pre-release) format: `antwoorden` as a list of { stelling, score } with score 0–3 or null
 *       for "weet ik niet", and no statement-set version (that was statement set 1).
 *   2 — answers as an object by statement id, "weet ik niet" as "weet-niet", with `stellingenVersie`.
 *   3 — `soort` ("scan" or "team"), notes per statement, action plan, respondent code; team results.
 */
// zod/mini: the same validation as zod, a fraction of its size in the browser (the page budget is 40 kB gzip).
import * as z from 'zod/mini';
import { parseEnvelopeText, unwrap, wrap, type Envelope, type UnwrapOptions } from '../../../lib/envelope.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { ACTIE_STATUSSEN, MAX_ACTIES, MAX_ACTIE_TEKST, MAX_EIGENAAR, type Actie } from './actieplan.ts';
import { GEMEENTE_ROLLEN, GROOTTE_KLASSEN, RESPONDENT_ROLLEN, WEET_NIET, type Scan } from './model.ts';

export const INSTRUMENT = 'regiescan';
export const FORMAT_VERSIE = 3;
/** A team result of the maximum number of respondents stays well below this. */
export const MAX_BESTAND_BYTES = 5_000_000;
export const MAX_ANTWOORDEN = 500;
export const MAX_NOTITIE = 2000;
/** Enough for a large team; the merge and the report stay quick on any device. */
export const MAX_RESPONDENTEN = 250;
export const MAX_CODE = 12;
const STELLING_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

const KAPOT = 'De inhoud van dit bestand klopt niet: het is geen geldige regiescan.';
const NIETS = 'Er is niets veranderd.';

/** A respondent code: letters, digits and dashes, at most 12; anything else is dropped (never a name in a file). */
export function normaliseerCode(v: unknown): string {
  if (typeof v !== 'string') return '';
  const c = v.trim();
  return c.length <= MAX_CODE && /^[A-Za-z0-9-]*$/.test(c) ? c : '';
}

const leeg = <T extends readonly string[]>(lijst: T) => z.catch(z.union([z.enum(lijst as unknown as [T[number], ...T[number][]]), z.literal('')]), '' as const);
const datum = z.catch(z.string().check(z.regex(DATUM)), '');

/** Unknown context values are dropped, not refused: the answers are what matters. */
const contextSchema = z.catch(
  z.object({
    gemeenteRol: leeg(GEMEENTE_ROLLEN),
    grootte: leeg(GROOTTE_KLASSEN),
    respondentRol: leeg(RESPONDENT_ROLLEN),
    code: z.pipe(z.optional(z.unknown()), z.transform(normaliseerCode)),
    datum,
  }),
  { gemeenteRol: '' as const, grootte: '' as const, respondentRol: '' as const, code: '', datum: '' },
);

const antwoordSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(WEET_NIET)]);
const stellingId = z.string().check(z.regex(STELLING_ID));

const actieSchema = z.object({
  id: z.string().check(z.regex(/^a\d{1,4}$/)),
  dimensieId: z.string().check(z.regex(STELLING_ID)),
  tekst: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ACTIE_TEKST)),
  eigenaar: z._default(z.string().check(z.maxLength(MAX_EIGENAAR)), ''),
  datum: z._default(z.union([z.string().check(z.regex(DATUM)), z.literal('')]), ''),
  status: z.enum(ACTIE_STATUSSEN),
});

const actieplanSchema = z._default(z.array(actieSchema).check(z.maxLength(MAX_ACTIES)), []);
const notitiesSchema = z._default(z.record(stellingId, z.string().check(z.maxLength(MAX_NOTITIE))), {});

export const scanSchema = z.object({
  stellingenVersie: z.int().check(z.minimum(1)),
  context: contextSchema,
  antwoorden: z.record(stellingId, antwoordSchema).check(z.refine((a) => Object.keys(a).length <= MAX_ANTWOORDEN)),
  notities: notitiesSchema,
  actieplan: actieplanSchema,
});

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

export const teamSchema = z.object({
  datum,
  respondenten: z.array(z.object({ opgeslagen: z.catch(z.string().check(z.maxLength(40)), ''), scan: scanSchema })).check(z.maxLength(MAX_RESPONDENTEN)),
  notities: notitiesSchema,
  actieplan: actieplanSchema,
});

export type BestandData = ({ soort: 'scan' } & Scan) | ({ soort: 'team' } & TeamResultaat);

const dataSchema = z.discriminatedUnion('soort', [
  z.extend(scanSchema, { soort: z.literal('scan') }),
  z.extend(teamSchema, { soort: z.literal('team') }),
]);

/** Where a problem sits, in words a user understands. */
function plaats(path: readonly PropertyKey[]): string {
  const p = path.map(String);
  const i = p.indexOf('respondenten');
  const voor = i >= 0 && p[i + 1] !== undefined ? `scan ${Number(p[i + 1]) + 1} van het team: ` : '';
  const rest = i >= 0 ? p.slice(i + 3) : p;
  const [deel, sleutel, veld] = rest;
  if (deel === 'antwoorden' && sleutel) return `${voor}het antwoord bij stelling "${sleutel}" moet 0 tot 3 of "weet ik niet" zijn`;
  if (deel === 'antwoorden') return `${voor}de antwoorden ontbreken of zijn te veel`;
  if (deel === 'notities') return `${voor}de notitie bij stelling "${sleutel ?? '?'}" is te lang of geen tekst (hooguit ${MAX_NOTITIE} tekens)`;
  if (deel === 'actieplan' && sleutel !== undefined) return `${voor}actie ${Number(sleutel) + 1} van het actieplan: ${veld ? `"${veld}" klopt niet` : 'klopt niet'}`;
  if (deel === 'actieplan') return `${voor}het actieplan klopt niet (hooguit ${MAX_ACTIES} acties)`;
  if (deel === 'stellingenVersie') return `${voor}de versie van de stellingen ontbreekt`;
  if (p[0] === 'respondenten') return `de lijst met scans van het team klopt niet (hooguit ${MAX_RESPONDENTEN})`;
  if (p[0] === 'soort') return 'er staat niet in of het een scan of een teamresultaat is';
  return 'het bestand heeft niet de vorm van een regiescan';
}

function lees<T>(schema: z.ZodMiniType<T>, raw: unknown): Result<T> {
  const r = z.safeParse(schema, raw);
  if (r.success) return ok(r.data);
  return fail(`${KAPOT} (${plaats(r.error.issues[0]?.path ?? [])}.) ${NIETS}`);
}

/** Checks one scan of the current format (without `soort`). */
export function leesScanData(raw: unknown): Result<Scan> {
  return lees(scanSchema, raw) as Result<Scan>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Format 1 → format 2 data. */
function vanVersie1(raw: unknown): Result<unknown> {
  if (!isObject(raw) || !Array.isArray(raw.antwoorden) || raw.antwoorden.length > MAX_ANTWOORDEN) return fail(`${KAPOT} ${NIETS}`);
  const antwoorden: Record<string, unknown> = {};
  for (const item of raw.antwoorden) {
    if (!isObject(item) || typeof item.stelling !== 'string') return fail(`${KAPOT} ${NIETS}`);
    antwoorden[item.stelling] = item.score === null ? WEET_NIET : item.score;
  }
  return ok({ stellingenVersie: 1, context: raw.context, antwoorden });
}

/** Data of format version `van` → current data. Formats 1 and 2 only knew single scans. */
export function migreer(data: unknown, van: number): Result<BestandData> {
  if (van === 1) {
    const v2 = vanVersie1(data);
    return v2.ok ? migreer(v2.value, 2) : v2;
  }
  if (van === 2) return isObject(data) ? (lees(dataSchema, { ...data, soort: 'scan' }) as Result<BestandData>) : fail(`${KAPOT} ${NIETS}`);
  return lees(dataSchema, data) as Result<BestandData>;
}

export const unwrapOpties: UnwrapOptions<BestandData> = { instrument: INSTRUMENT, versie: FORMAT_VERSIE, migrate: migreer };

export function scanBestand(scan: Scan, nu = new Date()): Envelope<BestandData> {
  return wrap(INSTRUMENT, FORMAT_VERSIE, { soort: 'scan' as const, ...scan }, nu);
}

/** A team result as a file. File names of the respondents are left out: they may contain a name. */
export function teamBestand(team: TeamResultaat, nu = new Date()): Envelope<BestandData> {
  const respondenten = team.respondenten.map(({ opgeslagen, scan }) => ({ opgeslagen, scan }));
  return wrap(INSTRUMENT, FORMAT_VERSIE, { soort: 'team' as const, ...team, respondenten }, nu);
}

export const naarJson = (env: Envelope<BestandData>): string => JSON.stringify(env, null, 2);

/** Reads the text of a chosen file (size-limited, any format version up to the current one). */
export function leesBestand(text: string): Result<Envelope<BestandData>> {
  return parseEnvelopeText(text, unwrapOpties, MAX_BESTAND_BYTES);
}

/** Revives what the device storage holds (the same envelope, migrated to the current format). */
export function leesOpslag(raw: unknown): Result<Envelope<BestandData>> {
  return unwrap(raw, unwrapOpties);
}

/** The scan in a file, or a message when the file holds a team result. */
export function alsScan(data: BestandData): Result<Scan> {
  if (data.soort !== 'scan') return fail(`Dit bestand is een teamresultaat, geen scan van één persoon. Open het in de teamscan. ${NIETS}`);
  const { soort, ...scan } = data;
  void soort;
  return ok(scan);
}

/** The team result in a file, or a message when the file holds one person's scan. */
export function alsTeam(data: BestandData): Result<TeamResultaat> {
  if (data.soort !== 'team') return fail(`Dit bestand is de scan van één persoon, geen teamresultaat. Voeg het toe als scan van het team. ${NIETS}`);
  const { soort, ...team } = data;
  void soort;
  return ok(team);
}
