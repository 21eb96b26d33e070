/**
 * Several documents of one tool on this device (the barrièremodel's "Alle modellen"): each document
 * under its own key `<prefix>:<id>`, each with its own DocumentStore (revisions, quarantine,
 * protection). There is no separate index that could get damaged and orphan the documents: the list
 * is read from the keys themselves, and a document that cannot be read is listed as such (and
 * can be downloaded), never dropped.
 */
import type { Instrument } from '../files/definition.ts';
import { fail, ok, type Result } from '../result.ts';
import { isSealed } from '../protect/crypto.ts';
import { createDocumentStore, type DocumentStore, type StoreOptions } from './document-store.ts';
import { keysOf, UNAVAILABLE, type KeyValueStorage } from './key-value.ts';

export interface LibraryEntry {
  id: string;
  key: string;
  status: 'ok' | 'unreadable' | 'locked';
  /** From `describe` (ok documents), else ''. */
  title: string;
  /** ISO time of the last save ('' when unknown). */
  savedAt: string;
  /** The message when it could not be read. */
  message?: string;
  /** From `details` (ok documents), else {}: short facts a list needs, e.g. which document is a part of which. */
  details: Record<string, string>;
}

export interface LibraryOptions<T> {
  /** Keys are `${prefix}:${id}`, e.g. prefix "veiligwijzer:barrieremodel:model". */
  prefix: string;
  storage: KeyValueStorage | null;
  /** The title to list for a document. */
  describe: (data: T) => string;
  /** Short facts to list per document (default none). */
  details?: (data: T) => Record<string, string>;
  events?: StoreOptions['events'];
  /** Most documents allowed (default 100). */
  max?: number;
}

export interface Library<T> {
  list(): Result<LibraryEntry[]>;
  open(id: string): DocumentStore<T>;
  /** A new id, or a message when the library is full. */
  newId(): Result<string>;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function randomId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(9));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 12);
}

export function createLibrary<T>(instrument: Instrument<T>, options: LibraryOptions<T>): Library<T> {
  const { prefix, storage } = options;
  const max = options.max ?? 100;
  const stores = new Map<string, DocumentStore<T>>();
  const idOf = (key: string) => {
    if (!key.startsWith(`${prefix}:`)) return null;
    const id = key.slice(prefix.length + 1);
    return ID.test(id) ? id : null;
  };
  function list(): Result<LibraryEntry[]> {
    if (!storage) return fail(UNAVAILABLE, 'unavailable');
    try {
      const entries = keysOf(storage).flatMap((key): LibraryEntry[] => {
        const id = idOf(key);
        if (!id) return [];
        const text = storage.getItem(key) ?? '';
        try {
          const raw = JSON.parse(text) as Record<string, unknown>;
          if (raw && isSealed(raw['beveiligd'])) return [{ id, key, status: 'locked', title: '', savedAt: '', details: {} }];
        } catch {
          /* read below */
        }
        const opened = instrument.readText(text, 'storage');
        return [
          opened.ok
            ? { id, key, status: 'ok', title: options.describe(opened.value.data), savedAt: opened.value.savedAt, details: options.details?.(opened.value.data) ?? {} }
            : { id, key, status: 'unreadable', title: '', savedAt: '', message: opened.message, details: {} },
        ];
      });
      return ok(entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id)));
    } catch {
      return fail(UNAVAILABLE, 'unavailable');
    }
  }
  return {
    list,
    open(id) {
      let s = stores.get(id);
      if (!s) {
        s = createDocumentStore(instrument, { key: `${prefix}:${id}`, storage, ...(options.events === undefined ? {} : { events: options.events }) });
        stores.set(id, s);
      }
      return s;
    },
    newId() {
      // Only the ids are needed (how many there are, which are taken), and the keys give them: the documents
      // themselves are not read and checked (with a few big models that took longer than storing a new one).
      // The same count as list(): one entry per key with an id, readable or not.
      if (!storage) return fail(UNAVAILABLE, 'unavailable');
      let taken: Set<string>;
      try {
        taken = new Set(keysOf(storage).flatMap((key) => idOf(key) ?? []));
      } catch {
        return fail(UNAVAILABLE, 'unavailable');
      }
      if (taken.size >= max) {
        return fail(`Er staan al ${max} documenten van dit instrument op dit apparaat. Verwijder eerst iets dat u niet meer nodig hebt (sla het eventueel eerst op als bestand).`, 'full');
      }
      let id = randomId();
      while (taken.has(id)) id = randomId();
      return ok(id);
    },
  };
}
