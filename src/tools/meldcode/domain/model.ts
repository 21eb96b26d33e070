/**
 * The data of one walk through the meldcode ("dossier"): what the professional (or trainee) recorded
 * per step. Pure data; the rules are in regels.ts. Ids of list items (signal categories, bron kinds,
 * consultation partners…) come from the content files; the domain only knows the ids it reasons with.
 */

export type JaNee = 'ja' | 'nee';
export type Betrokkene = 'kind' | 'volwassene' | 'oudere';
/** 'kindcheck' is the screen of the short kindcheck route (a kindcheck on its own, for an adult client). */
export type Scherm = 'start' | 'kindcheck' | 1 | 2 | 3 | 4 | 5 | 'overzicht';
/** What the professional does: the whole meldcode, or only the kindcheck for an adult client. */
export type Route = 'meldcode' | 'kindcheck';
/** Informing the client (or, for a child, the parents) about the melding. */
export type InformerenStatus = 'gepland' | 'gedaan' | 'uitzondering';
export const STAPPEN = [1, 2, 3, 4, 5] as const;
export type StapNummer = (typeof STAPPEN)[number];

/**
 * Afweging 2: which kind of onveiligheid. "disclosure" is not a category of the basismodel: regional
 * protocols and sector codes treat it as a reason to melden (see lijsten.yaml for the source).
 */
export type Onveiligheid = 'acuut' | 'structureel' | 'disclosure';
export type KindcheckUitkomst = 'positief' | 'geen-zorg' | 'onduidelijk';
/** Afweging 5 can only be answered after some time: "loopt" = the help is still under way. */
export type A5Antwoord = 'ja' | 'nee' | 'loopt';
export type A2Antwoord = 'ja' | 'nee' | 'twijfel';

/** Consultation partner ids the rules use; other ids (collega, aandachtsfunctionaris…) come from content. */
export const VEILIG_THUIS = 'veilig-thuis';
export const DESKUNDIGE = 'deskundige';

export interface Signaal {
  id: string;
  categorie: string;
  omschrijving: string;
  /** Where the signal comes from: an id of the list "bronsoorten". */
  bronSoort: string;
  /** Free text on the source, e.g. "eigen waarneming op 3 maart". */
  bron: string;
  richting: 'bevestigt' | 'ontkracht';
}

export interface Consultatie {
  id: string;
  met: string;
  wanneer: string;
  anoniem: boolean;
  advies: string;
}

/** The link between a kindcheck record and the meldcode walk for the children (each names the other). */
export interface Koppeling {
  soort: 'vervolg-kinderen' | 'uit-kindcheck';
  /** Case reference (kenmerk) of the other record; may be empty when the user gave none. */
  kenmerk: string;
  /** Date the link was made (YYYY-MM-DD). */
  datum: string;
  /** In the walk for the children: the kindcheck record as text, so nothing of it is lost. */
  verslag: string;
}

export interface Dossier {
  modus: 'eigen' | 'training';
  /** Training case id in training mode. */
  casus: string | null;
  /** Training: show the model answer after each decision (true) or only at the end. */
  directeFeedback: boolean;
  route: Route;
  /** For the record: the professional's role (never a name) and a case reference of their organisation. */
  rol: string;
  kenmerk: string;
  koppeling: Koppeling | null;
  sector: string | null;
  betrokkene: Betrokkene | null;
  acuutGevaar: JaNee | null;
  /** Only in sectors with a separate route for a suspected staff member. */
  medewerkerVermoeden: JaNee | null;
  /** Staff-member route: the facts and what was done, for the record. */
  medewerker: { feiten: string; gemeldAan: string; gemeldOp: string; overleg: string; maatregelen: string };
  /** Date the signals were recorded (stap 1). */
  signalenDatum: string;
  signalen: Signaal[];
  beschermendeFactoren: string;
  kindcheck: {
    /** The question that often settles it: are there minors the client cares for (or a pregnancy)? */
    kinderen: JaNee | null;
    /** Ids of "oudersignalen" that apply. */
    aanleidingen: string[];
    /** Ids of "kindcheck-controles" that were checked. */
    nagegaan: string[];
    uitkomst: KindcheckUitkomst | null;
    notitie: string;
  };
  consultaties: Consultatie[];
  /** Ids of "bijzondere-vormen" (eergerelateerd geweld, huwelijksdwang, vrouwelijke genitale verminking). */
  bijzondereVormen: string[];
  /** Sectors where Veilig Thuis is in principle always consulted: why that did not happen. */
  geenVtReden: string;
  gesprek: {
    gevoerd: JaNee | null;
    datum: string;
    doel: string;
    feiten: string;
    reactie: string;
    interpretatie: string;
    afspraken: string;
    /** Id of "uitzonderingen" when the conversation is skipped. */
    uitzondering: string | null;
    uitzonderingReden: string;
  };
  afwegingen: {
    a1: JaNee | null;
    a2: A2Antwoord | null;
    a2Soort: Onveiligheid[];
    a3: JaNee | null;
    a4: JaNee | null;
    a5: A5Antwoord | null;
    /** Date of the decision (afwegingen in stap 4 and 5). */
    datum: string;
    toelichting: { a1: string; a2: string; a3: string; a4: string; a5: string };
  };
  /** The melding to Veilig Thuis: when, and what was agreed with Veilig Thuis. */
  melding: { datum: string; afspraken: string };
  informeren: {
    status: InformerenStatus | null;
    datum: string;
    reactie: string;
    uitzondering: string | null;
    reden: string;
  };
  monitoring: { wat: string; wanneer: string };
}

export function leegDossier(modus: Dossier['modus'] = 'eigen', casus: string | null = null): Dossier {
  return {
    modus,
    casus,
    directeFeedback: false,
    route: 'meldcode',
    rol: '',
    kenmerk: '',
    koppeling: null,
    sector: null,
    betrokkene: null,
    acuutGevaar: null,
    medewerkerVermoeden: null,
    medewerker: { feiten: '', gemeldAan: '', gemeldOp: '', overleg: '', maatregelen: '' },
    signalenDatum: '',
    signalen: [],
    beschermendeFactoren: '',
    kindcheck: { kinderen: null, aanleidingen: [], nagegaan: [], uitkomst: null, notitie: '' },
    consultaties: [],
    bijzondereVormen: [],
    geenVtReden: '',
    gesprek: { gevoerd: null, datum: '', doel: '', feiten: '', reactie: '', interpretatie: '', afspraken: '', uitzondering: null, uitzonderingReden: '' },
    afwegingen: {
      a1: null,
      a2: null,
      a2Soort: [],
      a3: null,
      a4: null,
      a5: null,
      datum: '',
      toelichting: { a1: '', a2: '', a3: '', a4: '', a5: '' },
    },
    melding: { datum: '', afspraken: '' },
    informeren: { status: null, datum: '', reactie: '', uitzondering: null, reden: '' },
    monitoring: { wat: '', wanneer: '' },
  };
}

/** The sector facts the rules need (a subset of the sector texts in content). */
export interface SectorRegels {
  id: string;
  /** The KNMG-meldcode's rule for artsen: ask Veilig Thuis for advice in stap 2, or record why not. */
  vtAltijdRaadplegen: boolean;
  medewerkerRoute: boolean;
}

/** A new id for a list item, unique within the dossier. */
export function nieuwId(prefix: string, bestaand: { id: string }[]): string {
  let n = bestaand.length + 1;
  const ids = new Set(bestaand.map((x) => x.id));
  while (ids.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
