/** Content collections of the meldcode tool (its texts as data in content/instrumenten/meldcode/). */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { casusSchema, lijstSchema, sectorSchema, stapSchema, codeTekstSchema, regelSchema } from './content-schema.ts';

const map = 'content/instrumenten/meldcode';

export const meldcodeCollections = {
  meldcodeStappen: defineCollection({ loader: file(`${map}/stappen.yaml`), schema: stapSchema }),
  meldcodeSectoren: defineCollection({ loader: file(`${map}/sectoren.yaml`), schema: sectorSchema }),
  meldcodeLijsten: defineCollection({ loader: file(`${map}/lijsten.yaml`), schema: lijstSchema }),
  meldcodeTeksten: defineCollection({ loader: file(`${map}/teksten.yaml`), schema: codeTekstSchema }),
  meldcodeCasussen: defineCollection({ loader: file(`${map}/casussen.yaml`), schema: casusSchema }),
  meldcodeRegels: defineCollection({ loader: file(`${map}/regels.yaml`), schema: regelSchema }),
};
