import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { maatregelSchema, makeSchemas, type Ref } from './content/schemas.ts';
import { meldcodeCollections } from './tools/meldcode/collections.ts';
import { regiescanCollections } from './tools/regiescan/collections.ts';
import { barrieremodelCollections } from './tools/barrieremodel/collections.ts';

const schemas = makeSchemas(reference as unknown as Ref);
const pages = (folder: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `./content/${folder}` });

export const collections = {
  bronnen: defineCollection({ loader: pages('bronnen'), schema: schemas.bronnen }),
  themas: defineCollection({ loader: pages('themas'), schema: schemas.themas }),
  gidsen: defineCollection({ loader: pages('gidsen'), schema: schemas.gidsen }),
  praktijkvoorbeelden: defineCollection({ loader: pages('praktijkvoorbeelden'), schema: schemas.praktijkvoorbeelden }),
  begrippen: defineCollection({ loader: pages('begrippen'), schema: schemas.begrippen }),
  maatregelen: defineCollection({
    loader: file('content/maatregelen/maatregelen.yaml', {
      parser: (text) => (parseYaml(text) as { nummer: number }[]).map((m) => ({ id: String(m.nummer), ...m })),
    }),
    schema: maatregelSchema,
  }),
  ...meldcodeCollections,
  ...regiescanCollections,
  ...barrieremodelCollections,
};
