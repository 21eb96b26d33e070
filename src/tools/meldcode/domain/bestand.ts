/**
 * The dossier as a file, in device storage and as export: one definition on the shared instrument
 * layer (envelope, versions, size, Dutch messages come from src/instrument/files).
 *
 * Versions: 2 is the current format. Version 1 was the pre-release draft format (flat afwegingen
 * without the afweging-2 kinds); it is not read any more and gets a clear message.
 * Missing fields of a version-2 file are filled with empty values (older exports lack the newer
 * fields such as `rol`, `melding` or `koppeling`); a present field of the wrong kind is refused.
 */
import * as z from 'zod/mini';
import { defineInstrument } from '../../../instrument/files/definition.ts';
import { leegDossier, type Dossier } from './model.ts';
import { MELDCODE_INFO } from './formaat.ts';

export { VERSIE, MAX_BESTAND_BYTES, MELDCODE_INFO } from './formaat.ts';

const LIMIET_TEKST = 20_000;
const LIMIET_LIJST = 500;

/** Free text: missing or null → ''. */
const tekst = z.pipe(z.optional(z.nullable(z.string().check(z.maxLength(LIMIET_TEKST)))), z.transform((v) => v ?? ''));
/** One of a fixed set of answers: missing → null. */
const keuze = <T extends string>(opties: readonly [T, ...T[]]) => z.pipe(z.optional(z.nullable(z.enum(opties))), z.transform((v): T | null => v ?? null));
const ids = z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(LIMIET_LIJST)), () => []);
const jaNee = keuze(['ja', 'nee']);
const vlag = z._default(z.boolean(), false);
/** A group of fields that may be missing as a whole (older files). */
const groep = <S extends z.core.$ZodLooseShape, D>(shape: S, leeg: () => D) => z._default(z.object(shape), leeg as never);
const leeg = leegDossier();

const ruw = z.object({
  modus: z._default(z.enum(['eigen', 'training']), 'eigen'),
  casus: tekst,
  directeFeedback: vlag,
  route: z._default(z.enum(['meldcode', 'kindcheck']), 'meldcode'),
  rol: tekst,
  kenmerk: tekst,
  koppeling: z._default(
    z.nullable(z.object({ soort: z.enum(['vervolg-kinderen', 'uit-kindcheck']), kenmerk: tekst, datum: tekst, verslag: tekst })),
    null,
  ),
  sector: tekst,
  betrokkene: keuze(['kind', 'volwassene', 'oudere']),
  acuutGevaar: jaNee,
  medewerkerVermoeden: jaNee,
  medewerker: groep({ feiten: tekst, gemeldAan: tekst, gemeldOp: tekst, overleg: tekst, maatregelen: tekst }, () => ({ ...leeg.medewerker })),
  signalenDatum: tekst,
  signalen: z._default(
    z
      .array(z.object({ id: tekst, categorie: tekst, omschrijving: tekst, bronSoort: tekst, bron: tekst, richting: z._default(z.enum(['bevestigt', 'ontkracht']), 'bevestigt') }))
      .check(z.maxLength(LIMIET_LIJST)),
    () => [],
  ),
  beschermendeFactoren: tekst,
  kindcheck: groep(
    { kinderen: jaNee, aanleidingen: ids, nagegaan: ids, uitkomst: keuze(['positief', 'geen-zorg', 'onduidelijk']), notitie: tekst },
    () => ({ ...leeg.kindcheck, aanleidingen: [], nagegaan: [] }),
  ),
  consultaties: z._default(
    z.array(z.object({ id: tekst, met: tekst, wanneer: tekst, anoniem: vlag, advies: tekst })).check(z.maxLength(LIMIET_LIJST)),
    () => [],
  ),
  bijzondereVormen: ids,
  geenVtReden: tekst,
  gesprek: groep(
    { gevoerd: jaNee, datum: tekst, doel: tekst, feiten: tekst, reactie: tekst, interpretatie: tekst, afspraken: tekst, uitzondering: tekst, uitzonderingReden: tekst },
    () => ({ ...leeg.gesprek, uitzondering: '' }),
  ),
  afwegingen: groep(
    {
      a1: jaNee,
      a2: keuze(['ja', 'nee', 'twijfel']),
      a2Soort: z._default(z.array(z.enum(['acuut', 'structureel', 'disclosure'])).check(z.maxLength(3)), () => []),
      a3: jaNee,
      a4: jaNee,
      a5: keuze(['ja', 'nee', 'loopt']),
      datum: tekst,
      toelichting: groep({ a1: tekst, a2: tekst, a3: tekst, a4: tekst, a5: tekst }, () => ({ ...leeg.afwegingen.toelichting })),
    },
    () => ({ ...leeg.afwegingen, a2Soort: [], toelichting: { ...leeg.afwegingen.toelichting } }),
  ),
  melding: groep({ datum: tekst, afspraken: tekst }, () => ({ ...leeg.melding })),
  informeren: groep(
    // Earlier files recorded "gedaan: ja/nee" ("nee" meant an exception) instead of a status.
    { status: keuze(['gepland', 'gedaan', 'uitzondering']), gedaan: jaNee, datum: tekst, reactie: tekst, uitzondering: tekst, reden: tekst },
    () => ({ ...leeg.informeren, gedaan: null, uitzondering: '' }),
  ),
  monitoring: groep({ wat: tekst, wanneer: tekst }, () => ({ ...leeg.monitoring })),
});

type Ruw = z.infer<typeof ruw>;

/** From the checked file data to the dossier: empty texts that mean "nothing chosen" become null, missing ids are made. */
function naarDossier(r: Ruw): Dossier {
  const { gedaan, ...informeren } = r.informeren as Ruw['informeren'] & { gedaan: 'ja' | 'nee' | null };
  return {
    ...r,
    casus: r.casus || null,
    sector: r.sector || null,
    signalen: r.signalen.map((s, i) => ({ ...s, id: s.id || `s${i + 1}` })),
    consultaties: r.consultaties.map((c, i) => ({ ...c, id: c.id || `c${i + 1}` })),
    gesprek: { ...r.gesprek, uitzondering: r.gesprek.uitzondering || null },
    informeren: {
      ...informeren,
      status: informeren.status ?? (gedaan === 'ja' ? 'gedaan' : gedaan === 'nee' ? 'uitzondering' : null),
      uitzondering: informeren.uitzondering || null,
    },
  };
}

export const dossierSchema = z.pipe(ruw, z.transform(naarDossier));

export const meldcodeBestand = defineInstrument<Dossier>({
  ...MELDCODE_INFO,
  oldestVersion: 2,
  schema: dossierSchema,
  labels: {
    signalen: (n) => `signaal ${n}`,
    consultaties: (n) => `consultatie ${n}`,
    afwegingen: 'de afwegingen',
    toelichting: 'de toelichting',
    a1: 'afweging 1',
    a2: 'afweging 2',
    a2Soort: 'de soort onveiligheid',
    a3: 'afweging 3',
    a4: 'afweging 4',
    a5: 'afweging 5',
    kindcheck: 'de kindcheck',
    gesprek: 'het gesprek',
    informeren: 'het informeren',
    melding: 'de melding',
    monitoring: 'het volgen',
    medewerker: 'de route bij een medewerker',
    omschrijving: 'de omschrijving',
    anoniem: 'anoniem',
    advies: 'het advies',
    sector: 'de sector',
    betrokkene: 'de betrokkene',
  },
});
