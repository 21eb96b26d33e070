/** Content collections of the regiescan tool (its texts as data in content/instrumenten/regiescan/). */
import { yamlCollections } from '../../instrument/collections.ts';
import { dimensieSchema, scanSchema } from './content-schema.ts';

export const regiescanCollections = yamlCollections('content/instrumenten/regiescan', {
  regiescan: ['scan.yaml', scanSchema],
  regiescanDimensies: ['dimensies.yaml', dimensieSchema],
} as const);
