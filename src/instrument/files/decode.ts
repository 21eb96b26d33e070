/**
 * From bytes or text to a JSON value, safely: the steps before a tool's schema sees anything.
 * Every failure is a Dutch sentence about "this file" (or the share link / stored data).
 */
import { fail, ok, type Result } from '../result.ts';
import { cleanStrings } from '../text.ts';

/** Where the data came from; decides the words of every message. */
export type Source = 'file' | 'storage' | 'link';

export const SUBJECT: Record<Source, string> = {
  file: 'Dit bestand',
  storage: 'De opgeslagen gegevens',
  link: 'Deze deellink',
};
/** The verb that goes with the subject ("De opgeslagen gegevens zijn …"). */
export const IS: Record<Source, string> = { file: 'is', storage: 'zijn', link: 'is' };
export const NOTHING_CHANGED = 'Er is niets veranderd.';

/** Deeper nesting is not something a tool writes; checking it first keeps parsing from crashing. */
export const MAX_DEPTH = 64;

export const formatKB = (bytes: number) => `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('nl-NL')} kB`;

/** Bytes of a file as text: UTF-8 (with or without BOM) or UTF-16 (with BOM, or recognisable by its zero bytes). */
export function decodeBytes(bytes: Uint8Array, source: Source = 'file'): Result<string> {
  const s = SUBJECT[source];
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)));
    if (bytes.length >= 4 && bytes.length % 2 === 0) {
      // UTF-16 without BOM: JSON starts with an ASCII character, so one of the first two bytes is zero.
      if (bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return ok(new TextDecoder('utf-16le', { fatal: true }).decode(bytes));
      if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) return ok(new TextDecoder('utf-16be', { fatal: true }).decode(bytes));
    }
    // TextDecoder drops a UTF-8 BOM by itself.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail(`${s} ${IS[source]} geen leesbare tekst (misschien beschadigd) en ${source === 'storage' ? 'kunnen' : 'kan'} daarom niet worden geopend. ${NOTHING_CHANGED}`, 'not-text');
  }
}

/** Deepest nesting of arrays/objects in JSON text, counted without parsing (strings skipped). Stops at `limit + 1`. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (FORBIDDEN_KEYS.has(k) || hasForbiddenKey(v)) return true;
  }
  return false;
}

export interface ParseOptions {
  maxBytes: number;
  source?: Source;
  maxDepth?: number;
}

/**
 * Text → JSON value: checks size, emptiness, nesting depth and forbidden keys (`__proto__`,
 * `constructor`, `prototype`: never merged into an object), and removes bidi control characters
 * from every string. A UTF-8 BOM at the start is ignored.
 */
export function parseJsonText(text: string, options: ParseOptions): Result<unknown> {
  const source = options.source ?? 'file';
  const s = SUBJECT[source];
  const max = options.maxBytes;
  if (text.length > max || new TextEncoder().encode(text).length > max) {
    return fail(`${s} ${IS[source]} te groot (meer dan ${formatKB(max)}). ${NOTHING_CHANGED}`, 'too-large');
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail(`${s} ${IS[source]} leeg. ${NOTHING_CHANGED}`, 'empty');
  const depth = options.maxDepth ?? MAX_DEPTH;
  if (jsonDepth(body, depth) > depth) {
    return fail(`${s} ${IS[source]} te diep genest (meer dan ${depth} niveaus) en kan daarom niet worden gelezen. ${NOTHING_CHANGED}`, 'too-deep');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return fail(
      source === 'file'
        ? `Dit bestand is geen geldig JSON-bestand, of het is beschadigd of afgebroken. ${NOTHING_CHANGED}`
        : `${s} ${IS[source]} beschadigd of onvolledig. ${NOTHING_CHANGED}`,
      'not-json',
    );
  }
  if (hasForbiddenKey(raw)) {
    return fail(`${s} ${source === 'storage' ? 'bevatten' : 'bevat'} een onderdeel met een verboden naam (zoals "__proto__") en wordt daarom niet geopend. ${NOTHING_CHANGED}`, 'forbidden-key');
  }
  return ok(cleanStrings(raw));
}
