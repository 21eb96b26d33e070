/**
 * Contributions (bijdragen): a participant opens the model from the share link, adds items and
 * votes in their own copy, and sends back only what they added, as a link or a file. The
 * facilitator merges it. Nothing goes through a server.
 * - maakBijdrage compares the participant's copy with the model as shared (the basis).
 * - voegBijdrageToe adds the new items (to the step with the same id, else the same name, else a
 *   new step) and adds the votes. A contribution is merged once: its id is kept in the model.
 */
import { fail, ok, type Result } from '../../../instrument/result.ts';
import { LIMITS } from './limits.ts';
import { normaliseer } from './samenvoegen.ts';
import { nieuweStap } from './reducer.ts';
import type { MaakId } from './templates.ts';
import { stembudget } from './stemmen.ts';
import { ONDERDELEN, type AnyItem, type Barriere, type Model, type Onderdeel, type Stap } from './types.ts';

export interface BijdrageItem {
  stapId: string;
  stapNaam: string;
  onderdeel: Onderdeel;
  item: AnyItem;
}

export interface BijdrageStem {
  stapId: string;
  stapNaam: string;
  barriereId: string;
  barriereTekst: string;
  aantal: number;
}

export interface Bijdrage {
  id: string;
  /** The model as shared: its id and title. */
  modelId: string;
  modelTitel: string;
  /** The name the participant gave (may be empty). */
  deelnemer: string;
  items: BijdrageItem[];
  stemmen: BijdrageStem[];
}

import { MAX_BIJDRAGE_ITEMS } from './bestand.ts';

/** What the participant added to their copy of `basis`; votes are capped by the dots of one participant. */
export function maakBijdrage(basis: Model, eigen: Model, deelnemer: string, id: string): Result<Bijdrage> {
  const basisIds = new Set<string>();
  const basisStemmen = new Map<string, number>();
  for (const s of basis.stappen) {
    for (const o of ONDERDELEN) for (const i of s[o]) basisIds.add(i.id);
    for (const b of s.barrieres) basisStemmen.set(b.id, b.stemmen);
  }
  const items: BijdrageItem[] = [];
  const stemmen: BijdrageStem[] = [];
  for (const s of eigen.stappen) {
    for (const o of ONDERDELEN) {
      for (const i of s[o] as AnyItem[]) {
        if (basisIds.has(i.id)) continue;
        // Votes travel in `stemmen`, never twice.
        const kaal = o === 'barrieres' ? { ...(i as Barriere), stemmen: 0, eigenaren: [] } : i;
        items.push({ stapId: s.id, stapNaam: s.naam, onderdeel: o, item: kaal });
      }
    }
    for (const b of s.barrieres) {
      const extra = b.stemmen - (basisStemmen.get(b.id) ?? 0);
      if (extra > 0) stemmen.push({ stapId: s.id, stapNaam: s.naam, barriereId: b.id, barriereTekst: b.tekst, aantal: extra });
    }
  }
  if (items.length === 0 && stemmen.length === 0) return fail('U hebt nog niets toegevoegd of gestemd. Er is dus nog geen bijdrage om te sturen.');
  if (items.length > MAX_BIJDRAGE_ITEMS) return fail(`Een bijdrage kan hooguit ${MAX_BIJDRAGE_ITEMS} nieuwe onderdelen bevatten.`);
  const totaal = stemmen.reduce((n, s) => n + s.aantal, 0);
  if (basis.stemming.deelnemers > 0 && totaal > basis.stemming.stippen) {
    return fail(`U hebt ${totaal} stippen geplakt, maar iedere deelnemer heeft er ${basis.stemming.stippen}. Haal er eerst ${totaal - basis.stemming.stippen} weg.`);
  }
  return ok({ id, modelId: basis.id, modelTitel: basis.titel, deelnemer: deelnemer.trim().slice(0, LIMITS.naam), items, stemmen });
}

export interface BijdrageVerslag {
  items: number;
  stemmen: number;
  nieuweStappen: number;
  /** Items already in the model (the same id) or that did not fit. */
  overgeslagen: number;
  /** Votes on a barrière that is no longer in the model. */
  stemmenZonderBarriere: number;
  /** Set when the contribution was made for another model. */
  anderModel: boolean;
  /** Set when the votes now exceed the group's budget. */
  overBudget: boolean;
}

/** Adds a contribution to the model; a contribution already merged is refused. */
export function voegBijdrageToe(model: Model, b: Bijdrage, maakId: MaakId): Result<{ model: Model; verslag: BijdrageVerslag }> {
  if (model.bijdragen.includes(b.id)) return fail('Deze bijdrage is al eerder samengevoegd. Er is niets veranderd.');
  const verslag: BijdrageVerslag = {
    items: 0, stemmen: 0, nieuweStappen: 0, overgeslagen: 0, stemmenZonderBarriere: 0, anderModel: b.modelId !== model.id, overBudget: false,
  };
  const bezet = new Set<string>();
  for (const s of model.stappen) {
    bezet.add(s.id);
    for (const o of ONDERDELEN) for (const i of s[o]) bezet.add(i.id);
  }
  const stappen = model.stappen.slice();
  const vindStap = (id: string, naam: string) => {
    const i = stappen.findIndex((s) => s.id === id);
    return i >= 0 ? i : stappen.findIndex((s) => normaliseer(s.naam) === normaliseer(naam));
  };
  for (const bi of b.items) {
    if (bezet.has(bi.item.id)) {
      verslag.overgeslagen++;
      continue;
    }
    let i = vindStap(bi.stapId, bi.stapNaam);
    if (i < 0) {
      if (stappen.length >= LIMITS.stappen) {
        verslag.overgeslagen++;
        continue;
      }
      const id = bezet.has(bi.stapId) ? maakId() : bi.stapId;
      bezet.add(id);
      stappen.push(nieuweStap(id, bi.stapNaam));
      verslag.nieuweStappen++;
      i = stappen.length - 1;
    }
    const stap = stappen[i] as Stap;
    const lijstNu = stap[bi.onderdeel] as AnyItem[];
    if (lijstNu.length >= LIMITS.itemsPerOnderdeel) {
      verslag.overgeslagen++;
      continue;
    }
    bezet.add(bi.item.id);
    stappen[i] = { ...stap, [bi.onderdeel]: [...lijstNu, bi.item] } as Stap;
    verslag.items++;
  }
  for (const st of b.stemmen) {
    const i = vindStap(st.stapId, st.stapNaam);
    const stap = stappen[i];
    const j = stap ? stap.barrieres.findIndex((x) => x.id === st.barriereId) : -1;
    const k = stap && j < 0 ? stap.barrieres.findIndex((x) => normaliseer(x.tekst) === normaliseer(st.barriereTekst)) : j;
    if (!stap || k < 0) {
      verslag.stemmenZonderBarriere += st.aantal;
      continue;
    }
    const barrieres = stap.barrieres.slice();
    const bar = barrieres[k] as Barriere;
    barrieres[k] = { ...bar, stemmen: Math.min(LIMITS.stemmen, bar.stemmen + st.aantal) };
    stappen[i] = { ...stap, barrieres };
    verslag.stemmen += st.aantal;
  }
  const next: Model = { ...model, stappen, bijdragen: [...model.bijdragen, b.id].slice(-LIMITS.bijdragen) };
  const budget = stembudget(next);
  verslag.overBudget = budget.over !== null && budget.over < 0;
  return ok({ model: next, verslag });
}

/** Checks a contribution read from a link or file; every failure is a Dutch message. */
