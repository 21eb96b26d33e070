/**
 * One tool document on this device (localStorage), built so that no work is ever lost:
 * - every call returns a Result with a Dutch message; nothing throws;
 * - what cannot be read (damaged, another format, a newer version) is moved aside to a quarantine
 *   key before anything new is written, and can be listed and downloaded; it is never overwritten;
 * - every save carries the revision it was based on; when another tab saved a newer revision the
 *   save is refused (code 'conflict') and the user chooses: never last-save-wins;
 * - changes by other tabs are reported through the 'storage' event (`subscribe`);
 * - with a passphrase (see ../protect/crypto.ts) nothing is stored in plain text; while locked,
 *   nothing can overwrite the protected copy.
 */
import type { Instrument, InstrumentHandle, Opened } from '../files/definition.ts';
import { NOT_LOADED } from '../files/lazy-instrument.ts';
import { fail, ok, type Result } from '../result.ts';
import { createVault, FORGOTTEN, isSealed, open, seal, type Sealed, type Vault } from '../protect/crypto.ts';
import { FULL, isQuotaError, keysOf, UNAVAILABLE, type KeyValueStorage } from './key-value.ts';

export { FORGOTTEN };

export type LoadState<T> =
  | { kind: 'empty' }
  | { kind: 'loaded'; doc: Opened<T>; protected: boolean }
  /** Protected with a passphrase and not unlocked yet. */
  | { kind: 'locked'; revision: number }
  /** Could not be read; moved aside under `quarantineKey` (null when even that failed: then it stays put). */
  | { kind: 'unreadable'; message: string; quarantineKey: string | null };

export interface QuarantineItem {
  key: string;
  /** Time it was moved aside (ISO), '' when unknown. */
  movedAt: string;
  text: string;
}

export interface Saved {
  revision: number;
  savedAt: string;
}

/** What is stored when a passphrase is used. Only the tool id and revision are readable. */
interface ProtectedEnvelope {
  instrument: string;
  revisie: number;
  beveiligd: Sealed;
}

export interface DocumentStore<T> {
  readonly key: string;
  readonly available: boolean;
  load(): Promise<Result<LoadState<T>>>;
  /** Saves `data` if the stored revision is still `baseRevision` (0 for a new document). */
  save(data: T, baseRevision: number): Promise<Result<Saved>>;
  /** Removes the stored document (if still at `baseRevision`). Quarantined copies stay. */
  remove(baseRevision: number): Promise<Result<void>>;
  /** Moves the stored copy aside without reading it (e.g. protected work whose passphrase is forgotten). */
  setAside(): Result<string | null>;
  quarantine(): Result<QuarantineItem[]>;
  /** Deletes one quarantined copy; only after the user explicitly chose to. */
  discardQuarantined(key: string): Result<void>;
  /** Calls `listener` when another tab changes this document or its quarantine. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  isProtected(): boolean;
  isUnlocked(): boolean;
  unlock(passphrase: string): Promise<Result<LoadState<T>>>;
  /** Turns protection on and saves `data` encrypted (replacing the plain copy at `baseRevision`). */
  protect(passphrase: string, data: T, baseRevision: number): Promise<Result<Saved>>;
  /** Turns protection off (must be unlocked) and saves `data` in plain text. */
  unprotect(data: T, baseRevision: number): Promise<Result<Saved>>;
  /** Forgets the key in memory (the document is locked again). */
  lock(): void;
}

