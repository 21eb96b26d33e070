/**
 * Zod schemas of the content collections. They take a `ref` function so that Astro can pass
 * its `reference()` (checked links between collections at build time) and the standalone
 * check (`scripts/check-content.ts`) can pass a plain id check.
 */
import { z } from 'astro/zod';
import { BRON_SOORTEN, DOELGROEPEN, INSTRUMENTEN, ROLLEN } from './vocabulary.ts';

export type CollectionName = 'bronnen' | 'themas' | 'gidsen' | 'praktijkvoorbeelden' | 'begrippen';
/** Astro's `reference()` (output `{ id, collection }`) or a plain id check (output the id). */
export type Ref<T = { id: string; collection: string }> = (collection: CollectionName) => z.ZodType<T>;

const tekst = (min = 1) => z.string().trim().min(min, { error: 'mag niet leeg zijn' });

export function bronVerwijzing<T>(ref: Ref<T>) {
  return z.strictObject({
    bron: ref('bronnen'),
    plaats: tekst(3).describe('waar in het document: hoofdstuk, paragraaf of pagina'),
  });
}

/** One measure of the Actieprogramma Integrale Aanpak Jihadisme (content/maatregelen/maatregelen.yaml). */
export const maatregelSchema = z.strictObject({
  id: z.string().optional(),
  nummer: z.number().int().min(1),
  naam: tekst(),
  categorie: tekst(),
  uitvoerders: z.array(tekst()).default([]),
  onderzocht: z.boolean(),
  bevinding: z.string().default(''),
  plaats: tekst(),
});

export function makeSchemas<T>(ref: Ref<T>) {
  const bronnen = z.array(bronVerwijzing(ref));
  const gemeenschappelijk = {
    themas: z.array(ref('themas')).min(1, { error: 'noem minstens één thema' }),
    doelgroepen: z.array(z.enum(DOELGROEPEN)).min(1, { error: 'noem minstens één doelgroep' }),
    rollen: z.array(z.enum(ROLLEN)).default([]),
    trefwoorden: z.array(tekst()).default([]),
  };
  return {
    bronnen: z.strictObject({
      titel: tekst(),
      korteTitel: tekst(),
      uitgever: tekst(),
      jaar: tekst(),
      soort: z.enum(BRON_SOORTEN),
      doelgroepen: z.array(z.enum(DOELGROEPEN)).min(1),
      samenvatting: tekst(20),
      beperkingen: z.array(tekst()).default([]),
      adres: z.url().optional(),
      extern: z.boolean().default(false),
      trefwoorden: z.array(tekst()).default([]),
    }),
    themas: z.strictObject({
      naam: tekst(),
      intro: tekst(20),
      voorWie: tekst(10),
      volgorde: z.number().int().min(1),
      trefwoorden: z.array(tekst()).default([]),
    }),
    gidsen: z.strictObject({
      titel: tekst(),
      samenvatting: tekst(20).max(300, { error: 'houd de samenvatting onder 300 tekens' }),
      inHetKort: z.array(tekst()).min(2, { error: 'geef minstens twee punten in het kort' }).max(6),
      ...gemeenschappelijk,
      bronnen: bronnen.min(1, { error: 'een gids noemt minstens één bron' }),
      instrumenten: z.array(z.enum(INSTRUMENTEN)).default([]),
      voorbeelden: z.array(ref('praktijkvoorbeelden')).default([]),
      gerelateerd: z.array(ref('gidsen')).default([]),
      bijgewerkt: z.iso.date().optional(),
    }),
    praktijkvoorbeelden: z.strictObject({
      titel: tekst(),
      samenvatting: tekst(20).max(300, { error: 'houd de samenvatting onder 300 tekens' }),
      regio: tekst().describe('gemeente of regio, of "landelijk"'),
      ...gemeenschappelijk,
      partners: z.array(tekst()).default([]),
      typeAanpak: tekst(),
      periode: tekst().optional(),
      bronnen: bronnen.min(1, { error: 'een praktijkvoorbeeld noemt minstens één bron' }),
      instrumenten: z.array(z.enum(INSTRUMENTEN)).default([]),
      gidsen: z.array(ref('gidsen')).default([]),
    }),
    begrippen: z.strictObject({
      term: tekst(),
      afkorting: tekst().optional(),
      definitie: tekst(10).max(400),
      zieOok: z.array(ref('begrippen')).default([]),
      gidsen: z.array(ref('gidsen')).default([]),
      voorbeelden: z.array(ref('praktijkvoorbeelden')).default([]),
      bronnen: z.array(bronVerwijzing(ref)).default([]),
      trefwoorden: z.array(tekst()).default([]),
    }),
  };
}

/** The words of the search (content/zoeken/woorden.yaml): see src/search/lexicon.ts. */
const zoekwoord = z.string().trim().min(1, { error: 'mag niet leeg zijn' });
export const zoekwoordenSchema = z.strictObject({
  stopwoorden: z.array(zoekwoord).min(1),
  spelling: z.array(z.strictObject({ fout: z.array(zoekwoord).min(1), goed: zoekwoord })).default([]),
  synoniemen: z.array(z.strictObject({ woorden: z.array(zoekwoord).min(1), zoek: z.array(zoekwoord).min(1) })).default([]),
  afkortingen: z.array(z.strictObject({ kort: zoekwoord, lang: z.array(zoekwoord).min(1) })).default([]),
});
