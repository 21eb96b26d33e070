/**
 * The barrièremodel's data as files, stored copies and share links: one definition on the shared
 * instrument layer (zod/mini schema, versions, migrations, Dutch messages that name the part).
 * Contributions (bijdragen) travel in their own envelope, so a contribution is never read as a model.
 */
import * as z from 'zod/mini';
import { defineInstrument } from '../../../instrument/files/definition.ts';
import { LIMITS } from './limits.ts';
import { migraties } from './migrate.ts';
import { BARRIERE_SOORTEN, BEWUSTHEDEN, FASEN, ONDERDELEN, RANGSCHIKREGELS, STATUSSEN, type Model } from './types.ts';
import type { Bijdrage } from './bijdrage.ts';

// eslint-disable-next-line no-control-regex
const STUURTEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Text of at most `max` characters; control characters other than tab and newline are removed. */
const tekst = (max: number) => z.pipe(z.string().check(z.maxLength(max)), z.transform((s: string) => s.replace(STUURTEKENS, '')));
const vrij = (max: number) => z._default(tekst(max), '');
const verplicht = (max: number) => z.pipe(tekst(max), z.string().check(z.refine((s) => s.trim() !== '', 'mag niet leeg zijn')));
const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'is geen geldige id'));
const keuze = <T extends readonly [string, ...string[]]>(opties: T, standaard: T[number]) => z._default(z.enum(opties), standaard);
const geheel = (min: number, max: number, standaard: number) => z._default(z.int().check(z.minimum(min, `moet ${min} tot en met ${max} zijn`), z.maximum(max, `moet ${min} tot en met ${max} zijn`)), standaard);
const score = z._default(z.nullable(z.literal([1, 2, 3, 4, 5], 'moet een getal van 1 tot en met 5 zijn')), null);
const datum = z._default(z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'heeft niet de vorm jjjj-mm-dd')), '');
const lijst = <T extends z.core.SomeType>(item: T, max: number) => z._default(z.array(item).check(z.maxLength(max)), []);

const itemVelden = { id, tekst: verplicht(LIMITS.langeTekst), notitie: vrij(LIMITS.langeTekst) };
export const itemSchema = z.object(itemVelden);
export const faciliteerderSchema = z.object({ ...itemVelden, bewustheid: keuze(BEWUSTHEDEN, 'onbekend') });
export const barriereSchema = z.object({
  ...itemVelden,
  eigenaren: lijst(id, LIMITS.eigenarenPerBarriere),
  soort: keuze(BARRIERE_SOORTEN, 'anders'),
  impact: score,
  haalbaarheid: score,
  status: keuze(STATUSSEN, 'idee'),
  waterbed: vrij(LIMITS.langeTekst),
  stemmen: geheel(0, LIMITS.stemmen, 0),
  deadline: datum,
  instrument: vrij(LIMITS.naam),
});

const stapSchema = z.object({
  id,
  naam: verplicht(LIMITS.naam),
  omschrijving: vrij(LIMITS.langeTekst),
  fase: z._default(z.nullable(z.enum(FASEN)), null),
  eigenaar: z._default(z.nullable(id), null),
  gelegenheden: lijst(itemSchema, LIMITS.itemsPerOnderdeel),
  signalen: lijst(itemSchema, LIMITS.itemsPerOnderdeel),
  faciliteerders: lijst(faciliteerderSchema, LIMITS.itemsPerOnderdeel),
  barrieres: lijst(barriereSchema, LIMITS.itemsPerOnderdeel),
});

/** Ids must be unique and references must point at partners of the model. */
function verwijzingen(ctx: { value: Model; issues: z.core.$ZodRawIssue[] }) {
  const m = ctx.value;
  const partners = new Set(m.partners.map((p) => p.id));
  const gezien = new Set<string>();
  const meld = (path: PropertyKey[], message: string) => ctx.issues.push({ code: 'custom', input: m, path, message });
  const uniek = (v: string, path: PropertyKey[]) => {
    if (gezien.has(v)) meld(path, 'heeft dezelfde id als een ander onderdeel (het bestand is beschadigd of aangepast)');
    gezien.add(v);
  };
  m.partners.forEach((p, i) => uniek(p.id, ['partners', i, 'id']));
  m.stappen.forEach((s, i) => {
    uniek(s.id, ['stappen', i, 'id']);
    if (s.eigenaar !== null && !partners.has(s.eigenaar)) meld(['stappen', i, 'eigenaar'], 'is geen partner van dit model');
    for (const o of ONDERDELEN) {
      s[o].forEach((it, j) => {
        uniek(it.id, ['stappen', i, o, j, 'id']);
        if (o === 'barrieres' && (it as Model['stappen'][number]['barrieres'][number]).eigenaren.some((e) => !partners.has(e))) {
          meld(['stappen', i, o, j, 'eigenaren'], 'noemen een partner die niet in het model staat');
        }
      });
    }
  });
}

