/**
 * One definition per tool gives everything that touches its data as a whole: the file export and
 * import, device storage and share links, all in one envelope:
 *   { "instrument": "regiescan", "versie": 2, "opgeslagen": "2026-…Z", "revisie": 3, "data": … }
 * (`revisie` only in device storage: it counts saves, so two tabs never overwrite each other.)
 */
import { safeParse, type $ZodType } from 'zod/v4/core';
import { fail, ok, type Result } from '../result.ts';
import { decodeBytes, formatKB, IS, NOTHING_CHANGED, parseJsonText, SUBJECT, type Source } from './decode.ts';
import { describeIssue, dutchErrorMap, type PathLabels } from './messages.ts';
import { writeOnly } from './lazy-instrument.ts';

/** Names of the site's tools, for "this file was made with …" (only words, no tool logic). */
export const KNOWN_TOOLS: Readonly<Record<string, string>> = {
  meldcode: 'het meldcode-stappenplan',
  regiescan: 'de regiescan',
  barrieremodel: 'de barrièremodel-bouwer',
};

export interface Envelope<T> {
  instrument: string;
  versie: number;
  /** ISO time of writing (UTC; for people always shown through formatDate). */
  opgeslagen: string;
  /** Device storage only: how many times this document was saved. */
  revisie?: number;
  data: T;
}

/** What a tool's files are called and how big they may be: everything about them except the validation. */
export interface InstrumentInfo {
  /** Tool id in the envelope: "meldcode". */
  tool: string;
  /** Dutch name with article, as in "gemaakt met het meldcode-stappenplan". */
  name: string;
  /** Current format version (integer ≥ 1). */
  version: number;
  /** Largest file or stored copy in bytes. */
  maxBytes: number;
  /** Base of file names (default the tool id): "barrieremodel" → "barrieremodel-2026-11-23.json". */
  fileBase?: string;
}

export interface InstrumentDefinition<T> extends InstrumentInfo {
  /**
   * The data of the current version, written with `zod/mini` (`import * as z from 'zod/mini'`): it
   * tree-shakes to a few kB in the browser, where `astro/zod` costs about 90 kB gzip. Use z.object
   * (unknown extra fields are dropped) and give every string and list a maximum length.
   * (A classic zod schema works too, e.g. in Node scripts.)
   */
  schema: $ZodType<T>;
  /**
   * Steps from an older version to the next: `{ 1: (v1) => v2 }`. The result of the last step is
   * checked with `schema`. A step may throw; that counts as a damaged file.
   */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Oldest version that can still be read (default 1); older gives a clear message. */
  oldestVersion?: number;
  /** Words for the keys of the data, for messages; see messages.ts. */
  labels?: PathLabels;
}

/** What was read: always current-version data. */
export interface Opened<T> {
  data: T;
  /** ISO time in the envelope ('' when missing). */
  savedAt: string;
  /** 0 when the envelope had none (files, share links). */
  revision: number;
  /** The version the data had before migration (== definition.version when none was needed). */
  fromVersion: number;
}

/**
 * What writing needs and reading can wait for: an `Instrument` is one, and so is a `lazyInstrument`
 * (./lazy-instrument.ts), whose validation (zod and the tool's schema) loads only when something is
 * read. Storage, share links and the hook take a handle and call `load()` before they read.
 */
export interface InstrumentHandle<T> {
  readonly definition: InstrumentInfo;
  envelope(data: T, options?: { now?: Date; revision?: number }): Envelope<T>;
  /** The export file's text (indented JSON). */
  toFileText(data: T, now?: Date): string;
  /** "meldcode-2026-11-23.json" (local date). */
  fileName(extension?: string, now?: Date, base?: string): string;
  /** Reads a File/Blob from a file picker; the size is checked before anything is read. */
  readFile(file: Blob): Promise<Result<Opened<T>>>;
  /** The instrument with its validation (loaded the first time; may reject when the code cannot be loaded). */
  load(): Promise<Instrument<T>>;
}