export interface StoreOptions {
  key: string;
  storage: KeyValueStorage | null;
  /** Where 'storage' events arrive (default: globalThis when it has addEventListener). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  now?: () => Date;
}

const QUARANTINE = ':onleesbaar:';
const CONFLICT =
  'Dit werk is intussen in een ander tabblad of venster gewijzigd. Er is niets overschreven. Kies of u de andere versie wilt laden of uw versie hier wilt bewaren.';
const LOCKED =
  'Het opgeslagen werk op dit apparaat is beveiligd met een wachtwoordzin. Ontgrendel het eerst; zo wordt het niet overschreven. Uw werk op het scherm is niet opgeslagen.';

/** What a stored text holds: its revision and document (as read and checked, or as written by this page). */
interface Known<T> {
  text: string;
  revision: number;
  doc: Opened<T>;
}

/**
 * Per storage and key, the text a store of this page last wrote or read there: facts about that text, so every
 * store of the same key can use them (e.g. the barrièremodel stores a new model of 2,000 items through its
 * library and then opens it with another store: that need not read and check it again). A few keys per storage:
 * only the last texts matter, and the documents can be big.
 */
const knownTexts = new WeakMap<KeyValueStorage, Map<string, Known<unknown>>>();
const KNOWN_PER_STORAGE = 4;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseProtected(text: string, tool: string): ProtectedEnvelope | null {
  if (!text.includes('"beveiligd"')) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (isObject(raw) && raw['instrument'] === tool && isSealed(raw['beveiligd']) && Number.isInteger(raw['revisie'])) {
      return raw as unknown as ProtectedEnvelope;
    }
  } catch {
    /* not protected JSON */
  }
  return null;
}

