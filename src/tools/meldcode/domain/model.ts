/**
 * The data of one walk through the meldcode ("dossier"): what the professional (or trainee) recorded
 * per step. Pure data; the rules are in regels.ts. Ids of list items (signal categories, bron kinds,
 * consultation partners…) come from the content files; the domain only knows the ids it reasons with.
 */

export type JaNee = 'ja' | 'nee';
export type Betrokkene = 'kind' | 'volwassene' | 'oudere';
export type Scherm = 'start' | 1 | 2 | 3 | 4 | 5 | 'overzicht';
export const STAPPEN = [1, 2, 3, 4, 5] as const;
export type StapNummer = (typeof STAPPEN)[number];

/** Afweging 2: which kind of onveiligheid. A disclosure counts as acute onveiligheid. */
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

export interface Dossier {
  modus: 'eigen' | 'training';
  /** Training case id in training mode. */
  casus: string | null;
  sector: string | null;
  betrokkene: Betrokkene | null;
  acuutGevaar: JaNee | null;
  /** Only in sectors with a separate route for a suspected staff member. */
  medewerkerVermoeden: JaNee | null;
  signalen: Signaal[];
  beschermendeFactoren: string;
  kindcheck: {
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
    toelichting: { a1: string; a2: string; a3: string; a4: string; a5: string };
  };
  informeren: {
    gedaan: JaNee | null;
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
    sector: null,
    betrokkene: null,
    acuutGevaar: null,
    medewerkerVermoeden: null,
    signalen: [],
    beschermendeFactoren: '',
    kindcheck: { aanleidingen: [], nagegaan: [], uitkomst: null, notitie: '' },
    consultaties: [],
    bijzondereVormen: [],
    geenVtReden: '',
    gesprek: { gevoerd: null, doel: '', feiten: '', reactie: '', interpretatie: '', afspraken: '', uitzondering: null, uitzonderingReden: '' },
    afwegingen: {
      a1: null,
      a2: null,
      a2Soort: [],
      a3: null,
      a4: null,
      a5: null,
      toelichting: { a1: '', a2: '', a3: '', a4: '', a5: '' },
    },
    informeren: { gedaan: null, reactie: '', uitzondering: null, reden: '' },
    monitoring: { wat: '', wanneer: '' },
  };
}

/** The sector facts the rules need (a subset of the sector texts in content). */
export interface SectorRegels {
  id: string;
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
