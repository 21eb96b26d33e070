import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, type Ref } from './content/schemas.ts';
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
  ...meldcodeCollections,
  ...regiescanCollections,
  ...barrieremodelCollections,
};
