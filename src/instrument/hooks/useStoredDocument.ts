/**
 * One hook that keeps a tool's document on screen and on this device, without ever losing work:
 * loading (with quarantine of what cannot be read), saving after every change with a Result whose
 * failure reaches the screen, conflicts between tabs (the user chooses), passphrase protection, and
 * "ask first, undo afterwards" for replacing the work. The components in ../components show its state.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InstrumentHandle, Opened } from '../files/definition.ts';
import { createDocumentStore, type DocumentStore, type QuarantineItem } from '../storage/document-store.ts';
import { browserStorage, type KeyValueStorage } from '../storage/key-value.ts';
import { checkNewPassphrase } from '../protect/crypto.ts';
import type { Result } from '../result.ts';
import { useReplace, type ReplaceControl } from './useReplace.ts';

const CONFLICT_PENDING = 'Dit werk is in een ander tabblad gewijzigd. Kies eerst welke versie u wilt houden; er is niets overschreven.';

export type SaveState =
  | { kind: 'off' }
  | { kind: 'loading' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'unchanged' }
  | { kind: 'error'; message: string }
  | { kind: 'locked' };

export interface Conflict<T> {
  /** The version in storage now (null: removed in another tab). */
  theirs: Opened<T> | null;
}

export interface StoredDocumentOptions<T> {
  /** localStorage key, e.g. "veiligwijzer:meldcode". */
  key: string;
  /** The empty document. */
  empty: () => T;
  /** True when there is nothing worth keeping (used to decide whether to ask before replacing). */
  isEmpty: (data: T) => boolean;
  /** Save on this device (default true). Tools with an opt-in start with false until the user chooses. */
  persist?: boolean;
  /** Wait this long after the last change before saving (default 400 ms). */
  delay?: number;
  /** Injected in tests; default localStorage (null when blocked). */
  storage?: KeyValueStorage | null;
}

export interface StoredDocument<T> {
  data: T;
  /** Changes the document (and saves it when persisting). */
  update(next: T | ((previous: T) => T)): void;
  /**
   * Saves pending changes now instead of after the delay (e.g. before the tool closes this document).
   * Ok when everything on screen is stored (or storage is off); otherwise the message of what failed.
   */
  flush(): Promise<Result<void>>;
  save: SaveState;
  /** Saving on this device is on. */
  persisting: boolean;
  /** Turn device storage on (saves now) or off (removes the stored copy after the caller asked). */
  setPersisting(on: boolean): Promise<Result<void> | null>;
  /** Message about stored data that could not be read (it is kept aside; see quarantine). */
  unreadable: string | null;
  quarantine: QuarantineItem[];
  discardQuarantined(key: string): void;
  conflict: Conflict<T> | null;
  /** 'theirs': load the other tab's version (with undo); 'mine': store this version over it. */
  resolveConflict(choice: 'theirs' | 'mine'): Promise<void>;
  protection: {
    isProtected: boolean;
    locked: boolean;
    unlock(passphrase: string): Promise<Result<void>>;
    enable(passphrase: string, repeat: string): Promise<Result<void>>;
    disable(): Promise<Result<void>>;
    /** For a forgotten passphrase: move the protected copy aside (kept, not readable) and start empty. */
    setAsideLocked(): Result<void>;
  };
  replace: ReplaceControl<T>;
  store: DocumentStore<T>;
}

