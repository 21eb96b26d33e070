/**
 * Model operations as an immutable reducer: every action returns a new model (unchanged parts are
 * shared, so views can skip unchanged steps) or the same model when the action does not apply.
 * Ids come in with the action, so the reducer stays pure and testable.
 */
import { LIMITS } from './limits.ts';
import { knip } from './tekst.ts';
import { stembudget } from './stemmen.ts';
import type {
  Barriere,
  BarriereSoort,
  Bewustheid,
  Faciliteerder,
  Fase,
  Item,
  Model,
  Onderdeel,
  Partner,
  Rangschikregel,
  Score,
  Stap,
  Status,
} from './types.ts';
import { RANGSCHIKREGELS } from './types.ts';

export type MetaPatch = Partial<Pick<Model, 'titel' | 'omschrijving' | 'regio' | 'datum'>>;
export type StapPatch = Partial<Pick<Stap, 'naam' | 'omschrijving' | 'fase' | 'eigenaar'>>;
export interface ItemPatch {
  tekst?: string;
  notitie?: string;
  bewustheid?: Bewustheid;
  eigenaren?: string[];
  soort?: BarriereSoort;
  impact?: Score | null;
  haalbaarheid?: Score | null;
  status?: Status;
  waterbed?: string;
  stemmen?: number;
  deadline?: string;
  instrument?: string;
}

export type StemmingPatch = Partial<{ deelnemers: number; stippen: number; regel: Rangschikregel }>;

export type Actie =
  | { type: 'meta'; patch: MetaPatch }
  | { type: 'partner-toevoegen'; id: string; naam: string }
  | { type: 'partner-hernoemen'; id: string; naam: string }
  | { type: 'partner-verwijderen'; id: string }
  | { type: 'stap-toevoegen'; id: string; naam: string; index?: number }
  | { type: 'stap-wijzigen'; id: string; patch: StapPatch }
  | { type: 'stap-verwijderen'; id: string }
  | { type: 'stap-verplaatsen'; id: string; naar: number }
  | { type: 'item-toevoegen'; stapId: string; onderdeel: Onderdeel; id: string; tekst: string; index?: number }
  | { type: 'item-wijzigen'; stapId: string; onderdeel: Onderdeel; id: string; patch: ItemPatch }
  | { type: 'item-verwijderen'; stapId: string; onderdeel: Onderdeel; id: string }
  | { type: 'item-verplaatsen'; stapId: string; onderdeel: Onderdeel; id: string; naar: number }
  | { type: 'item-naar-stap'; stapId: string; onderdeel: Onderdeel; id: string; naarStapId: string }
  | { type: 'stem'; stapId: string; id: string; delta: 1 | -1 }
  | { type: 'stemmen-wissen' }
  | { type: 'stemming'; patch: StemmingPatch }
  /** Replaces the whole model in one undoable step (a merge, a contribution). */
  | { type: 'vervangen'; model: Model };

/** Cleans user text (bidi and control characters) and cuts it to `max`. The view says when text was cut. */
const clip = (text: string, max: number) => knip(text, max).tekst;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const geheel = (v: number, min: number, max: number) => Math.max(min, Math.min(max, Math.trunc(Number.isFinite(v) ? v : min)));

export function nieuwItem(onderdeel: Onderdeel, id: string, tekst: string): Item | Faciliteerder | Barriere {
  const basis: Item = { id, tekst: clip(tekst.trim(), LIMITS.langeTekst), notitie: '' };
  if (onderdeel === 'faciliteerders') return { ...basis, bewustheid: 'onbekend' };
  if (onderdeel === 'barrieres') {
    return {
      ...basis, eigenaren: [], soort: 'anders', impact: null, haalbaarheid: null, status: 'idee', waterbed: '', stemmen: 0, deadline: '', instrument: '',
    };
  }
  return basis;
}

export function nieuweStap(id: string, naam: string): Stap {
  return {
    id,
    naam: clip(naam.trim(), LIMITS.naam),
    omschrijving: '',
    fase: null,
    eigenaar: null,
    gelegenheden: [],
    signalen: [],
    faciliteerders: [],
    barrieres: [],
  };
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [x] = copy.splice(from, 1);
  copy.splice(to, 0, x as T);
  return copy;
}

const clampIndex = (i: number | undefined, length: number) =>
  i === undefined || !Number.isFinite(i) ? length : Math.max(0, Math.min(length, Math.trunc(i)));

function isScore(v: unknown): v is Score {
  return v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
}

