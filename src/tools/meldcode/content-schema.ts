/**
 * Zod schemas of the meldcode texts in content/instrumenten/meldcode/. The build fails on a bad file;
 * the unit tests validate the same files and check that every id the domain uses has a text.
 */
import { z } from 'astro/zod';

const tekst = (min = 1) => z.string().trim().min(min, { error: 'mag niet leeg zijn' });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'gebruik kleine letters, cijfers en streepjes' });

/** Bronnen the tool texts rest on (ids of content/bronnen). */
export const BRON_IDS = ['geweld-hoort-nergens-thuis', 'basismodel-meldcode'] as const;
const bron = z.strictObject({ bron: z.enum(BRON_IDS), plaats: tekst(3) });

export const STAP_IDS = ['start', '1', '2', '3', '4', '5', 'overzicht'] as const;
export const GIDSEN = [
  'meldcode-in-vijf-stappen',
  'signalen-in-kaart-brengen',
  'collegiale-consultatie-en-veilig-thuis',
  'gesprek-met-betrokkenen',
  'afwegingskader-meldcode',
  'melden-en-hulp-bieden',
  'kindcheck',
] as const;

export const stapSchema = z.strictObject({
  id: z.enum(STAP_IDS),
  titel: tekst(),
  kort: tekst(10).describe('één zin: wat u in deze stap doet'),
  uitleg: z.array(tekst(10)).min(1),
  gids: z.enum(GIDSEN).optional(),
  bronnen: z.array(bron).default([]),
  /** Labels and hints of the fields of this screen, by field key (the keys are checked by a unit test). */
  velden: z.record(z.string(), z.strictObject({ label: tekst(), hulp: tekst().optional() })),
});

export const AFWEGING_IDS = ['a1', 'a2', 'a3', 'a4', 'a5'] as const;
const afweging = z.strictObject({
  vraag: tekst(10),
  hulpvragen: z.array(tekst()).default([]),
});

export const sectorSchema = z.strictObject({
  id,
  naam: tekst(),
  omschrijving: tekst(10),
  volgorde: z.number().int().min(1),
  plaatsAfwegingskader: tekst(10),
  /** Artsen: in stap 2 in principe altijd Veilig Thuis om advies vragen (of vastleggen waarom niet). */
  vtAltijdRaadplegen: z.boolean().default(false),
  /** A separate route when a staff member is suspected (kinderopvang, onderwijs). */
  medewerkerRoute: z
    .strictObject({
      vraag: tekst(10),
      titel: tekst(),
      uitleg: z.array(tekst(10)).min(1),
      stappen: z.array(tekst(10)).min(2),
    })
    .optional(),
  /** This sector's wording of the afwegingen; missing ones fall back to "algemeen". */
  afwegingen: z.partialRecord(z.enum(AFWEGING_IDS), afweging).default({}),
  /** Sector notes per step. */
  notities: z.partialRecord(z.enum(STAP_IDS), z.array(tekst(10))).default({}),
  bronnen: z.array(bron).default([]),
});

const lijstItem = z.strictObject({
  id,
  label: tekst(),
  uitleg: tekst().optional(),
  /** Only for these betrokkenen (signal categories). */
  voor: z.array(z.enum(['kind', 'volwassene', 'oudere'])).optional(),
  /** Prompts (signal categories). */
  voorbeelden: z.array(tekst()).optional(),
});
export const LIJST_IDS = [
  'betrokkenen',
  'signaalcategorieen',
  'bronsoorten',
  'consultpartners',
  'bijzondere-vormen',
  'uitzonderingen',
  'onveiligheid',
  'oudersignalen',
  'kindcheck-controles',
  'kindcheck-uitkomsten',
] as const;
export const lijstSchema = z.strictObject({
  id: z.enum(LIJST_IDS),
  items: z.array(lijstItem).min(1),
});

export const codeTekstSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, { error: 'gebruik letters, cijfers en streepjes' }),
  titel: tekst().optional(),
  tekst: tekst(),
});

const antwoord = z.enum(['ja', 'nee']);
export const casusSchema = z.strictObject({
  id,
  titel: tekst(),
  sector: id,
  betrokkene: z.enum(['kind', 'volwassene', 'oudere']),
  setting: tekst().describe('korte omschrijving: school, huisarts…'),
  situatie: z.array(tekst(20)).min(1),
  /** What the trainee learns in each step (fictional facts). */
  verloop: z.partialRecord(z.enum(['1', '2', '3', '4', '5']), z.array(tekst(10))).default({}),
  vragenVoorDeGroep: z.array(tekst(10)).default([]),
  model: z.strictObject({
    acuutGevaar: antwoord,
    kindcheck: z.enum(['positief', 'geen-zorg', 'onduidelijk']).optional(),
    bijzondereVorm: z.boolean().default(false),
    gesprek: antwoord.optional(),
    a1: antwoord,
    a2: z.enum(['ja', 'nee']).optional(),
    a3: antwoord.optional(),
    a4: antwoord.optional(),
    a5: z.enum(['ja', 'nee', 'loopt']).optional(),
    melden: antwoord,
    hulp: antwoord,
    uitleg: z.partialRecord(
      z.enum(['acuutGevaar', 'kindcheck', 'bijzondereVorm', 'gesprek', 'a1', 'a2', 'a3', 'a4', 'a5', 'melden', 'hulp']),
      tekst(10),
    ),
  }),
  bronnen: z.array(bron).default([]),
});

export type StapTekst = z.infer<typeof stapSchema>;
export type SectorTekst = z.infer<typeof sectorSchema>;
export type LijstItem = z.infer<typeof lijstItem>;
export type Lijst = z.infer<typeof lijstSchema>;
export type CodeTekst = z.infer<typeof codeTekstSchema>;
export type Casus = z.infer<typeof casusSchema>;
export type CasusModel = Casus['model'];

/** All texts of the tool, as the page passes them to the island. */
export interface MeldcodeTeksten {
  stappen: StapTekst[];
  sectoren: SectorTekst[];
  lijsten: Record<(typeof LIJST_IDS)[number], LijstItem[]>;
  codes: Record<string, CodeTekst>;
  casussen: Casus[];
}
