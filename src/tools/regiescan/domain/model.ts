/**
 * The model of the regiescan: the catalogue of dimensions and statements (from the content files),
 * a scan (context plus answers by statement id) and the fixed vocabularies of the context questions.
 * Pure data, no DOM.
 */
import type { Actie } from './actieplan.ts';

/** A statement answer: 0 = niet, 1 = beperkt, 2 = grotendeels, 3 = volledig, or "weet ik niet / n.v.t.". */
export type Waarde = 0 | 1 | 2 | 3;
export const WEET_NIET = 'weet-niet' as const;
export type Antwoord = Waarde | typeof WEET_NIET;
export const WAARDEN: readonly Waarde[] = [0, 1, 2, 3];
export const MAX_WAARDE = 3;

export const GEMEENTE_ROLLEN = ['centrumgemeente', 'deelnemend'] as const;
export const GROOTTE_KLASSEN = ['tot-20000', '20000-50000', '50000-100000', 'boven-100000'] as const;
export const RESPONDENT_ROLLEN = ['bestuurder', 'beleidsadviseur-oov', 'manager-zvh', 'ketenpartner', 'anders'] as const;
export type GemeenteRol = (typeof GEMEENTE_ROLLEN)[number];
export type GrootteKlasse = (typeof GROOTTE_KLASSEN)[number];
export type RespondentRol = (typeof RESPONDENT_ROLLEN)[number];

/** Who fills in the scan, without names. Empty string = not (yet) given. */
export interface ScanContext {
  gemeenteRol: GemeenteRol | '';
  grootte: GrootteKlasse | '';
  respondentRol: RespondentRol | '';
  /** An optional short code the respondent chooses (never a name), to tell files of the same role apart. */
  code: string;
  /** yyyy-mm-dd, or '' */
  datum: string;
}

export interface Scan {
  /** Version of the statement set the answers were given to; answers are matched by statement id. */
  stellingenVersie: number;
  context: ScanContext;
  /** By statement id; a missing id is an open (unanswered) statement. */
  antwoorden: Record<string, Antwoord>;
  /** Optional note per statement id: why this answer, what shows it. */
  notities: Record<string, string>;
  /** Tips turned into actions, with owner, date and status. */
  actieplan: Actie[];
}

/** Which way a statement leans, for the reflection on the regiestijl. */
export type Sturing = 'sturend' | 'verbindend';

export interface Stelling {
  id: string;
  tekst: string;
  sturing?: Sturing | undefined;
}

export interface Dimensie {
  id: string;
  titel: string;
  stellingen: Stelling[];
}

/** A score band: min and max inclusive, on the 0–100 scale. */
export interface Band {
  id: string;
  label: string;
  min: number;
  max: number;
}

export interface Catalogus {
  stellingenVersie: number;
  dimensies: Dimensie[];
  banden: Band[];
}

export const leegContext = (): ScanContext => ({ gemeenteRol: '', grootte: '', respondentRol: '', code: '', datum: '' });

export const nieuweScan = (catalogus: Pick<Catalogus, 'stellingenVersie'>, datum = ''): Scan => ({
  stellingenVersie: catalogus.stellingenVersie,
  context: { ...leegContext(), datum },
  antwoorden: {},
  notities: {},
  actieplan: [],
});

export function alleStellingen(catalogus: Catalogus): (Stelling & { dimensieId: string })[] {
  return catalogus.dimensies.flatMap((d) => d.stellingen.map((s) => ({ ...s, dimensieId: d.id })));
}

export const isWaarde = (v: unknown): v is Waarde => v === 0 || v === 1 || v === 2 || v === 3;
export const isAntwoord = (v: unknown): v is Antwoord => isWaarde(v) || v === WEET_NIET;
