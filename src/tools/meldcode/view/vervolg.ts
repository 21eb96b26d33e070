/**
 * Parts of the tool that load only when they are needed, so the page stays within its JavaScript
 * budget: the screens after the start (with the first answer, or when there is work already), and
 * the storage messages and passphrase panel (when one of them has something to show).
 */
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<M> {
  load(): Promise<M>;
  /** The module once loaded, else null. */
  get(): M | null;
}

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

export type VervolgModule = typeof import('./Vervolg.tsx');
export const vervolg = lazy<VervolgModule>(() => import('./Vervolg.tsx'));
export const laadVervolg = () => vervolg.load();
export const useVervolg = (nodig: boolean) => useLazy(vervolg, nodig);

export type OpslagModule = typeof import('./OpslagOnderdelen.tsx');
export const opslag = lazy<OpslagModule>(() => import('./OpslagOnderdelen.tsx'));
