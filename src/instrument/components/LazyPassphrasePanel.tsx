/**
 * The passphrase panel, loaded only when it is needed: when the stored work is protected, or when the
 * user opens the "beveilig" section (`needed`). Until then it costs the page no JavaScript.
 */
import type { StoredDocument } from '../hooks/useStoredDocument.ts';
import { lazy, useLazy } from '../lazy.ts';
import { LazyFailed } from './LazyFailed.tsx';

const panel = lazy(() => import('./PassphrasePanel.tsx'));

export function LazyPassphrasePanel<T>({ doc, idPrefix, needed }: { doc: StoredDocument<T>; idPrefix?: string; needed: boolean }) {
  const nodig = needed || doc.protection.isProtected;
  const m = useLazy(panel, nodig);
  if (!m) return nodig ? <LazyFailed part={panel} /> : null;
  return <m.PassphrasePanel doc={doc} {...(idPrefix ? { idPrefix } : {})} />;
}
