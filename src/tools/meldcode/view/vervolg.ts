/**
 * Parts of the tool that load only when they are needed, so the page stays within its JavaScript
 * budget: the screens after the start (with the first answer, or when there is work already), and
 * the storage messages and passphrase panel (when one of them has something to show).
 */
import { lazy, useLazy } from '../../../instrument/lazy.ts';

export { lazy, useLazy, type Lazy } from '../../../instrument/lazy.ts';

export type VervolgModule = typeof import('./Vervolg.tsx');
export const vervolg = lazy<VervolgModule>(() => import('./Vervolg.tsx'));
export const laadVervolg = () => vervolg.load();
export const useVervolg = (nodig: boolean) => useLazy(vervolg, nodig);

export type OpslagModule = typeof import('./OpslagOnderdelen.tsx');
export const opslag = lazy<OpslagModule>(() => import('./OpslagOnderdelen.tsx'));
