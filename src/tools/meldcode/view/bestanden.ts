/**
 * The meldcode's file definition as the page uses it: writing works at once, the validation (zod and
 * the schema of ../domain/bestand.ts) loads only when something is read: stored work, a chosen file.
 * A first visit does not load it (the page budget is 40 kB gzip).
 */
import { lazyInstrument } from '../../../instrument/files/lazy-instrument.ts';
import { retryableImport } from '../../../instrument/lazy.ts';
import { MELDCODE_INFO } from '../domain/formaat.ts';
import type { Dossier } from '../domain/model.ts';

const bestandModule = retryableImport(() => import('../domain/bestand.ts'));
export const meldcodeBestand = lazyInstrument<Dossier>(MELDCODE_INFO, () => bestandModule().then((m) => m.meldcodeBestand));
