/** Content collections of the barrieremodel tool (its texts as data in content/instrumenten/barrieremodel/). */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { instrumentSchema, onderdeelSchema, sjabloonSchema, uitlegSchema } from './content-schema.ts';

const base = 'content/instrumenten/barrieremodel';

export const barrieremodelCollections = {
  barrieremodelSjablonen: defineCollection({ loader: file(`${base}/sjablonen.yaml`), schema: sjabloonSchema }),
  barrieremodelOnderdelen: defineCollection({ loader: file(`${base}/onderdelen.yaml`), schema: onderdeelSchema }),
  barrieremodelUitleg: defineCollection({ loader: file(`${base}/uitleg.yaml`), schema: uitlegSchema }),
  barrieremodelInstrumenten: defineCollection({ loader: file(`${base}/instrumenten.yaml`), schema: instrumentSchema }),
};