function patchItem(item: Item, onderdeel: Onderdeel, patch: ItemPatch, partnerIds: Set<string>): Item {
  const next: Record<string, unknown> = { ...item };
  if (patch.tekst !== undefined) next['tekst'] = clip(patch.tekst, LIMITS.langeTekst);
  if (patch.notitie !== undefined) next['notitie'] = clip(patch.notitie, LIMITS.langeTekst);
  if (onderdeel === 'faciliteerders' && patch.bewustheid !== undefined) next['bewustheid'] = patch.bewustheid;
  if (onderdeel === 'barrieres') {
    if (patch.eigenaren !== undefined) {
      next['eigenaren'] = [...new Set(patch.eigenaren.filter((p) => partnerIds.has(p)))].slice(0, LIMITS.eigenarenPerBarriere);
    }
    if (patch.soort !== undefined) next['soort'] = patch.soort;
    if (patch.impact !== undefined && (patch.impact === null || isScore(patch.impact))) next['impact'] = patch.impact;
    if (patch.haalbaarheid !== undefined && (patch.haalbaarheid === null || isScore(patch.haalbaarheid))) {
      next['haalbaarheid'] = patch.haalbaarheid;
    }
    if (patch.status !== undefined) next['status'] = patch.status;
    if (patch.waterbed !== undefined) next['waterbed'] = clip(patch.waterbed, LIMITS.langeTekst);
    if (patch.stemmen !== undefined) next['stemmen'] = Math.max(0, Math.min(LIMITS.stemmen, Math.trunc(patch.stemmen) || 0));
    if (patch.deadline !== undefined) next['deadline'] = DATUM.test(patch.deadline) ? patch.deadline : '';
    if (patch.instrument !== undefined) next['instrument'] = clip(patch.instrument.trim(), LIMITS.naam);
  }
  return next as unknown as Item;
}

function mapStap(model: Model, stapId: string, fn: (stap: Stap) => Stap): Model {
  const index = model.stappen.findIndex((s) => s.id === stapId);
  if (index < 0) return model;
  const oud = model.stappen[index] as Stap;
  const nieuw = fn(oud);
  if (nieuw === oud) return model;
  const stappen = model.stappen.slice();
  stappen[index] = nieuw;
  return { ...model, stappen };
}

function setList(stap: Stap, onderdeel: Onderdeel, list: Item[]): Stap {
  return { ...stap, [onderdeel]: list } as Stap;
}

function idBestaat(model: Model, id: string): boolean {
  return model.stappen.some(
    (s) => s.id === id || s.gelegenheden.some((i) => i.id === id) || s.signalen.some((i) => i.id === id) ||
      s.faciliteerders.some((i) => i.id === id) || s.barrieres.some((i) => i.id === id),
  );
}

