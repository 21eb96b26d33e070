// Deprecated: Use src/instrument/files/definition.ts (see src/instrument/README.md); kept until every tool is migrated.
/**
 * The versioned file format shared by the three tools (export, import, device storage, share links):
 *   { "instrument": "regiescan", "versie": 2, "opgeslagen": "2026-…", "data": … }
 * Unwrapping checks the tool, the version and the size, and lets the tool migrate older data.
 * All messages are Dutch and meant for the user.
 */
import { fail, ok, type Result } from './result.ts';

export const MAX_FILE_BYTES = 2_000_000;

export interface Envelope<T> {
  instrument: string;
  versie: number;
  opgeslagen: string;
  data: T;
}

export const INSTRUMENT_NAMEN: Record<string, string> = {
  meldcode: 'het meldcode-stappenplan',
  regiescan: 'de regiescan',
  barrieremodel: 'de barrièremodel-bouwer',
};

export function wrap<T>(instrument: string, versie: number, data: T, now = new Date()): Envelope<T> {
  return { instrument, versie, opgeslagen: now.toISOString(), data };
}

export interface UnwrapOptions<T> {
  instrument: string;
  versie: number;
  /** Turns data of version `from` (≤ current) into valid current data, or returns a Dutch message. */
  migrate: (data: unknown, from: number) => Result<T>;
}

/** Parses JSON text (size-limited) into an envelope for this tool. */
export function parseEnvelopeText<T>(text: string, options: UnwrapOptions<T>, maxBytes = MAX_FILE_BYTES): Result<Envelope<T>> {
  if (new TextEncoder().encode(text).length > maxBytes) {
    return fail(`Dit bestand is te groot (meer dan ${Math.round(maxBytes / 1000)} kB). Er is niets veranderd.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('Dit bestand is geen geldig JSON-bestand, of het is beschadigd. Er is niets veranderd.');
  }
  return unwrap(raw, options);
}

export function unwrap<T>(raw: unknown, { instrument, versie, migrate }: UnwrapOptions<T>): Result<Envelope<T>> {
  const naam = INSTRUMENT_NAMEN[instrument] ?? instrument;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`Dit bestand komt niet van ${naam}. Er is niets veranderd.`);
  }
  const env = raw as Partial<Envelope<unknown>>;
  if (typeof env.instrument !== 'string') {
    return fail(`Dit bestand komt niet van ${naam}. Er is niets veranderd.`);
  }
  if (env.instrument !== instrument) {
    const ander = INSTRUMENT_NAMEN[env.instrument];
    return fail(
      ander
        ? `Dit bestand is gemaakt met ${ander}, niet met ${naam}. Open het daar. Er is niets veranderd.`
        : `Dit bestand komt niet van ${naam}. Er is niets veranderd.`,
    );
  }
  if (typeof env.versie !== 'number' || !Number.isInteger(env.versie) || env.versie < 1) {
    return fail('Dit bestand heeft geen geldig versienummer. Er is niets veranderd.');
  }
  if (env.versie > versie) {
    return fail(
      `Dit bestand is gemaakt met een nieuwere versie van ${naam} (versie ${env.versie}; deze site kent versie ${versie}). Er is niets veranderd.`,
    );
  }
  const migrated = migrate(env.data, env.versie);
  if (!migrated.ok) return migrated;
  const opgeslagen = typeof env.opgeslagen === 'string' ? env.opgeslagen : '';
  return ok({ instrument, versie, opgeslagen, data: migrated.value });
}