export const modelSchema = z.pipe(
  z.object({
    id,
    titel: vrij(LIMITS.titel),
    omschrijving: vrij(LIMITS.langeTekst),
    regio: vrij(LIMITS.korteTekst),
    datum,
    partners: lijst(z.object({ id, naam: verplicht(LIMITS.naam) }), LIMITS.partners),
    stappen: lijst(stapSchema, LIMITS.stappen),
    ouder: z._default(
      z.nullable(z.object({ modelId: id, stapId: id, modelTitel: vrij(LIMITS.titel), stapNaam: vrij(LIMITS.naam) })),
      null,
    ),
    stemming: z._default(
      z.object({
        deelnemers: geheel(0, LIMITS.deelnemers, 0),
        stippen: geheel(1, LIMITS.stippen, 3),
        regel: keuze(RANGSCHIKREGELS, 'stemmen-eerst'),
      }),
      { deelnemers: 0, stippen: 3, regel: 'stemmen-eerst' },
    ),
    bijdragen: lijst(id, LIMITS.bijdragen),
  }),
  z.transform((m) => {
    // Owners are a set: the same partner twice counts once.
    for (const s of m.stappen) for (const b of s.barrieres) b.eigenaren = [...new Set(b.eigenaren)];
    return m as Model;
  }),
).check(z.superRefine((m, ctx) => verwijzingen({ value: m, issues: ctx.issues })));

const LABELS = {
  titel: 'de titel',
  omschrijving: 'de omschrijving',
  regio: 'de regio',
  datum: 'de datum',
  partners: (n: number) => `partner ${n}`,
  stappen: (n: number) => `stap ${n}`,
  gelegenheden: (n: number) => `gelegenheid ${n}`,
  signalen: (n: number) => `signaal ${n}`,
  faciliteerders: (n: number) => `faciliteerder ${n}`,
  barrieres: (n: number) => `barrière ${n}`,
  items: (n: number) => `onderdeel ${n} van de bijdrage`,
  stemmen: 'het aantal stemmen',
  tekst: 'de tekst',
  naam: 'de naam',
  notitie: 'de notitie',
  impact: 'de impact',
  haalbaarheid: 'de haalbaarheid',
  soort: 'de soort',
  status: 'de status',
  bewustheid: 'bewust/onbewust',
  eigenaren: 'de eigenaren',
  eigenaar: 'de eigenaar',
  deadline: 'de deadline',
  instrument: 'het instrument',
  waterbed: 'het waterbedeffect',
  fase: 'de fase',
  stemming: 'de instellingen voor het stemmen',
  deelnemers: 'het aantal deelnemers',
  stippen: 'het aantal stippen per deelnemer',
  regel: 'de regel voor de volgorde van de actielijst',
  ouder: 'de koppeling met het hoofdmodel',
  bijdragen: 'de lijst met samengevoegde bijdragen',
  id: 'de id',
} as const;

export const barrieremodelBestand = defineInstrument<Model>({
  tool: 'barrieremodel',
  name: 'de barrièremodel-bouwer',
  version: 3,
  schema: modelSchema,
  migrations: migraties,
  maxBytes: LIMITS.bestandBytes,
  labels: LABELS,
});

export const MAX_BIJDRAGE_ITEMS = 200;
const bijdrageItem = z.union([
  z.object({ stapId: id, stapNaam: verplicht(LIMITS.naam), onderdeel: z.literal('barrieres'), item: barriereSchema }),
  z.object({ stapId: id, stapNaam: verplicht(LIMITS.naam), onderdeel: z.literal('faciliteerders'), item: faciliteerderSchema }),
  z.object({ stapId: id, stapNaam: verplicht(LIMITS.naam), onderdeel: z.enum(['gelegenheden', 'signalen']), item: itemSchema }),
]);

export const bijdrageSchema = z.pipe(
  z.object({
    id,
    modelId: id,
    modelTitel: vrij(LIMITS.titel),
    deelnemer: vrij(LIMITS.naam),
    items: lijst(bijdrageItem, MAX_BIJDRAGE_ITEMS),
    stemmen: lijst(
      z.object({
        stapId: id,
        stapNaam: verplicht(LIMITS.naam),
        barriereId: id,
        barriereTekst: verplicht(LIMITS.langeTekst),
        aantal: z.int().check(z.minimum(1, `moet 1 tot en met ${LIMITS.stippen} zijn`), z.maximum(LIMITS.stippen, `moet 1 tot en met ${LIMITS.stippen} zijn`)),
      }),
      MAX_BIJDRAGE_ITEMS,
    ),
  }),
  // Owners refer to partners of the participant's copy and votes travel separately: neither is taken over.
  z.transform((b) => ({
    ...b,
    items: b.items.map((x) => (x.onderdeel === 'barrieres' ? { ...x, item: { ...x.item, eigenaren: [], stemmen: 0 } } : x)),
  }) as Bijdrage),
);

export const bijdrageBestand = defineInstrument<Bijdrage>({
  tool: 'barrieremodel-bijdrage',
  name: 'een bijdrage aan een barrièremodel',
  version: 1,
  schema: bijdrageSchema,
  maxBytes: LIMITS.bestandBytes,
  labels: { ...LABELS, stemmen: (n: number) => `stem ${n}`, aantal: 'het aantal' },
});
