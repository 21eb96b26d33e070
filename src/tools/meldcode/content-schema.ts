/**
 * Zod schemas of the meldcode texts in content/instrumenten/meldcode/. The build fails on a bad file;
 * the unit tests validate the same files and check that every id the domain uses has a text.
 */
import { z } from 'astro/zod';

const tekst = (min = 1) => z.string().trim().min(min, { error: 'mag niet leeg zijn' });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'gebruik kleine letters, cijfers en streepjes' });

/** Bronnen the tool texts rest on (ids of content/bronnen). */
export const BRON_IDS = ['geweld-hoort-nergens-thuis', 'basismodel-meldcode'] as const;
/** A source: a bron of the site (id), or a public source outside the seven brondocumenten, with its address. */
const bron = z.union([
  z.strictObject({ bron: z.enum(BRON_IDS), plaats: tekst(3) }),
  z.strictObject({ titel: tekst(3), adres: z.url({ protocol: /^https?$/ }), plaats: tekst(3) }),
]);
export type Bron = z.infer<typeof bron>;

export const STAP_IDS = ['start', 'kindcheck', '1', '2', '3', '4', '5', 'overzicht'] as const;
export const GIDSEN = [
  'meldcode-in-vijf-stappen',
  'signalen-in-kaart-brengen',
  'collegiale-consultatie-en-veilig-thuis',
  'gesprek-met-betrokkenen',
  'afwegingskader-meldcode',
  'melden-en-hulp-bieden',
  'kindcheck',
  'bijzondere-vormen-van-geweld',
  'beroepsgeheim-en-meldrecht',
  'wat-doet-veilig-thuis',
] as const;

/** Rules that the tool and the gidsen both state: one text, one place (regels.yaml). */
export const REGEL_IDS = ['geen-meldplicht', 'uitzonderingen', 'bijzondere-vormen', 'meldnormen', 'kindcheck-uitkomsten', 'artsen', 'plaats-afwegingskader'] as const;

export const stapSchema = z.strictObject({
  id: z.enum(STAP_IDS),
  titel: tekst(),
  kort: tekst(10).describe('één zin: wat u in deze stap doet'),
  uitleg: z.array(tekst(10)).min(1),
  gids: z.enum(GIDSEN).optional(),
  /** Shared rules (regels.yaml) shown on this screen. */
  regels: z.array(z.enum(REGEL_IDS)).default([]),
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
      bronnen: z.array(bron).min(1),
    })
    .optional(),
  /** This sector's wording of the afwegingen; missing ones fall back to "algemeen". */
  afwegingen: z.partialRecord(z.enum(AFWEGING_IDS), afweging).default({}),
  /** Who belongs to this sector, with the source of that grouping. */
  voorWie: tekst(10).optional(),
  /** Sector notes per step, each with the source of the difference. */
  notities: z
    .partialRecord(z.enum(STAP_IDS), z.array(z.union([z.strictObject({ tekst: tekst(10), bron }), z.strictObject({ regel: z.enum(REGEL_IDS) })])))
    .default({}),
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
  /** Where an item that is not in the basismodel comes from. */
  bron: bron.optional(),
});
export const LIJST_IDS = [
  'betrokkenen',
  'signaalcategorieen',
  'bronsoorten',
  'consultpartners',
  'bijzondere-vormen',
  'onveiligheid',
  'oudersignalen',
  'kindcheck-controles',
] as const;
/** Lists the tool shows that come from a shared rule (regels.yaml), not from lijsten.yaml. */
export const REGEL_LIJSTEN = { uitzonderingen: 'uitzonderingen', 'kindcheck-uitkomsten': 'kindcheck-uitkomsten' } as const;
export const lijstSchema = z.strictObject({
  id: z.enum(LIJST_IDS),
  items: z.array(lijstItem).min(1),
});

export const codeTekstSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, { error: 'gebruik letters, cijfers en streepjes' }),
  titel: tekst().optional(),
  tekst: tekst(),
});

/** A rule that the tool and the gidsen both state: one text, one place (regels.yaml). */
export const regelSchema = z.strictObject({
  id: z.enum(REGEL_IDS),
  titel: tekst(),
  tekst: z.array(tekst(10)).min(1),
  punten: z.array(z.strictObject({ id, titel: tekst().optional(), tekst: tekst(5), uitleg: tekst(10).optional() })).default([]),
  bronnen: z.array(bron).min(1),
});

