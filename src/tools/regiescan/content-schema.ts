/**
 * Zod schemas of the regiescan texts in content/instrumenten/regiescan/:
 *   scan.yaml      — one entry "regiescan": statement-set version, answer scale, score bands,
 *                    context questions, regiestijlen and the texts around the scan;
 *   dimensies.yaml — the nine dimensions with their statements (stable ids, source place) and tips per band.
 * Links in tips are slugs of gidsen and praktijkvoorbeelden; the page renders only those that exist
 * (tests/unit/regiescan/content.test.ts lists the dangling ones).
 */
import { z } from 'astro/zod';
import { GEMEENTE_ROLLEN, GROOTTE_KLASSEN, RESPONDENT_ROLLEN } from './domain/model.ts';

const tekst = (min = 1) => z.string().trim().min(min, { error: 'mag niet leeg zijn' });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'een slug bestaat uit kleine letters, cijfers en streepjes' });
const BRON_IDS = ['veiligheidshuizenkrant-2013', 'evaluatie-actieprogramma-jihadisme'] as const;

export const bronPlaats = z.strictObject({
  bron: z.enum(BRON_IDS),
  plaats: tekst(3).describe('artikel en regels in het brondocument'),
});

const optie = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({ id: z.enum(ids), label: tekst(), kort: tekst().optional().describe('korte naam, bijvoorbeeld in labels van respondenten') });

function alleOpties<T extends string>(ids: readonly T[]) {
  return (opties: { id: T }[]) => ids.every((id) => opties.some((o) => o.id === id)) && new Set(opties.map((o) => o.id)).size === opties.length;
}

export const tipSchema = z.strictObject({
  tekst: tekst(10),
  gidsen: z.array(slug).default([]),
  voorbeelden: z.array(slug).default([]),
  bron: bronPlaats.optional(),
});

export const stellingSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'een stelling-id bestaat uit kleine letters, cijfers en streepjes' }),
  tekst: tekst(10),
  sturing: z.enum(['sturend', 'verbindend']).optional(),
  bron: bronPlaats,
});

export const dimensieSchema = z.strictObject({
  id: slug,
  volgorde: z.number().int().min(1),
  titel: tekst(),
  uitleg: tekst(20),
  stellingen: z.array(stellingSchema).min(3).max(10),
  /** Tips by band id (see scan.yaml); every band needs at least one tip. */
  tips: z.record(slug, z.array(tipSchema).min(1)),
});

export const bandSchema = z.strictObject({
  id: slug,
  label: tekst(),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  uitleg: tekst(10),
});

export const regiestijlSchema = z.strictObject({
  id: z.enum(['sturend-en-verbindend', 'sturend', 'verbindend', 'terughoudend']),
  titel: tekst(),
  tekst: tekst(20),
  vragen: z.array(tekst()).min(1),
  bronnen: z.array(bronPlaats).min(1),
});

export const scanSchema = z
  .strictObject({
    id: z.literal('regiescan'),
    stellingenVersie: z.number().int().min(1),
    titel: tekst(),
    intro: z.array(tekst(10)).min(1),
    herkomst: tekst(20),
    bronnen: z.array(bronPlaats).min(1),
    schaal: z.array(tekst()).length(4),
    weetNiet: tekst(),
    banden: z.array(bandSchema).min(3),
    context: z.strictObject({
      gemeenteRol: z.strictObject({ vraag: tekst(), opties: z.array(optie(GEMEENTE_ROLLEN)).refine(alleOpties(GEMEENTE_ROLLEN), 'elke rol precies één keer') }),
      grootte: z.strictObject({ vraag: tekst(), opties: z.array(optie(GROOTTE_KLASSEN)).refine(alleOpties(GROOTTE_KLASSEN), 'elke klasse precies één keer') }),
      respondentRol: z.strictObject({ vraag: tekst(), opties: z.array(optie(RESPONDENT_ROLLEN)).refine(alleOpties(RESPONDENT_ROLLEN), 'elke rol precies één keer') }),
      datum: z.strictObject({ vraag: tekst() }),
    }),
    regiestijl: z.strictObject({ inleiding: tekst(20), stijlen: z.array(regiestijlSchema).length(4) }),
  })
  .superRefine((scan, ctx) => {
    // Bands must cover 0–100 without gaps or overlaps, in order.
    let verwacht = 0;
    for (const b of scan.banden) {
      if (b.min !== verwacht || b.max < b.min) {
        ctx.addIssue({ code: 'custom', message: `band "${b.id}" moet bij ${verwacht} beginnen en niet leeg zijn`, path: ['banden'] });
        return;
      }
      verwacht = b.max + 1;
    }
    if (verwacht !== 101) ctx.addIssue({ code: 'custom', message: 'de banden moeten samen 0 tot en met 100 dekken', path: ['banden'] });
  });

export type ScanTeksten = z.infer<typeof scanSchema>;
export type DimensieTeksten = z.infer<typeof dimensieSchema>;
export type Tip = z.infer<typeof tipSchema>;

/** Cross-checks between the two files: unique statement ids, tips for every band and only for known bands. */
export function controleerSamenhang(scan: ScanTeksten, dimensies: DimensieTeksten[]): string[] {
  const problemen: string[] = [];
  const ids = new Set<string>();
  const bandIds = scan.banden.map((b) => b.id);
  for (const d of dimensies) {
    for (const s of d.stellingen) {
      if (ids.has(s.id)) problemen.push(`stelling-id "${s.id}" komt meer dan één keer voor`);
      ids.add(s.id);
    }
    for (const b of bandIds) if (!d.tips[b]) problemen.push(`dimensie "${d.id}" heeft geen tips voor band "${b}"`);
    for (const b of Object.keys(d.tips)) if (!bandIds.includes(b)) problemen.push(`dimensie "${d.id}" heeft tips voor onbekende band "${b}"`);
  }
  const volgordes = dimensies.map((d) => d.volgorde);
  if (new Set(volgordes).size !== volgordes.length) problemen.push('twee dimensies hebben dezelfde volgorde');
  return problemen;
}
