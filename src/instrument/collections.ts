/**
 * The content collections of an instrument: one YAML file per collection, all in one folder
 * (content/instrumenten/<naam>/). Build time only (astro:content); the instruments' browser code never imports it.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { BaseSchema } from 'astro/content/config';

/** `{ naam: ['bestand.yaml', schema] }` → `{ naam: collection }`, each schema kept with its own type. */
export function yamlCollections<T extends Record<string, readonly [string, BaseSchema]>>(folder: string, files: T) {
  const out = {} as { [K in keyof T]: ReturnType<typeof defineCollection<T[K][1]>> };
  for (const [name, [fileName, schema]] of Object.entries(files) as [keyof T, readonly [string, BaseSchema]][]) {
    out[name] = defineCollection({ loader: file(`${folder}/${fileName}`), schema }) as (typeof out)[keyof T];
  }
  return out;
}