const antwoord = z.enum(['ja', 'nee']);
const PUNT_IDS = ['acuutGevaar', 'kindcheck', 'bijzondereVorm', 'gesprek', 'a1', 'a2', 'a3', 'a4', 'a5', 'melden', 'hulp', 'informeren'] as const;
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
  /** The kindcheck route (a kindcheck on its own) instead of the whole meldcode. */
  route: z.enum(['meldcode', 'kindcheck']).default('meldcode'),
  model: z
    .strictObject({
      acuutGevaar: antwoord,
      kindcheck: z.enum(['positief', 'geen-zorg', 'onduidelijk']).optional(),
      bijzondereVorm: z.boolean().default(false),
      gesprek: antwoord.optional(),
      a1: antwoord.optional(),
      a2: z.enum(['ja', 'nee']).optional(),
      a3: antwoord.optional(),
      a4: antwoord.optional(),
      a5: z.enum(['ja', 'nee', 'loopt']).optional(),
      melden: antwoord.optional(),
      hulp: antwoord.optional(),
      /** Informing before the melding: done or planned ("ja"), or an exception. */
      informeren: z.enum(['ja', 'uitzondering']).optional(),
      uitleg: z.partialRecord(z.enum(PUNT_IDS), tekst(10)),
    })
    .superRefine((m, ctx) => {
      // Every point the model answers has a "waarom" (bijzondereVorm is always compared).
      const punten = PUNT_IDS.filter((p) => (p === 'bijzondereVorm' ? true : m[p] !== undefined));
      for (const p of punten) {
        if (!m.uitleg[p]) ctx.addIssue({ code: 'custom', path: ['uitleg', p], message: `het modelpad geeft een antwoord bij "${p}" maar geen uitleg (waarom)` });
      }
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
export type Regel = z.infer<typeof regelSchema>;

/** All texts of the tool, as the page passes them to the island. */
export interface MeldcodeTeksten {
  stappen: StapTekst[];
  sectoren: SectorTekst[];
  lijsten: Record<(typeof LIJST_IDS)[number] | keyof typeof REGEL_LIJSTEN, LijstItem[]>;
  codes: Record<string, CodeTekst>;
  casussen: Casus[];
  regels: Record<(typeof REGEL_IDS)[number], Regel>;
}

/** The raw content files, as loaded by the build (and by the unit tests). */
export interface RuweTeksten {
  stappen: StapTekst[];
  sectoren: SectorTekst[];
  lijsten: Lijst[];
  codes: CodeTekst[];
  casussen: Casus[];
  regels: Regel[];
}

const STAP_VOLGORDE: string[] = [...STAP_IDS];

/**
 * All texts of the tool from the content files. The lists and codes that state a shared rule (the
 * exceptions, the kindcheck outcomes, the meldnormen) are made from regels.yaml, so that the tool and
 * the gidsen read the same text.
 */
export function bundelTeksten(r: RuweTeksten): MeldcodeTeksten {
  const regels = Object.fromEntries(r.regels.map((x) => [x.id, x])) as MeldcodeTeksten['regels'];
  const uitRegel = (id: keyof typeof REGEL_LIJSTEN): LijstItem[] =>
    (regels[REGEL_LIJSTEN[id]]?.punten ?? []).map((p) => ({ id: p.id, label: p.tekst, ...(p.uitleg ? { uitleg: p.uitleg } : {}) }));
  const codes: Record<string, CodeTekst> = Object.fromEntries(r.codes.map((c) => [c.id, c]));
  for (const p of regels.meldnormen?.punten ?? []) codes[`meldnorm-${p.id}`] = { id: `meldnorm-${p.id}`, titel: p.titel, tekst: `${p.titel}: ${p.tekst.charAt(0).toLowerCase()}${p.tekst.slice(1)}` };
  return {
    stappen: [...r.stappen].sort((a, b) => STAP_VOLGORDE.indexOf(a.id) - STAP_VOLGORDE.indexOf(b.id)),
    sectoren: [...r.sectoren].sort((a, b) => a.volgorde - b.volgorde),
    lijsten: {
      ...(Object.fromEntries(r.lijsten.map((l) => [l.id, l.items])) as Record<(typeof LIJST_IDS)[number], LijstItem[]>),
      uitzonderingen: uitRegel('uitzonderingen'),
      'kindcheck-uitkomsten': uitRegel('kindcheck-uitkomsten'),
    },
    codes,
    casussen: r.casussen,
    regels,
  };
}
