/** Schemas of the barrièremodel texts in content/instrumenten/barrieremodel/. */
import { z } from 'astro/zod';
import { BARRIERE_SOORTEN, BEWUSTHEDEN, FASEN, ONDERDELEN, STATUSSEN } from './domain/types.ts';
import { LIMITS } from './domain/limits.ts';

const tekst = (max: number) => z.string().trim().min(1).max(max);

const bron = z.object({ bron: z.string().regex(/^[a-z0-9-]+$/), plaats: tekst(300) }).strict();

/** Every item of a template from the sources names its source and the place in it. */
const item = z.object({ tekst: tekst(LIMITS.langeTekst), notitie: tekst(LIMITS.langeTekst).optional(), bron: bron.optional() }).strict();

export const sjabloonSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    naam: tekst(120),
    uitleg: tekst(600),
    bron: bron.optional(),
    titel: tekst(LIMITS.titel),
    omschrijving: tekst(LIMITS.langeTekst).optional(),
    stappen: z
      .array(
        z
          .object({
            naam: tekst(LIMITS.naam),
            omschrijving: tekst(LIMITS.langeTekst).optional(),
            fase: z.enum(FASEN).optional(),
            gelegenheden: z.array(item).optional(),
            signalen: z.array(item).optional(),
            faciliteerders: z.array(item.extend({ bewustheid: z.enum(BEWUSTHEDEN).optional() }).strict()).optional(),
            barrieres: z
              .array(
                item
                  .extend({
                    soort: z.enum(BARRIERE_SOORTEN).optional(),
                    status: z.enum(STATUSSEN).optional(),
                    waterbed: tekst(LIMITS.langeTekst).optional(),
                    instrument: tekst(LIMITS.naam).optional(),
                  })
                  .strict(),
              )
              .optional(),
          })
          .strict(),
      )
      .min(1)
      .max(LIMITS.stappen),
  })
  .strict();

export const onderdeelSchema = z
  .object({
    id: z.enum(ONDERDELEN),
    naam: tekst(60),
    enkelvoud: tekst(60),
    definitie: tekst(600),
    vraag: tekst(300),
    voorbeeld: tekst(300),
  })
  .strict();

export const uitlegSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    titel: tekst(120),
    plaats: tekst(300),
    alineas: z.array(tekst(2000)).min(1),
    stappen: z.array(tekst(400)).optional(),
  })
  .strict();

export type SjabloonData = z.infer<typeof sjabloonSchema>;
export type OnderdeelTekst = z.infer<typeof onderdeelSchema>;
export type UitlegTekst = z.infer<typeof uitlegSchema>;


/** One instrument of the catalogue (instrumenten.yaml): what partners can use as a barrière, with its source. */
export const instrumentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    naam: tekst(LIMITS.naam),
    soort: z.enum(['bestuurlijk', 'fiscaal', 'strafrechtelijk', 'privaat-preventief']),
    uitleg: tekst(600),
    bron,
  })
  .strict();

export type InstrumentData = z.infer<typeof instrumentSchema>;
