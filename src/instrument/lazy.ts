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

/** The address of the module a failed dynamic import names (Chromium and Firefox say it in the message). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+/.exec(message)?.[0] ?? null;
}

const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * A dynamic import (`() => import('./Part.tsx')`) that can be tried again after it failed. A browser remembers a
 * module that failed to load: asking for the same address again fails at once, without a new request (Chromium 150
 * does this; seen in the tests, so "Probeer opnieuw" could never work). So after a failure that names the module's
 * address, the next call asks for the same file under a new address (`…?poging=2`), which the browser fetches
 * anew. Once loaded, every call gives that module. Without an address in the error, it simply asks again.
 */
export function retryableImport<M>(importer: () => Promise<M>, reimport: (url: string) => Promise<unknown> = importUrl): () => Promise<M> {
  let failedUrl: string | null = null;
  let attempt = 0;
  let loaded: Promise<M> | null = null;
  return () => {
    if (loaded) return loaded;
    attempt++;
    const next = failedUrl === null ? importer() : (reimport(`${failedUrl}${failedUrl.includes('?') ? '&' : '?'}poging=${attempt}`) as Promise<M>);
    return next.then(
      (m) => (loaded ??= Promise.resolve(m)),
      (e: unknown) => {
        failedUrl ??= failedModuleUrl(e);
        throw e;
      },
    );
  };
}

/**
 * Loads the module once, however often it is asked for; a failed load may be tried again.
 * `loader` is a plain dynamic import of the part (`() => import('./Part.tsx')`): a retry asks for the same
 * module (see retryableImport).
 */
export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  const loader = retryableImport(importer);
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
