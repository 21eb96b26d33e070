/** Export and import of one model (and of a contribution), on the shared file definitions in bestand.ts. */
import { ok, type Result } from '../../../instrument/result.ts';
import type { Source } from '../../../instrument/files/decode.ts';
import { barrieremodelBestand, bijdrageBestand } from './bestand.ts';
import type { Model } from './types.ts';
import type { Bijdrage } from './bijdrage.ts';

export const INSTRUMENT = 'barrieremodel';
export const BIJDRAGE_INSTRUMENT = 'barrieremodel-bijdrage';

const data = <T>(r: Result<{ data: T }>): Result<T> => (r.ok ? ok(r.value.data) : r);

export const exporteerJson = (model: Model, now = new Date()) => barrieremodelBestand.toFileText(model, now);
/** Reads an exported file; every failure is a Dutch message and nothing is changed. */
export const importeerJson = (text: string): Result<Model> => data(barrieremodelBestand.readText(text));
/** Same checks for data already parsed. */
export const leesEnvelope = (raw: unknown, source: Source = 'file'): Result<Model> => data(barrieremodelBestand.readValue(raw, source));
/** Checks model data of the current version (no envelope). */
export const valideerModel = (raw: unknown): Result<Model> => barrieremodelBestand.validate(raw);

export const exporteerBijdrage = (b: Bijdrage, now = new Date()) => bijdrageBestand.toFileText(b, now);
export const importeerBijdrage = (text: string): Result<Bijdrage> => data(bijdrageBestand.readText(text));
export const valideerBijdrage = (raw: unknown): Result<Bijdrage> => bijdrageBestand.validate(raw);
