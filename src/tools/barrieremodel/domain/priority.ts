/**
 * Prioritising barrières. The source says a model can yield tens of barriers and that they must be
 * prioritised, without giving criteria; ours (impact × haalbaarheid, then workshop votes) are a
 * choice of this tool, explained in the interface.
 */
import type { Barriere, BarriereSoort, Model, Onderdeel, Rangschikregel, Stap, Status } from './types.ts';
import { ONDERDELEN } from './types.ts';

export type Klasse = 'hoog' | 'midden' | 'laag' | 'onbeoordeeld';

/** impact × haalbaarheid (1–25), or null when either is not scored yet. */
export function prioriteit(b: Pick<Barriere, 'impact' | 'haalbaarheid'>): number | null {
  return b.impact === null || b.haalbaarheid === null ? null : b.impact * b.haalbaarheid;
}

export function klasse(b: Pick<Barriere, 'impact' | 'haalbaarheid'>): Klasse {
  const p = prioriteit(b);
  if (p === null) return 'onbeoordeeld';
  if (p >= 15) return 'hoog';
  if (p >= 8) return 'midden';
  return 'laag';
}

export const KLASSE_LABEL: Record<Klasse, string> = {
  hoog: 'Hoog',
  midden: 'Midden',
  laag: 'Laag',
  onbeoordeeld: 'Nog niet beoordeeld',
};

export interface Actiepunt {
  barriere: Barriere;
  stap: Stap;
  stapNummer: number;
  prioriteit: number | null;
  klasse: Klasse;
  rang: number;
}

type Rij = Omit<Actiepunt, 'rang'> & { volg: number };

const opScore = (a: Rij, b: Rij) => (b.prioriteit ?? -1) - (a.prioriteit ?? -1);
const opStemmen = (a: Rij, b: Rij) => b.barriere.stemmen - a.barriere.stemmen;
const opImpact = (a: Rij, b: Rij) => (b.barriere.impact ?? 0) - (a.barriere.impact ?? 0);

const VOLGORDE: Record<Rangschikregel, ((a: Rij, b: Rij) => number)[]> = {
  'stemmen-eerst': [opStemmen, opScore, opImpact],
  stemmen: [opStemmen],
  score: [opScore, opStemmen, opImpact],
};

/**
 * All barrières ranked by the model's rule (or the rule given); ties end in the order of the model.
 * Rang is 1-based over the whole list. See REGEL_UITLEG for the rules in words.
 */
export function actielijst(model: Model, regel: Rangschikregel = model.stemming.regel): Actiepunt[] {
  const rows: Rij[] = [];
  let volg = 0;
  model.stappen.forEach((stap, i) => {
    for (const barriere of stap.barrieres) {
      rows.push({ barriere, stap, stapNummer: i + 1, prioriteit: prioriteit(barriere), klasse: klasse(barriere), volg: volg++ });
    }
  });
  const criteria = VOLGORDE[regel];
  rows.sort((a, b) => {
    for (const c of criteria) {
      const d = c(a, b);
      if (d !== 0) return d;
    }
    return a.volg - b.volg;
  });
  return rows.map(({ volg: _v, ...r }, i) => ({ ...r, rang: i + 1 }));
}

export interface ActieFilter {
  statussen?: readonly Status[];
  soorten?: readonly BarriereSoort[];
}

export function filterActies(lijst: readonly Actiepunt[], filter: ActieFilter): Actiepunt[] {
  return lijst.filter(
    (a) =>
      (!filter.statussen || filter.statussen.length === 0 || filter.statussen.includes(a.barriere.status)) &&
      (!filter.soorten || filter.soorten.length === 0 || filter.soorten.includes(a.barriere.soort)),
  );
}

export interface Groep {
  /** Partner id, or null for "zonder eigenaar". */
  partnerId: string | null;
  naam: string;
  acties: Actiepunt[];
}

/** Groups by owner; a barrière with two owners appears under both. Order: partners as in the model, then "zonder eigenaar". */
export function groepeerPerEigenaar(model: Model, lijst: readonly Actiepunt[]): Groep[] {
  const groepen: Groep[] = model.partners.map((p) => ({ partnerId: p.id, naam: p.naam, acties: [] }));
  const zonder: Groep = { partnerId: null, naam: 'Zonder eigenaar', acties: [] };
  const byId = new Map(groepen.map((g) => [g.partnerId, g]));
  for (const a of lijst) {
    const eigen = a.barriere.eigenaren.map((e) => byId.get(e)).filter((g): g is Groep => g !== undefined);
    if (eigen.length === 0) zonder.acties.push(a);
    for (const g of eigen) g.acties.push(a);
  }
  return [...groepen, zonder].filter((g) => g.acties.length > 0);
}

export interface StapOverzicht {
  stap: Stap;
  nummer: number;
  aantallen: Record<Onderdeel, number>;
  zonderBarriere: boolean;
  zonderEigenaar: boolean;
}

export interface Overzicht {
  stappen: StapOverzicht[];
  totaal: Record<Onderdeel, number>;
  stappenZonderBarriere: StapOverzicht[];
  stappenZonderEigenaar: StapOverzicht[];
  barrieresZonderEigenaar: number;
  barrieresOnbeoordeeld: number;
  perStatus: Record<Status, number>;
  stemmen: number;
}

export function overzicht(model: Model): Overzicht {
  const totaal: Record<Onderdeel, number> = { gelegenheden: 0, signalen: 0, faciliteerders: 0, barrieres: 0 };
  const perStatus: Record<Status, number> = { idee: 0, gepland: 0, 'in-uitvoering': 0, gerealiseerd: 0 };
  let barrieresZonderEigenaar = 0;
  let barrieresOnbeoordeeld = 0;
  let stemmen = 0;
  const stappen = model.stappen.map((stap, i): StapOverzicht => {
    const aantallen = {} as Record<Onderdeel, number>;
    for (const o of ONDERDELEN) {
      aantallen[o] = stap[o].length;
      totaal[o] += stap[o].length;
    }
    for (const b of stap.barrieres) {
      perStatus[b.status] += 1;
      if (b.eigenaren.length === 0) barrieresZonderEigenaar += 1;
      if (prioriteit(b) === null) barrieresOnbeoordeeld += 1;
      stemmen += b.stemmen;
    }
    return { stap, nummer: i + 1, aantallen, zonderBarriere: stap.barrieres.length === 0, zonderEigenaar: stap.eigenaar === null };
  });
  return {
    stappen,
    totaal,
    stappenZonderBarriere: stappen.filter((s) => s.zonderBarriere),
    stappenZonderEigenaar: stappen.filter((s) => s.zonderEigenaar),
    barrieresZonderEigenaar,
    barrieresOnbeoordeeld,
    perStatus,
    stemmen,
  };
}

export function partnerNaam(model: Model, id: string | null): string {
  if (id === null) return '';
  return model.partners.find((p) => p.id === id)?.naam ?? '';
}
