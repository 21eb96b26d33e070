/**
 * Parts of a tool that load only when they are needed, so a page stays within its JavaScript budget
 * (for example the passphrase panel, or the screens after the start).
 */
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<M> {
  load(): Promise<M>;
  /** The module once loaded, else null. */
  get(): M | null;
}

/** Loads the module once, however often it is asked for. */
export function lazy<M>(loader: () => Promise<M>): Lazy<M> {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;
  return {
    load: () => (loading ??= loader().then((m) => (loaded = m))),
    get: () => loaded,
  };
}

/** The module once loaded (null before); starts loading as soon as `needed` is true. */
export function useLazy<M>(l: Lazy<M>, needed: boolean): M | null {
  const [m, setM] = useState<M | null>(l.get());
  useEffect(() => {
    if (needed && !m) void l.load().then((x) => setM(() => x));
  }, [needed]);
  return m;
}