export function reduce(model: Model, actie: Actie): Model {
  switch (actie.type) {
    case 'meta': {
      const p = actie.patch;
      const next = { ...model };
      if (p.titel !== undefined) next.titel = clip(p.titel, LIMITS.titel);
      if (p.omschrijving !== undefined) next.omschrijving = clip(p.omschrijving, LIMITS.langeTekst);
      if (p.regio !== undefined) next.regio = clip(p.regio, LIMITS.korteTekst);
      if (p.datum !== undefined) next.datum = DATUM.test(p.datum) ? p.datum : '';
      return next;
    }
    case 'partner-toevoegen': {
      const naam = clip(actie.naam.trim(), LIMITS.naam);
      if (!naam || model.partners.length >= LIMITS.partners || model.partners.some((p) => p.id === actie.id)) return model;
      if (model.partners.some((p) => p.naam.toLowerCase() === naam.toLowerCase())) return model;
      return { ...model, partners: [...model.partners, { id: actie.id, naam }] };
    }
    case 'partner-hernoemen': {
      const naam = clip(actie.naam.trim(), LIMITS.naam);
      if (!naam) return model;
      return { ...model, partners: model.partners.map((p): Partner => (p.id === actie.id ? { ...p, naam } : p)) };
    }
    case 'partner-verwijderen': {
      if (!model.partners.some((p) => p.id === actie.id)) return model;
      return {
        ...model,
        partners: model.partners.filter((p) => p.id !== actie.id),
        stappen: model.stappen.map((s) => {
          const eigenaar = s.eigenaar === actie.id ? null : s.eigenaar;
          const raakt = s.barrieres.some((b) => b.eigenaren.includes(actie.id));
          if (eigenaar === s.eigenaar && !raakt) return s;
          return {
            ...s,
            eigenaar,
            barrieres: raakt ? s.barrieres.map((b) => ({ ...b, eigenaren: b.eigenaren.filter((e) => e !== actie.id) })) : s.barrieres,
          };
        }),
      };
    }
    case 'stap-toevoegen': {
      if (model.stappen.length >= LIMITS.stappen || idBestaat(model, actie.id)) return model;
      const stappen = model.stappen.slice();
      stappen.splice(clampIndex(actie.index, stappen.length), 0, nieuweStap(actie.id, actie.naam || `Stap ${stappen.length + 1}`));
      return { ...model, stappen };
    }
    case 'stap-wijzigen':
      return mapStap(model, actie.id, (s) => {
        const p = actie.patch;
        const next = { ...s };
        if (p.naam !== undefined) next.naam = clip(p.naam, LIMITS.naam);
        if (p.omschrijving !== undefined) next.omschrijving = clip(p.omschrijving, LIMITS.langeTekst);
        if (p.fase !== undefined) next.fase = p.fase;
        if (p.eigenaar !== undefined) {
          next.eigenaar = p.eigenaar !== null && model.partners.some((x) => x.id === p.eigenaar) ? p.eigenaar : null;
        }
        return next;
      });
    case 'stap-verwijderen':
      if (!model.stappen.some((s) => s.id === actie.id)) return model;
      return { ...model, stappen: model.stappen.filter((s) => s.id !== actie.id) };
    case 'stap-verplaatsen': {
      const from = model.stappen.findIndex((s) => s.id === actie.id);
      if (from < 0) return model;
      const to = Math.max(0, Math.min(model.stappen.length - 1, Math.trunc(actie.naar)));
      if (to === from || !Number.isFinite(to)) return model;
      return { ...model, stappen: move(model.stappen, from, to) };
    }
    case 'item-toevoegen': {
      if (idBestaat(model, actie.id)) return model;
      return mapStap(model, actie.stapId, (s) => {
        const list = s[actie.onderdeel] as Item[];
        if (list.length >= LIMITS.itemsPerOnderdeel || !actie.tekst.trim()) return s;
        const copy = list.slice();
        copy.splice(clampIndex(actie.index, copy.length), 0, nieuwItem(actie.onderdeel, actie.id, actie.tekst));
        return setList(s, actie.onderdeel, copy);
      });
    }
    case 'item-wijzigen': {
      const partnerIds = new Set(model.partners.map((p) => p.id));
      return mapStap(model, actie.stapId, (s) => {
        const list = s[actie.onderdeel] as Item[];
        const i = list.findIndex((x) => x.id === actie.id);
        if (i < 0) return s;
        if (actie.patch.tekst !== undefined && !actie.patch.tekst.trim()) return s;
        const copy = list.slice();
        copy[i] = patchItem(list[i] as Item, actie.onderdeel, actie.patch, partnerIds);
        return setList(s, actie.onderdeel, copy);
      });
    }
    case 'item-verwijderen':
      return mapStap(model, actie.stapId, (s) => {
        const list = s[actie.onderdeel] as Item[];
        if (!list.some((x) => x.id === actie.id)) return s;
        return setList(s, actie.onderdeel, list.filter((x) => x.id !== actie.id));
      });
    case 'item-verplaatsen':
      return mapStap(model, actie.stapId, (s) => {
        const list = s[actie.onderdeel] as Item[];
        const from = list.findIndex((x) => x.id === actie.id);
        if (from < 0) return s;
        const to = Math.max(0, Math.min(list.length - 1, Math.trunc(actie.naar)));
        if (to === from || !Number.isFinite(to)) return s;
        return setList(s, actie.onderdeel, move(list, from, to));
      });
    case 'item-naar-stap': {
      if (actie.stapId === actie.naarStapId) return model;
      const bron = model.stappen.find((s) => s.id === actie.stapId);
      const doel = model.stappen.find((s) => s.id === actie.naarStapId);
      const item = (bron?.[actie.onderdeel] as Item[] | undefined)?.find((x) => x.id === actie.id);
      if (!bron || !doel || !item || (doel[actie.onderdeel] as Item[]).length >= LIMITS.itemsPerOnderdeel) return model;
      const zonder = mapStap(model, bron.id, (s) => setList(s, actie.onderdeel, (s[actie.onderdeel] as Item[]).filter((x) => x.id !== item.id)));
      return mapStap(zonder, doel.id, (s) => setList(s, actie.onderdeel, [...(s[actie.onderdeel] as Item[]), item]));
    }
    case 'stem':
      return mapStap(model, actie.stapId, (s) => {
        const i = s.barrieres.findIndex((b) => b.id === actie.id);
        if (i < 0) return s;
        const b = s.barrieres[i] as Barriere;
        const budget = stembudget(model);
        if (actie.delta > 0 && budget.over !== null && budget.over <= 0) return s;
        const stemmen = Math.max(0, Math.min(LIMITS.stemmen, b.stemmen + actie.delta));
        if (stemmen === b.stemmen) return s;
        const barrieres = s.barrieres.slice();
        barrieres[i] = { ...b, stemmen };
        return { ...s, barrieres };
      });
    case 'stemmen-wissen':
      if (!model.stappen.some((s) => s.barrieres.some((b) => b.stemmen > 0))) return model;
      return {
        ...model,
        stappen: model.stappen.map((s) =>
          s.barrieres.some((b) => b.stemmen > 0) ? { ...s, barrieres: s.barrieres.map((b) => ({ ...b, stemmen: 0 })) } : s,
        ),
      };
    case 'stemming': {
      const p = actie.patch;
      const oud = model.stemming;
      const next = {
        deelnemers: p.deelnemers === undefined ? oud.deelnemers : geheel(p.deelnemers, 0, LIMITS.deelnemers),
        stippen: p.stippen === undefined ? oud.stippen : geheel(p.stippen, 1, LIMITS.stippen),
        regel: p.regel !== undefined && (RANGSCHIKREGELS as readonly string[]).includes(p.regel) ? p.regel : oud.regel,
      };
      if (next.deelnemers === oud.deelnemers && next.stippen === oud.stippen && next.regel === oud.regel) return model;
      return { ...model, stemming: next };
    }
    case 'vervangen':
      return actie.model;
  }
}

export type { Barriere, Faciliteerder, Fase, Item, Model, Stap };
