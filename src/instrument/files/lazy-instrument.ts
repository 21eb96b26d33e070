/**
 * A tool's file definition whose validation loads only when something is read. Writing (the envelope,
 * the export text, file names) needs no validation; reading (stored work, a chosen file, a share link)
 * does, and that is where zod and the tool's schema come in. On a first visit nothing is stored and
 * nothing is opened, so the page does not load them at all.
 *
 *   // bestand-lui.ts (no zod, no schema): what the views import
 *   const schema = retryableImport(() => import('./bestand.ts')); // ../lazy.ts: a failed load can be tried again
 *   export const meldcodeOpslag = lazyInstrument(MELDCODE_INFO, () => schema().then((m) => m.meldcodeBestand));
 *
 * The loaded instrument must describe the same files (tool, version, maximum size): `load()` rejects
 * otherwise. Storage (../storage/document-store.ts) treats a `load()` that fails as "cannot read now"
 * (nothing is moved aside, nothing is overwritten), never as unreadable data.
 */
import { fileName } from '../dates.ts';
import { fail, type Result } from '../result.ts';
import type { Envelope, Instrument, InstrumentHandle, InstrumentInfo, Opened } from './definition.ts';

/** Shown when the validation could not be loaded (e.g. the connection dropped while the page loaded). */
export const NOT_LOADED =
  'Dit onderdeel van de pagina kon niet worden geladen, dus het werk kon nog niet worden gelezen. Er is niets veranderd. Laad de pagina opnieuw.';

/** The parts of a handle that need no validation, from the info alone. */
export function writeOnly<T>(info: InstrumentInfo): Pick<InstrumentHandle<T>, 'envelope' | 'toFileText' | 'fileName'> {
  const envelope = (data: T, options: { now?: Date; revision?: number } = {}): Envelope<T> => {
    const env: Envelope<T> = { instrument: info.tool, versie: info.version, opgeslagen: (options.now ?? new Date()).toISOString(), data };
    if (options.revision !== undefined) env.revisie = options.revision;
    return env;
  };
  return {
    envelope,
    toFileText: (data, now = new Date()) => JSON.stringify(envelope(data, { now }), null, 2),
    fileName: (extension = 'json', now = new Date(), base = info.fileBase ?? info.tool) => fileName(base, extension, now),
  };
}

export interface LazyInstrument<T> extends InstrumentHandle<T> {
  /** The instrument once loaded, else null. */
  loaded(): Instrument<T> | null;
}

export function lazyInstrument<T>(info: InstrumentInfo, loader: () => Promise<Instrument<T>>): LazyInstrument<T> {
  let loading: Promise<Instrument<T>> | null = null;
  let done: Instrument<T> | null = null;
  const load = (): Promise<Instrument<T>> =>
    (loading ??= loader().then(
      (instrument) => {
        const d = instrument.definition;
        if (d.tool !== info.tool || d.version !== info.version || d.maxBytes !== info.maxBytes || (d.fileBase ?? d.tool) !== (info.fileBase ?? info.tool)) {
          throw new Error(`lazyInstrument: the loaded definition of "${d.tool}" does not match its info`);
        }
        return (done = instrument);
      },
      (e: unknown) => {
        loading = null; // a later read may try again
        throw e;
      },
    ));
  return {
    definition: info,
    ...writeOnly<T>(info),
    async readFile(file): Promise<Result<Opened<T>>> {
      let instrument: Instrument<T>;
      try {
        instrument = await load();
      } catch {
        return fail(NOT_LOADED, 'unavailable');
      }
      return instrument.readFile(file);
    },
    load,
    loaded: () => done,
  };
}
