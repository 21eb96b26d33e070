/** Content collections of the barrieremodel tool (its texts as data in content/instrumenten/barrieremodel/). */
import { yamlCollections } from '../../instrument/collections.ts';
import { instrumentSchema, onderdeelSchema, sjabloonSchema, uitlegSchema } from './content-schema.ts';

export const barrieremodelCollections = yamlCollections('content/instrumenten/barrieremodel', {
  barrieremodelSjablonen: ['sjablonen.yaml', sjabloonSchema],
  barrieremodelOnderdelen: ['onderdelen.yaml', onderdeelSchema],
  barrieremodelUitleg: ['uitleg.yaml', uitlegSchema],
  barrieremodelInstrumenten: ['instrumenten.yaml', instrumentSchema],
} as const);
