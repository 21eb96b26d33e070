/** Content collections of the regiescan tool (its texts as data in content/instrumenten/regiescan/). */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { dimensieSchema, scanSchema } from './content-schema.ts';

export const regiescanCollections = {
  regiescan: defineCollection({ loader: file('content/instrumenten/regiescan/scan.yaml'), schema: scanSchema }),
  regiescanDimensies: defineCollection({ loader: file('content/instrumenten/regiescan/dimensies.yaml'), schema: dimensieSchema }),
};
