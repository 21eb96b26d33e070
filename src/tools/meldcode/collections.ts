/** Content collections of the meldcode tool (its texts as data in content/instrumenten/meldcode/). */
import { yamlCollections } from '../../instrument/collections.ts';
import { casusSchema, lijstSchema, sectorSchema, stapSchema, codeTekstSchema, regelSchema } from './content-schema.ts';

export const meldcodeCollections = yamlCollections('content/instrumenten/meldcode', {
  meldcodeStappen: ['stappen.yaml', stapSchema],
  meldcodeSectoren: ['sectoren.yaml', sectorSchema],
  meldcodeLijsten: ['lijsten.yaml', lijstSchema],
  meldcodeTeksten: ['teksten.yaml', codeTekstSchema],
  meldcodeCasussen: ['casussen.yaml', casusSchema],
  meldcodeRegels: ['regels.yaml', regelSchema],
} as const);
