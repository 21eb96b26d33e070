/**
 * The regiescan file format (export, import, team files, device storage), in the shared envelope of
 * src/instrument (defineInstrument):
 *   { instrument: "regiescan", versie: 3, opgeslagen, data: { soort: "scan", … } | { soort: "team", … } }
 * One scan: answers by statement id, the statement-set version they were given to, notes per statement
 * and an action plan. A team result: the respondents' scans (no names), its own notes and action plan.
 *
 * Format history (every older file is migrated on reading):
 *   1 — first (pre-release) format: `antwoorden` as a list of { stelling, score } with score 0–3 or null
 *       for "weet ik niet", and no statement-set version (that was statement set 1).
 *   2 — answers as an object by statement id, "weet ik niet" as "weet-niet", with `stellingenVersie`.
 *   3 — `soort` ("scan" or "team"), notes per statement, action plan, respondent code; team results.
 *
 * Three definitions share tool id, version and migrations: `regiescanBestand` reads any file (a scan or
 * a team result); `scanOpslag` and `teamOpslag` are what the two pages keep on the device (one kind
 * each, plus where the user was and the loaded comparison). Anything else in a storage key is kept
 * aside by the shared layer, never overwritten.
 */
// zod/mini: the same validation as zod, a fraction of its size in the browser (the page budget is 40 kB gzip).
import * as z from 'zod/mini';
import { defineInstrument, type Instrument, type Opened } from '../../../instrument/files/definition.ts';
import { fail, ok, type Result } from '../../../instrument/result.ts';
import { ACTIE_STATUSSEN, MAX_ACTIES, MAX_ACTIE_TEKST, MAX_EIGENAAR } from './actieplan.ts';
import { GEMEENTE_ROLLEN, GROOTTE_KLASSEN, RESPONDENT_ROLLEN, WEET_NIET, type Scan } from './model.ts';
import {
  MAX_ANTWOORDEN, MAX_NOTITIE, MAX_RESPONDENTEN, NIETS, normaliseerCode, REGIESCAN_INFO,
  type BestandData, type ScanWerk, type TeamWerk,
} from './formaat.ts';

// Everything without zod lives in formaat.ts (the pages load it at once); this module is loaded when something is read.
export * from './formaat.ts';

const STELLING_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

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

const antwoordSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(WEET_NIET)], { error: 'moet 0 tot 3 of "weet ik niet" zijn' });
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
  antwoorden: z.record(stellingId, antwoordSchema).check(z.refine((a) => Object.keys(a).length <= MAX_ANTWOORDEN, `zijn te veel (hooguit ${MAX_ANTWOORDEN})`)),
  notities: notitiesSchema,
  actieplan: actieplanSchema,
});


export const teamSchema = z.object({
  datum,
  respondenten: z.array(z.object({ opgeslagen: z.catch(z.string().check(z.maxLength(40)), ''), scan: scanSchema })).check(z.maxLength(MAX_RESPONDENTEN)),
  notities: notitiesSchema,
  actieplan: actieplanSchema,
});


const scanData = z.extend(scanSchema, { soort: z.literal('scan') });
const teamData = z.extend(teamSchema, { soort: z.literal('team') });
const dataSchema = z.discriminatedUnion('soort', [scanData, teamData], { error: 'moet "scan" of "team" zijn' });


/** Words for the parts of a file, for messages ("Respondent 2, de scan, de antwoorden: …"). */
const labels = {
  respondenten: (n: number) => `respondent ${n}`,
  scan: 'de scan',
  antwoorden: 'de antwoorden',
  notities: 'de notities',
  actieplan: (n: number) => `actie ${n} van het actieplan`,
  tekst: 'de tekst',
  eigenaar: 'de eigenaar',
  status: 'de status',
  datum: 'de datum',
  stellingenVersie: 'de versie van de stellingen',
  soort: 'het soort bestand (scan of teamresultaat)',
  scherm: 'het scherm waar u was',
  eerder: 'de eerdere scan',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Format 1 → format 2 data (throws on a damaged file: the shared layer reports it). */
function vanVersie1(raw: unknown): unknown {
  if (!isObject(raw) || !Array.isArray(raw.antwoorden) || raw.antwoorden.length > MAX_ANTWOORDEN) throw new Error('formaat 1');
  const antwoorden: Record<string, unknown> = {};
  for (const item of raw.antwoorden) {
    if (!isObject(item) || typeof item.stelling !== 'string') throw new Error('formaat 1');
    antwoorden[item.stelling] = item.score === null ? WEET_NIET : item.score;
  }
  return { stellingenVersie: 1, context: raw.context, antwoorden };
}

/** Format 2 knew single scans only. */
function vanVersie2(raw: unknown): unknown {
  if (!isObject(raw)) throw new Error('formaat 2');
  return { ...raw, soort: 'scan' };
}

function definitie<T>(schema: z.ZodMiniType<T>): Instrument<T> {
  return defineInstrument<T>({ ...REGIESCAN_INFO, schema, migrations: { 1: vanVersie1, 2: vanVersie2 }, labels });
}

/** Any regiescan file: one person's scan or a team result. */
export const regiescanBestand: Instrument<BestandData> = definitie(dataSchema as z.ZodMiniType<BestandData>);

/** What the scan page keeps on the device: the scan, the screen the user was on, and the loaded comparison. */
export const scanOpslag: Instrument<ScanWerk> = definitie(
  z.extend(scanData, {
    scherm: z._default(z.int().check(z.minimum(-1), z.maximum(100)), -1),
    eerder: z._default(z.nullable(scanSchema), null),
  }) as z.ZodMiniType<ScanWerk>,
);

/** What the team page keeps on the device: the team result and the loaded earlier team result. */
export const teamOpslag: Instrument<TeamWerk> = definitie(
  z.extend(teamData, { eerder: z._default(z.nullable(teamSchema), null) }) as z.ZodMiniType<TeamWerk>,
);

/** Checks one scan of the current format (without `soort`). */
export function leesScanData(raw: unknown): Result<Scan> {
  const r = z.safeParse(scanSchema, raw);
  return r.success ? ok(r.data as Scan) : fail(`Deze scan klopt niet. ${NIETS}`, 'invalid');
}

/** Reads the text of a file (size-limited, any format version up to the current one). */
export function leesBestand(text: string): Result<Opened<BestandData>> {
  return regiescanBestand.readText(text);
}

