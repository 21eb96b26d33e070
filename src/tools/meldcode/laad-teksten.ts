/** Reads the meldcode texts from the content collections (build time, for the pages). */
import { getCollection } from 'astro:content';
import type { MeldcodeTeksten } from './content-schema.ts';

export async function laadMeldcodeTeksten(): Promise<MeldcodeTeksten> {
  const [stappen, sectoren, lijsten, codes, casussen] = await Promise.all([
    getCollection('meldcodeStappen'),
    getCollection('meldcodeSectoren'),
    getCollection('meldcodeLijsten'),
    getCollection('meldcodeTeksten'),
    getCollection('meldcodeCasussen'),
  ]);
  const volgorde = ['start', '1', '2', '3', '4', '5', 'overzicht'];
  return {
    stappen: stappen.map((e) => e.data).sort((a, b) => volgorde.indexOf(a.id) - volgorde.indexOf(b.id)),
    sectoren: sectoren.map((e) => e.data),
    lijsten: Object.fromEntries(lijsten.map((e) => [e.data.id, e.data.items])) as MeldcodeTeksten['lijsten'],
    codes: Object.fromEntries(codes.map((e) => [e.data.id, e.data])),
    casussen: casussen.map((e) => e.data),
  };
}
