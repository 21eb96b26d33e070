/** Loads the real content files through the zod schemas, as the build does. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  casusSchema,
  codeTekstSchema,
  lijstSchema,
  sectorSchema,
  stapSchema,
  type MeldcodeTeksten,
} from '../../../src/tools/meldcode/content-schema.ts';

const map = new URL('../../../content/instrumenten/meldcode/', import.meta.url);
export const laadYaml = (naam: string): unknown => parse(readFileSync(new URL(naam, map), 'utf8'));

export function laadTeksten(): MeldcodeTeksten {
  const lijsten = z.array(lijstSchema).parse(laadYaml('lijsten.yaml'));
  return {
    stappen: z.array(stapSchema).parse(laadYaml('stappen.yaml')),
    sectoren: z.array(sectorSchema).parse(laadYaml('sectoren.yaml')),
    lijsten: Object.fromEntries(lijsten.map((l) => [l.id, l.items])) as MeldcodeTeksten['lijsten'],
    codes: Object.fromEntries(z.array(codeTekstSchema).parse(laadYaml('teksten.yaml')).map((c) => [c.id, c])),
    casussen: z.array(casusSchema).parse(laadYaml('casussen.yaml')),
  };
}
