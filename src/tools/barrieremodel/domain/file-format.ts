/** The JSON export/import of one model, in the shared versioned envelope. */
import { parseEnvelopeText, unwrap, wrap, type Envelope } from '../../../lib/envelope.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { LIMITS } from './limits.ts';
import { HUIDIGE_VERSIE, migreer } from './migrate.ts';
import type { Model } from './types.ts';
import { valideerBijdrage, type Bijdrage } from './bijdrage.ts';

export const INSTRUMENT = 'barrieremodel';

const options = { instrument: INSTRUMENT, versie: HUIDIGE_VERSIE, migrate: migreer };

export function naarEnvelope(model: Model, now = new Date()): Envelope<Model> {
  return wrap(INSTRUMENT, HUIDIGE_VERSIE, model, now);
}

export function exporteerJson(model: Model, now = new Date()): string {
  return JSON.stringify(naarEnvelope(model, now), null, 2);
}

/** Reads an exported file; every failure is a Dutch message and nothing is changed. */
export function importeerJson(text: string): Result<Model> {
  if (!text.trim()) return fail('Dit bestand is leeg. Er is niets veranderd.');
  const env = parseEnvelopeText(text, options, LIMITS.bestandBytes);
  return env.ok ? ok(env.value.data) : env;
}

/** Same checks for data already parsed (share links, device storage). */
export function leesEnvelope(raw: unknown): Result<Model> {
  const env = unwrap(raw, options);
  return env.ok ? ok(env.value.data) : env;
}

/** Contributions travel in their own envelope, so a contribution file is never read as a model. */
export const BIJDRAGE_INSTRUMENT = 'barrieremodel-bijdrage';
export const BIJDRAGE_VERSIE = 1;
const bijdrageOptions = {
  instrument: BIJDRAGE_INSTRUMENT,
  versie: BIJDRAGE_VERSIE,
  migrate: (data: unknown, from: number): Result<Bijdrage> =>
    from === BIJDRAGE_VERSIE ? valideerBijdrage(data) : fail('Deze bijdrage heeft een onbekende versie. Er is niets veranderd.'),
};

export function naarBijdrageEnvelope(b: Bijdrage, now = new Date()): Envelope<Bijdrage> {
  return wrap(BIJDRAGE_INSTRUMENT, BIJDRAGE_VERSIE, b, now);
}

export function exporteerBijdrage(b: Bijdrage, now = new Date()): string {
  return JSON.stringify(naarBijdrageEnvelope(b, now), null, 2);
}

export function importeerBijdrage(text: string): Result<Bijdrage> {
  if (!text.trim()) return fail('Dit bestand is leeg. Er is niets veranderd.');
  const env = parseEnvelopeText(text, bijdrageOptions, LIMITS.bestandBytes);
  return env.ok ? ok(env.value.data) : env;
}

export function leesBijdrageEnvelope(raw: unknown): Result<Bijdrage> {
  const env = unwrap(raw, bijdrageOptions);
  return env.ok ? ok(env.value.data) : env;
}