export function useStoredDocument<T>(instrument: InstrumentHandle<T>, options: StoredDocumentOptions<T>): StoredDocument<T> {
  const store = useMemo(
    () => createDocumentStore(instrument, { key: options.key, storage: options.storage === undefined ? browserStorage() : options.storage }),
    [instrument, options.key],
  );
  const [data, setData] = useState<T>(options.empty);
  const [save, setSave] = useState<SaveState>({ kind: 'loading' });
  const [persisting, setPersistingState] = useState(options.persist ?? true);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [quarantine, setQuarantine] = useState<QuarantineItem[]>([]);
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);
  const [prot, setProt] = useState({ isProtected: false, locked: false });
  const revision = useRef(0);
  // Refs mirror state for the async jobs, which must see the current values, not those of their render.
  const persistingRef = useRef(persisting);
  persistingRef.current = persisting;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;
  /** Changes made by the user since the last save (autosave only reacts to these). */
  const dirty = useRef(false);
  const latest = useRef(data);
  latest.current = data;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /**
   * The stored data as JSON (null: unknown or nothing stored). Saving the same data again is skipped:
   * it would only raise the revision, and another tab would then see a conflict that is none
   * (e.g. "replace" followed by "undo" before the autosave ran).
   */
  const storedJson = useRef<string | null>(null);

  const refreshQuarantine = () => {
    const q = store.quarantine();
    if (q.ok) setQuarantine(q.value);
  };
  const syncProtection = () => setProt({ isProtected: store.isProtected(), locked: store.isProtected() && !store.isUnlocked() });

  const show = (doc: Opened<T>) => {
    revision.current = doc.revision;
    storedJson.current = JSON.stringify(doc.data);
    dirty.current = false;
    setData(doc.data);
  };

  async function load() {
    const r = await store.load();
    refreshQuarantine();
    syncProtection();
    if (!r.ok) return setSave({ kind: 'error', message: r.message });
    const s = r.value;
    if (s.kind === 'loaded') {
      setPersistingState(true);
      if (dirty.current) {
        // The user typed before loading finished: never replace that silently.
        revision.current = s.doc.revision;
        setConflict({ theirs: s.doc });
        return;
      }
      show(s.doc);
      setSave({ kind: 'unchanged' });
    } else if (s.kind === 'locked') {
      revision.current = s.revision;
      setPersistingState(true);
      setSave({ kind: 'locked' });
    } else {
      if (s.kind === 'unreadable') setUnreadable(s.message);
      setSave(persistingRef.current ? { kind: 'unchanged' } : { kind: 'off' });
    }
  }

  useEffect(() => {
    void load();
    return store.subscribe(async () => {
      refreshQuarantine();
      const r = await store.load();
      if (!r.ok) return;
      const s = r.value;
      const theirRevision = s.kind === 'loaded' ? s.doc.revision : s.kind === 'locked' ? s.revision : 0;
      if (theirRevision === revision.current) return;
      if (s.kind === 'locked') return syncProtection();
      setConflict({ theirs: s.kind === 'loaded' ? s.doc : null });
    });
  }, [store]);

  function enqueue<R>(job: () => Promise<R>): Promise<R> {
    const next = queue.current.then(job, job);
    queue.current = next.catch(() => undefined);
    return next;
  }

  const saveNow = () =>
    enqueue(async (): Promise<Result<void>> => {
      if (!persistingRef.current) return { ok: true, value: undefined };
      if (conflictRef.current) return { ok: false, message: CONFLICT_PENDING, code: 'conflict' };
      const json = JSON.stringify(latest.current);
      if (json === storedJson.current) {
        dirty.current = false;
        return { ok: true, value: undefined };
      }
      setSave({ kind: 'saving' });
      const r = await store.save(latest.current, revision.current);
      refreshQuarantine();
      if (r.ok) {
        revision.current = r.value.revision;
        storedJson.current = json;
        dirty.current = false;
        setUnreadable(null);
        setSave({ kind: 'saved', savedAt: r.value.savedAt });
        return { ok: true, value: undefined };
      }
      if (r.code === 'conflict') {
        const other = await store.load();
        setConflict({ theirs: other.ok && other.value.kind === 'loaded' ? other.value.doc : null });
        setSave({ kind: 'error', message: r.message });
      } else if (r.code === 'locked') setSave({ kind: 'locked' });
      else setSave({ kind: 'error', message: r.message });
      return r;
    });

  useEffect(() => {
    if (!dirty.current || !persisting || conflict) return;
    const t = setTimeout(() => void saveNow(), options.delay ?? 400);
    return () => clearTimeout(t);
  }, [data, persisting, conflict]);

  // Leaving the page (reload, closing the tab, another app on a phone) within the autosave delay: save now,
  // so the last change is not lost. Plain storage finishes before the page goes; an encrypted save may not.
  useEffect(() => {
    const leave = () => {
      if (dirty.current && persistingRef.current && !conflictRef.current) void saveNow();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [store]);

  const update = (next: T | ((previous: T) => T)) => {
    dirty.current = true;
    // Keep `latest` current at once (not only at the next render), so a save on leaving has the last change.
    const value = typeof next === 'function' ? (next as (p: T) => T)(latest.current) : next;
    latest.current = value;
    setData(value);
  };

  const replace = useReplace<T>(data, (v) => update(v), options.isEmpty);

  return {
    data,
    update,
    flush: () => saveNow(),
    save,
    persisting,
    async setPersisting(on) {
      if (on) {
        persistingRef.current = true;
        setPersistingState(true);
        dirty.current = true;
        await saveNow();
        return null;
      }
      const r = await enqueue(() => store.remove(revision.current));
      if (r.ok) {
        revision.current = 0;
        storedJson.current = null;
        setPersistingState(false);
        setSave({ kind: 'off' });
        syncProtection();
      } else setSave({ kind: 'error', message: r.message });
      return r;
    },
    unreadable,
    quarantine,
    discardQuarantined(k) {
      const r = store.discardQuarantined(k);
      if (!r.ok) setSave({ kind: 'error', message: r.message });
      refreshQuarantine();
    },
    conflict,
    async resolveConflict(choice) {
      const c = conflict;
      if (!c) return;
      if (choice === 'theirs') {
        const mine = latest.current;
        setConflict(null);
        if (c.theirs) show(c.theirs);
        else {
          revision.current = 0;
          storedJson.current = null;
          setData(options.empty());
        }
        // The user can still go back to what was on screen (saved again on undo).
        replace.remember(mine, 'conflict');
        setSave({ kind: 'unchanged' });
        return;
      }
      const current = await store.load();
      revision.current = current.ok && current.value.kind === 'loaded' ? current.value.doc.revision : current.ok && current.value.kind === 'locked' ? current.value.revision : 0;
      setConflict(null);
      conflictRef.current = null;
      storedJson.current = null;
      dirty.current = true;
      await saveNow();
    },
    protection: {
      ...prot,
      async unlock(passphrase) {
        const r = await store.unlock(passphrase);
        if (!r.ok) return r;
        syncProtection();
        if (r.value.kind === 'loaded') {
          show(r.value.doc);
          setSave({ kind: 'unchanged' });
        } else if (r.value.kind === 'unreadable') setUnreadable(r.value.message);
        return { ok: true, value: undefined };
      },
      async enable(passphrase, repeat) {
        const checked = checkNewPassphrase(passphrase, repeat);
        if (!checked.ok) return checked;
        const r = await enqueue(() => store.protect(passphrase, latest.current, revision.current));
        syncProtection();
        if (!r.ok) return r;
        revision.current = r.value.revision;
        storedJson.current = null;
        setPersistingState(true);
        setSave({ kind: 'saved', savedAt: r.value.savedAt });
        return { ok: true, value: undefined };
      },
      async disable() {
        const r = await enqueue(() => store.unprotect(latest.current, revision.current));
        syncProtection();
        if (!r.ok) return r;
        revision.current = r.value.revision;
        storedJson.current = null;
        setSave({ kind: 'saved', savedAt: r.value.savedAt });
        return { ok: true, value: undefined };
      },
      setAsideLocked() {
        const r = store.setAside();
        refreshQuarantine();
        syncProtection();
        if (!r.ok) return r;
        revision.current = 0;
        storedJson.current = null;
        setSave({ kind: 'unchanged' });
        return { ok: true, value: undefined };
      },
    },
    replace,
    store,
  };
}
