/** Reads the meldcode texts from the content collections (build time, for the pages). */
import { getCollection } from 'astro:content';
import { bundelTeksten, type MeldcodeTeksten } from './content-schema.ts';

export async function laadMeldcodeTeksten(): Promise<MeldcodeTeksten> {
  const [stappen, sectoren, lijsten, codes, casussen, regels] = await Promise.all([
    getCollection('meldcodeStappen'),
    getCollection('meldcodeSectoren'),
    getCollection('meldcodeLijsten'),
    getCollection('meldcodeTeksten'),
    getCollection('meldcodeCasussen'),
    getCollection('meldcodeRegels'),
  ]);
  const data = <T,>(xs: { data: T }[]) => xs.map((e) => e.data);
  return bundelTeksten({
    stappen: data(stappen),
    sectoren: data(sectoren),
    lijsten: data(lijsten),
    codes: data(codes),
    casussen: data(casussen),
    regels: data(regels),
  });
}
