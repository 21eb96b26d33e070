/**
 * The regiescan's file definitions as the pages use them: writing works at once, the validation
 * (zod and the schemas of ../domain/bestand.ts) loads only when something is read: stored work,
 * a chosen file. A first visit does not load it (the page budget is 40 kB gzip).
 */
import { lazyInstrument } from '../../../instrument/files/lazy-instrument.ts';
import { retryableImport } from '../../../instrument/lazy.ts';
import { REGIESCAN_INFO, type BestandData, type ScanWerk, type TeamWerk } from '../domain/formaat.ts';

const schemas = retryableImport(() => import('../domain/bestand.ts'));
/** The CSV writers, loaded only when a CSV is asked for (not needed to fill in the scan). */
export const exportModule = retryableImport(() => import('../domain/export.ts'));

/** Any regiescan file: one person's scan or a team result. */
export const regiescanBestand = lazyInstrument<BestandData>(REGIESCAN_INFO, () => schemas().then((m) => m.regiescanBestand));
/** What the scan page keeps on the device. */
export const scanOpslag = lazyInstrument<ScanWerk>(REGIESCAN_INFO, () => schemas().then((m) => m.scanOpslag));
/** What the team page keeps on the device. */
export const teamOpslag = lazyInstrument<TeamWerk>(REGIESCAN_INFO, () => schemas().then((m) => m.teamOpslag));
