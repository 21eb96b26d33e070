/**
 * The barrièremodel as data. A model maps one criminal phenomenon (fenomeen) as ordered steps of the
 * criminal business process; per step four components (onderdelen): gelegenheden, signalen,
 * faciliteerders and barrières (source: ondermijning-in-de-wijk, project mobiel banditisme).
 */

export const ONDERDELEN = ['gelegenheden', 'signalen', 'faciliteerders', 'barrieres'] as const;
export type Onderdeel = (typeof ONDERDELEN)[number];

export const BEWUSTHEDEN = ['bewust', 'onbewust', 'onbekend'] as const;
export type Bewustheid = (typeof BEWUSTHEDEN)[number];

export const BARRIERE_SOORTEN = ['bestuurlijk', 'strafrechtelijk', 'fiscaal', 'privaat-preventief', 'anders'] as const;
export type BarriereSoort = (typeof BARRIERE_SOORTEN)[number];

export const STATUSSEN = ['idee', 'gepland', 'in-uitvoering', 'gerealiseerd'] as const;
export type Status = (typeof STATUSSEN)[number];

export const FASEN = ['voor', 'tijdens', 'na'] as const;
export type Fase = (typeof FASEN)[number];

/**
 * How the action list ranks barrières (the team chooses; the rule is shown on screen and in exports):
 * - stemmen: by dot-votes only;
 * - score: by impact × haalbaarheid, votes break ties;
 * - stemmen-eerst: by votes, impact × haalbaarheid breaks ties.
 */
export const RANGSCHIKREGELS = ['stemmen-eerst', 'stemmen', 'score'] as const;
export type Rangschikregel = (typeof RANGSCHIKREGELS)[number];

/** Dot-voting: number of participants and dots each. deelnemers 0 means: no budget set. */
export interface Stemming {
  deelnemers: number;
  stippen: number;
  regel: Rangschikregel;
}

/** Impact and haalbaarheid: 1–5, or null while not yet scored. */
export type Score = 1 | 2 | 3 | 4 | 5;

export interface Partner {
  id: string;
  naam: string;
}

export interface Item {
  id: string;
  tekst: string;
  notitie: string;
}

export interface Faciliteerder extends Item {
  bewustheid: Bewustheid;
}

export interface Barriere extends Item {
  /** Partner ids. */
  eigenaren: string[];
  soort: BarriereSoort;
  impact: Score | null;
  haalbaarheid: Score | null;
  status: Status;
  /** Expected displacement (waterbedeffect): where may the problem move to? */
  waterbed: string;
  /** Dot-votes given in a workshop. */
  stemmen: number;
  /** yyyy-mm-dd or empty. */
  deadline: string;
  /** The instrument the barrière uses (usually a name from the instrument catalogue), or empty. */
  instrument: string;
}

export interface Stap {
  id: string;
  naam: string;
  omschrijving: string;
  fase: Fase | null;
  /** Partner id of the owning partner, or null. */
  eigenaar: string | null;
  gelegenheden: Item[];
  signalen: Item[];
  faciliteerders: Faciliteerder[];
  barrieres: Barriere[];
}

/** A sub-model focuses on one step of another model ("subbarrièremodel"). */
export interface Ouder {
  modelId: string;
  stapId: string;
  /** Titles at the time of linking, shown when the parent is not on this device. */
  modelTitel: string;
  stapNaam: string;
}

export interface Model {
  id: string;
  titel: string;
  omschrijving: string;
  regio: string;
  /** yyyy-mm-dd or empty. */
  datum: string;
  partners: Partner[];
  stappen: Stap[];
  ouder: Ouder | null;
  stemming: Stemming;
  /** Ids of contributions (bijdragen) already merged into this model, so none is merged twice. */
  bijdragen: string[];
}

export type ItemVan<O extends Onderdeel> = Stap[O][number];
export type AnyItem = Item | Faciliteerder | Barriere;
