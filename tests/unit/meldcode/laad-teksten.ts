/** Loads the real content files through the zod schemas, as the build does. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  bundelTeksten,
  casusSchema,
  codeTekstSchema,
  lijstSchema,
  regelSchema,
  sectorSchema,
  stapSchema,
  type MeldcodeTeksten,
} from '../../../src/tools/meldcode/content-schema.ts';

const map = new URL('../../../content/instrumenten/meldcode/', import.meta.url);
export const laadYaml = (naam: string): unknown => parse(readFileSync(new URL(naam, map), 'utf8'));

export function laadTeksten(): MeldcodeTeksten {
  return bundelTeksten({
    stappen: z.array(stapSchema).parse(laadYaml('stappen.yaml')),
    sectoren: z.array(sectorSchema).parse(laadYaml('sectoren.yaml')),
    lijsten: z.array(lijstSchema).parse(laadYaml('lijsten.yaml')),
    codes: z.array(codeTekstSchema).parse(laadYaml('teksten.yaml')),
    casussen: z.array(casusSchema).parse(laadYaml('casussen.yaml')),
    regels: z.array(regelSchema).parse(laadYaml('regels.yaml')),
  });
}