export function createDocumentStore<T>(instrument: InstrumentHandle<T>, options: StoreOptions): DocumentStore<T> {
  const { key, storage } = options;
  const tool = instrument.definition.tool;
  const now = options.now ?? (() => new Date());
  const events = options.events === undefined ? (typeof globalThis.addEventListener === 'function' ? globalThis : null) : options.events;
  let vault: Vault | null = null;
  /** True once this document is known to be protected (stored so, or chosen). */
  let protectedMode = false;
  const context = (revision: number) => `${tool}:${revision}`;
  /**
   * The stored text as a store of this page last wrote it, or last read and found readable, with its revision
   * and the document it holds (see `knownTexts`). While the stored text is still exactly that, a save needs no
   * validation to know the revision (so a save right after the first one, e.g. when the page closes, never
   * waits for a lazy instrument's validation to load), and a load needs no second read.
   */
  const known = (): Known<T> | null => (storage ? ((knownTexts.get(storage)?.get(key) as Known<T> | undefined) ?? null) : null);
  const remember = (k: Known<T>) => {
    if (!storage) return;
    let texts = knownTexts.get(storage);
    if (!texts) knownTexts.set(storage, (texts = new Map()));
    texts.delete(key);
    texts.set(key, k as Known<unknown>);
    for (const oldest of texts.keys()) {
      if (texts.size <= KNOWN_PER_STORAGE) break;
      texts.delete(oldest);
    }
  };
  const rememberWritten = (text: string, data: T, revision: number, at: Date) =>
    remember({ text, revision, doc: { data, savedAt: at.toISOString(), revision, fromVersion: instrument.definition.version } });

  function read(): Result<string | null> {
    if (!storage) return fail(UNAVAILABLE, 'unavailable');
    try {
      return ok(storage.getItem(key));
    } catch {
      return fail(UNAVAILABLE, 'unavailable');
    }
  }

  function write(k: string, text: string): Result<void> {
    if (!storage) return fail(UNAVAILABLE, 'unavailable');
    try {
      storage.setItem(k, text);
      return ok(undefined);
    } catch (e) {
      return isQuotaError(e) ? fail(FULL, 'full') : fail(UNAVAILABLE, 'unavailable');
    }
  }

  /** Copies the stored text to a new quarantine key, then removes the original. */
  function moveAside(text: string): Result<string> {
    const existing = listQuarantine();
    if (existing.ok) {
      const same = existing.value.find((q) => q.text === text);
      if (same) {
        try {
          storage!.removeItem(key);
        } catch {
          /* it stays; still safe */
        }
        return ok(same.key);
      }
    }
    const qKey = `${key}${QUARANTINE}${now().toISOString()}`;
    const copied = write(qKey, text);
    if (!copied.ok) {
      return fail(
        `${copied.code === 'full' ? 'De opslag van deze browser is vol, dus de' : 'De'} onleesbare gegevens konden niet apart worden gezet. Ze blijven staan en worden niet overschreven; uw nieuwe werk wordt daarom nog niet op dit apparaat bewaard. Sla uw werk op als bestand.`,
        'quarantine-failed',
      );
    }
    try {
      storage!.removeItem(key);
    } catch {
      /* the original stays as well; nothing is lost */
    }
    return ok(qKey);
  }

  function listQuarantine(): Result<QuarantineItem[]> {
    if (!storage) return ok([]);
    try {
      return ok(
        keysOf(storage)
          .filter((k) => k.startsWith(key + QUARANTINE))
          .sort()
          .map((k) => ({ key: k, movedAt: k.slice(key.length + QUARANTINE.length), text: storage.getItem(k) ?? '' })),
      );
    } catch {
      return fail(UNAVAILABLE, 'unavailable');
    }
  }

  /**
   * The instrument with its validation (a lazy one loads it now). When that fails nothing can be
   * judged, so the caller stops: stored data is never called unreadable because the code did not load.
   */
  async function checker(): Promise<Result<Instrument<T>>> {
    try {
      return ok(await instrument.load());
    } catch {
      return fail(NOT_LOADED, 'unavailable');
    }
  }

  /** The revision of what is stored now; null when nothing; 'unreadable' when it cannot be read. */
  async function storedRevision(): Promise<Result<number | null | 'unreadable'>> {
    const text = read();
    if (!text.ok) return text;
    if (text.value === null) return ok(null);
    const p = parseProtected(text.value, tool);
    if (p) return ok(p.revisie);
    const k = known();
    if (k && k.text === text.value) return ok(k.revision);
    const full = await checker();
    if (!full.ok) return full;
    const opened = full.value.readText(text.value, 'storage');
    return ok(opened.ok ? opened.value.revision : 'unreadable');
  }

  async function decode(text: string): Promise<Result<LoadState<T>>> {
    const p = parseProtected(text, tool);
    if (p) {
      protectedMode = true;
      if (!vault) return ok({ kind: 'locked', revision: p.revisie });
      const opened = await open(p.beveiligd, vault, context(p.revisie));
      if (!opened.ok) return ok({ kind: 'locked', revision: p.revisie });
      return readPlain(opened.value.text, true);
    }
    return readPlain(text, false);
  }

  async function readPlain(text: string, isProt: boolean): Promise<Result<LoadState<T>>> {
    const k = isProt ? null : known();
    if (k && k.text === text) return ok({ kind: 'loaded', doc: k.doc, protected: false });
    const full = await checker();
    if (!full.ok) return full;
    const opened = full.value.readText(text, 'storage');
    if (opened.ok && !isProt) remember({ text, revision: opened.value.revision, doc: opened.value });
    if (opened.ok) return ok({ kind: 'loaded', doc: opened.value, protected: isProt });
    if (isProt) return ok({ kind: 'unreadable', message: opened.message, quarantineKey: null });
    const moved = moveAside(text);
    return ok({
      kind: 'unreadable',
      message: `${opened.message.replace(/ Er is niets veranderd\.$/, '')} Ze zijn apart gezet en worden niet overschreven; u kunt ze downloaden.`,
      quarantineKey: moved.ok ? moved.value : null,
    });
  }

  async function load(): Promise<Result<LoadState<T>>> {
    const text = read();
    if (!text.ok) return text;
    if (text.value === null) return ok({ kind: 'empty' });
    return decode(text.value);
  }

  async function encode(data: T, revision: number, at: Date): Promise<Result<string>> {
    const plain = JSON.stringify(instrument.envelope(data, { now: at, revision }));
    if (!protectedMode) return ok(plain);
    if (!vault) return fail(LOCKED, 'locked');
    const sealed = await seal(vault, plain, context(revision));
    if (!sealed.ok) return sealed;
    const env: ProtectedEnvelope = { instrument: tool, revisie: revision, beveiligd: sealed.value };
    return ok(JSON.stringify(env));
  }

  /** Checks the stored revision against the base; moves unreadable data aside first. */
  async function guard(baseRevision: number): Promise<Result<void>> {
    const current = await storedRevision();
    if (!current.ok) return current;
    if (current.value === 'unreadable') {
      const text = read();
      if (!text.ok) return text;
      if (text.value !== null) {
        const moved = moveAside(text.value);
        if (!moved.ok) return moved;
      }
      return ok(undefined);
    }
    if (current.value === null) return baseRevision > 0 ? fail(CONFLICT, 'conflict') : ok(undefined);
    if (current.value !== baseRevision) return fail(CONFLICT, 'conflict');
    const text = read();
    if (text.ok && text.value !== null && parseProtected(text.value, tool)) {
      protectedMode = true;
      if (!vault) return fail(LOCKED, 'locked');
    }
    return ok(undefined);
  }

  async function save(data: T, baseRevision: number): Promise<Result<Saved>> {
    if (!storage) return fail(UNAVAILABLE, 'unavailable');
    const g = await guard(baseRevision);
    if (!g.ok) return g;
    const at = now();
    const revision = baseRevision + 1;
    const text = await encode(data, revision, at);
    if (!text.ok) return text;
    const written = write(key, text.value);
    if (!written.ok) return written;
    // No background load of the validation here: a first visit would then load it after all. The next save
    // over this same text needs none (`known`); only a change from elsewhere (another tab) waits for it.
    rememberWritten(text.value, data, revision, at);
    return ok({ revision, savedAt: at.toISOString() });
  }

  return {
    key,
    available: storage !== null,
    load,
    save,
    async remove(baseRevision) {
      if (!storage) return fail(UNAVAILABLE, 'unavailable');
      const current = await storedRevision();
      if (!current.ok) return current;
      if (current.value !== null && current.value !== 'unreadable' && current.value !== baseRevision) return fail(CONFLICT, 'conflict');
      if (current.value === 'unreadable') {
        const t = read();
        if (t.ok && t.value !== null) {
          const moved = moveAside(t.value);
          if (!moved.ok) return moved;
        }
      }
      try {
        storage.removeItem(key);
        protectedMode = false;
        vault = null;
        return ok(undefined);
      } catch {
        return fail(UNAVAILABLE, 'unavailable');
      }
    },
    setAside() {
      const t = read();
      if (!t.ok) return t;
      if (t.value === null) return ok(null);
      const moved = moveAside(t.value);
      if (moved.ok) {
        protectedMode = false;
        vault = null;
      }
      return moved;
    },
    quarantine: listQuarantine,
    discardQuarantined(k) {
      if (!storage) return fail(UNAVAILABLE, 'unavailable');
      if (!k.startsWith(key + QUARANTINE)) return fail('Dit is geen apart gezette kopie van dit instrument.', 'invalid');
      try {
        storage.removeItem(k);
        return ok(undefined);
      } catch {
        return fail(UNAVAILABLE, 'unavailable');
      }
    },
    subscribe(listener) {
      if (!events) return () => undefined;
      const handler = (e: Event) => {
        const k = (e as StorageEvent).key;
        if (k === null || k === key || k.startsWith(key + QUARANTINE)) listener();
      };
      events.addEventListener('storage', handler);
      return () => events.removeEventListener('storage', handler);
    },
    isProtected: () => protectedMode,
    isUnlocked: () => vault !== null,
    async unlock(passphrase) {
      const t = read();
      if (!t.ok) return t;
      const p = t.value === null ? null : parseProtected(t.value, tool);
      if (!p) return load();
      const opened = await open(p.beveiligd, passphrase, context(p.revisie));
      if (!opened.ok) return opened;
      vault = opened.value.vault;
      protectedMode = true;
      return readPlain(opened.value.text, true);
    },
    async protect(passphrase, data, baseRevision) {
      const made = await createVault(passphrase);
      if (!made.ok) return made;
      const before = { vault, protectedMode };
      vault = made.value;
      protectedMode = true;
      const saved = await save(data, baseRevision);
      if (!saved.ok) ({ vault, protectedMode } = before);
      return saved;
    },
    async unprotect(data, baseRevision) {
      if (protectedMode && !vault) return fail(LOCKED, 'locked');
      const g = await guard(baseRevision);
      if (!g.ok) return g;
      const before = { vault, protectedMode };
      protectedMode = false;
      vault = null;
      const at = now();
      const revision = baseRevision + 1;
      const plain = JSON.stringify(instrument.envelope(data, { now: at, revision }));
      const written = write(key, plain);
      if (written.ok) rememberWritten(plain, data, revision, at);
      if (!written.ok) {
        ({ vault, protectedMode } = before);
        return written;
      }
      return ok({ revision, savedAt: at.toISOString() });
    },
    lock() {
      vault = null;
    },
  };
}
