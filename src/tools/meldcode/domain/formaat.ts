/**
 * What the meldcode's file format is called and how big it may be, without the validation: the page
 * loads this at once, the schema (zod) in bestand.ts only when something is read (../view/bestanden.ts).
 */
import type { InstrumentInfo } from '../../../instrument/files/definition.ts';

export const VERSIE = 2;
/** A dossier is small; a much larger file is not ours. */
export const MAX_BESTAND_BYTES = 500_000;

export const MELDCODE_INFO: InstrumentInfo = { tool: 'meldcode', name: 'het meldcode-stappenplan', version: VERSIE, maxBytes: MAX_BESTAND_BYTES };
