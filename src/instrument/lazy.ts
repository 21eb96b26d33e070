/**
 * Parts of a tool that load only when they are needed, so a page stays within its JavaScript budget
 * (for example the passphrase panel, or the screens after the start). A part that fails to load (the
 * connection dropped, an old page after an update) says so and can be tried again: see
 * components/LazyFailed.tsx. Nothing is lost meanwhile; the work stays where it is stored.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<M> {
  /** Loads the part (once; after a failure the next call tries again). */
  load(): Promise<M>;
  /** The module once loaded, else null. */
  get(): M | null;
  /** Did the last attempt fail (and no attempt is running)? */
  failed(): boolean;
  /** Called after every attempt ends; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Loads the module once, however often it is asked for; a failed load may be tried again. */
export function lazy<M>(loader: () => Promise<M>): Lazy<M> {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;
  let failed = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  return {
    load: () =>
      (loading ??= loader().then(
        (m) => {
          loaded = m;
          failed = false;
          notify();
          return m;
        },
        (e: unknown) => {
          loading = null;
          failed = true;
          notify();
          throw e;
        },
      )),
    get: () => loaded,
    failed: () => failed,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Re-renders the component whenever an attempt to load `l` ends. */
function useLazyUpdates(l: Lazy<unknown>): void {
  const [, setTick] = useState(0);
  useEffect(() => l.subscribe(() => setTick((n) => n + 1)), [l]);
}

/**
 * The module once loaded (null before); starts loading as soon as `needed` is true. A component that never
 * needed it does not get it when another part of the page loads it (as before: loaded when it mounted).
 */
export function useLazy<M>(l: Lazy<M>, needed: boolean): M | null {
  useLazyUpdates(l);
  const [asked, setAsked] = useState(needed || l.get() !== null);
  useEffect(() => {
    if (!needed) return;
    setAsked(true);
    if (!l.get()) l.load().catch(() => undefined); // the failure is shown by LazyFailed
  }, [l, needed]);
  return asked || needed ? l.get() : null;
}

/** Whether loading `l` failed, and a way to try again. */
export function useLazyFailed(l: Lazy<unknown>): { failed: boolean; retry: () => void } {
  useLazyUpdates(l);
  return { failed: l.failed(), retry: () => void l.load().catch(() => undefined) };
}