export interface Instrument<T> extends InstrumentHandle<T> {
  readonly definition: InstrumentDefinition<T>;
  /** Reads text (file content, stored text). */
  readText(text: string, source?: Source): Result<Opened<T>>;
  /** Reads raw bytes of a file (UTF-8 with or without BOM, UTF-16). */
  readBytes(bytes: Uint8Array, source?: Source): Result<Opened<T>>;
  /** Checks a parsed JSON value (envelope) and migrates it. */
  readValue(raw: unknown, source?: Source): Result<Opened<T>>;
  /** Checks current-version data alone (no envelope); the message names the first wrong part. */
  validate(data: unknown, source?: Source): Result<T>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function defineInstrument<T>(definition: InstrumentDefinition<T>): Instrument<T> {
  const { tool, name, version, schema, maxBytes } = definition;
  const oldest = definition.oldestVersion ?? 1;
  const migrations = definition.migrations ?? {};

  function validate(data: unknown, source: Source = 'file'): Result<T> {
    const parsed = safeParse(schema, data, { error: dutchErrorMap });
    if (parsed.success) return ok(parsed.data);
    const issues = parsed.error.issues;
    const first = issues[0]!;
    const detail = describeIssue(first.path, first.message, definition.labels);
    const more = issues.length > 1 ? ` (Er ${issues.length === 2 ? 'is nog 1 ander punt' : `zijn nog ${issues.length - 1} andere punten`} dat niet klopt.)` : '';
    const s = SUBJECT[source];
    return fail(`${s} ${source === 'storage' ? 'kloppen' : 'klopt'} niet. ${detail}${more} ${NOTHING_CHANGED}`, 'invalid');
  }

  function readValue(raw: unknown, source: Source = 'file'): Result<Opened<T>> {
    const s = SUBJECT[source];
    const notOurs = `${s} ${source === 'storage' ? 'komen' : 'komt'} niet van ${name}. ${NOTHING_CHANGED}`;
    if (!isObject(raw) || typeof raw['instrument'] !== 'string') return fail(notOurs, 'other-tool');
    const from = raw['instrument'];
    if (from !== tool) {
      const other = KNOWN_TOOLS[from];
      return other
        ? fail(`${s} ${source === 'storage' ? 'zijn' : 'is'} gemaakt met ${other}, niet met ${name}. Open ${source === 'link' ? 'de link' : 'het'} daar. ${NOTHING_CHANGED}`, 'other-tool')
        : fail(notOurs, 'other-tool');
    }
    const v = raw['versie'];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      return fail(`${s} ${source === 'storage' ? 'hebben' : 'heeft'} geen geldig versienummer. ${NOTHING_CHANGED}`, 'invalid');
    }
    if (v > version) {
      return fail(
        `${s} ${IS[source]} gemaakt met een nieuwere versie van ${name} (versie ${v}; deze site kent versie ${version}). Gebruik de nieuwste versie van de site, of vraag om een bestand in de oude vorm. ${NOTHING_CHANGED}`,
        'newer',
      );
    }
    if (v < oldest) {
      return fail(`${s} ${IS[source]} gemaakt met een oude versie van ${name} (versie ${v}) die deze site niet meer kan lezen. ${NOTHING_CHANGED}`, 'too-old');
    }
    let data: unknown = raw['data'];
    if (data === undefined) return fail(`${s} ${source === 'storage' ? 'bevatten' : 'bevat'} geen gegevens. ${NOTHING_CHANGED}`, 'invalid');
    for (let step = v; step < version; step++) {
      const migrate = migrations[step];
      if (!migrate) return fail(`${s} ${IS[source]} gemaakt met versie ${v} van ${name}, die deze site niet kan omzetten. ${NOTHING_CHANGED}`, 'too-old');
      try {
        data = migrate(data);
      } catch {
        return fail(`${s} ${IS[source]} beschadigd of onvolledig (versie ${v} kon niet worden omgezet). ${NOTHING_CHANGED}`, 'invalid');
      }
    }
    const checked = validate(data, source);
    if (!checked.ok) return checked;
    const rev = raw['revisie'];
    return ok({
      data: checked.value,
      savedAt: typeof raw['opgeslagen'] === 'string' ? raw['opgeslagen'].slice(0, 40) : '',
      revision: typeof rev === 'number' && Number.isInteger(rev) && rev >= 0 ? rev : 0,
      fromVersion: v,
    });
  }

  function readText(text: string, source: Source = 'file'): Result<Opened<T>> {
    const raw = parseJsonText(text, { maxBytes, source });
    return raw.ok ? readValue(raw.value, source) : raw;
  }

  function readBytes(bytes: Uint8Array, source: Source = 'file'): Result<Opened<T>> {
    // UTF-16 doubles the size; allow that before decoding, the text is checked again after.
    if (bytes.length > maxBytes * 2) return fail(`${SUBJECT[source]} ${IS[source]} te groot (meer dan ${formatKB(maxBytes)}). ${NOTHING_CHANGED}`, 'too-large');
    const text = decodeBytes(bytes, source);
    return text.ok ? readText(text.value, source) : text;
  }

  const instrument: Instrument<T> = {
    definition,
    ...writeOnly<T>(definition),
    readText,
    readBytes,
    async readFile(file) {
      if (file.size > maxBytes * 2) return fail(`${SUBJECT.file} is te groot (meer dan ${formatKB(maxBytes)}). ${NOTHING_CHANGED}`, 'too-large');
      if (file.size === 0) return fail(`${SUBJECT.file} is leeg. ${NOTHING_CHANGED}`, 'empty');
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return fail(`Dit bestand kon niet worden gelezen. Probeer het opnieuw of kies een ander bestand. ${NOTHING_CHANGED}`, 'unreadable');
      }
      return readBytes(bytes, 'file');
    },
    readValue,
    validate,
    load: () => Promise.resolve(instrument),
  };
  return instrument;
}
