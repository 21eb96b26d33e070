/**
 * Merging two models (sub-groups on several laptops). Pure: the result is a new model plus the
 * conflicts the facilitator must choose on; nothing is decided silently.
 * - Partners are matched by name (case and spaces do not matter); new partners are added.
 * - Steps are matched by id (copies of one model), then by name; new steps are added at the end.
 * - Items are matched per step and component by id, then by text; new items are added.
 * - A field that differs in a matched step or item (or the model's title, description, region,
 *   date) becomes a conflict. The merged model keeps "ons" (this model) until the user chooses.
 * The merge is one undoable step in the view ({ type: 'vervangen' }).
 */
import { LIMITS } from './limits.ts';
import { BEWUSTHEID_LABEL, FASE_LABEL, ONDERDEEL_ENKELVOUD, SOORT_LABEL, STATUS_LABEL } from './labels.ts';
import { reduce, type Actie, type ItemPatch, type MetaPatch, type StapPatch } from './reducer.ts';
import type { MaakId } from './templates.ts';
import { ONDERDELEN, type AnyItem, type Barriere, type Fase, type Item, type Model, type Onderdeel, type Stap } from './types.ts';

export const normaliseer = (t: string) => t.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');

export type ConflictDoel =
  | { soort: 'meta'; veld: keyof MetaPatch }
  | { soort: 'stap'; stapId: string; veld: keyof StapPatch }
  | { soort: 'item'; stapId: string; onderdeel: Onderdeel; itemId: string; veld: keyof ItemPatch };

export interface Conflict {
  id: string;
  /** Where, in words: 'Stap 2 "Verblijf", barrière "Nachtregister"'. */
  waar: string;
  /** The field, in words: 'impact'. */
  veld: string;
  onsTekst: string;
  hunTekst: string;
  doel: ConflictDoel;
  /** The other model's value (partner ids already mapped to this model). */
  hun: unknown;
}

export interface Verslag {
  partners: number;
  stappen: number;
  items: number;
  /** Steps or items that did not fit within the limits. */
  nietToegevoegd: number;
}

export interface Samenvoeging {
  model: Model;
  conflicten: Conflict[];
  verslag: Verslag;
}

const ITEM_VELDEN: Record<Onderdeel, (keyof ItemPatch)[]> = {
  gelegenheden: ['tekst', 'notitie'],
  signalen: ['tekst', 'notitie'],
  faciliteerders: ['tekst', 'notitie', 'bewustheid'],
  barrieres: ['tekst', 'notitie', 'eigenaren', 'soort', 'instrument', 'impact', 'haalbaarheid', 'status', 'deadline', 'waterbed', 'stemmen'],
};

const VELD_LABEL: Record<string, string> = {
  titel: 'titel', omschrijving: 'omschrijving', regio: 'regio', datum: 'datum', naam: 'naam', fase: 'fase', eigenaar: 'eigenaar',
  tekst: 'tekst', notitie: 'notitie', bewustheid: 'bewust of onbewust', eigenaren: 'eigenaren', soort: 'soort',
  instrument: 'instrument', impact: 'impact', haalbaarheid: 'haalbaarheid', status: 'status', deadline: 'deadline',
  waterbed: 'verwacht waterbedeffect', stemmen: 'stemmen',
};

const gelijk = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000') : a === b;

function alleIds(model: Model): Set<string> {
  const ids = new Set<string>([model.id, ...model.partners.map((p) => p.id)]);
  for (const s of model.stappen) {
    ids.add(s.id);
    for (const o of ONDERDELEN) for (const i of s[o]) ids.add(i.id);
  }
  return ids;
}

/** Returns `id` when it is still free, otherwise a fresh id; either way the id is then taken. */
function vrijeId(id: string, bezet: Set<string>, maakId: MaakId): string {
  let nieuw = id;
  while (bezet.has(nieuw)) nieuw = maakId();
  bezet.add(nieuw);
  return nieuw;
}

export function voegSamen(ons: Model, hun: Model, maakId: MaakId): Samenvoeging {
  const bezet = alleIds(ons);
  const verslag: Verslag = { partners: 0, stappen: 0, items: 0, nietToegevoegd: 0 };
  const conflicten: Conflict[] = [];
  const partners = ons.partners.slice();
  const partnerNaam = (id: string | null) => partners.find((p) => p.id === id)?.naam ?? '';

  // Partners by name.
  const partnerMap = new Map<string, string>();
  for (const p of hun.partners) {
    const gevonden = partners.find((x) => normaliseer(x.naam) === normaliseer(p.naam));
    if (gevonden) partnerMap.set(p.id, gevonden.id);
    else if (partners.length < LIMITS.partners) {
      const id = vrijeId(p.id, bezet, maakId);
      partners.push({ id, naam: p.naam });
      partnerMap.set(p.id, id);
      verslag.partners++;
    }
  }
  const mapPartner = (id: string | null) => (id === null ? null : (partnerMap.get(id) ?? null));
  const mapEigenaren = (ids: string[]) => ids.map((e) => partnerMap.get(e)).filter((e): e is string => e !== undefined);

  const tekstVan = (veld: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '(leeg)';
    if (veld === 'eigenaren') return (v as string[]).map(partnerNaam).join(', ') || '(geen)';
    if (veld === 'eigenaar') return partnerNaam(v as string) || '(geen)';
    if (veld === 'fase') return FASE_LABEL[v as Fase];
    if (veld === 'bewustheid') return BEWUSTHEID_LABEL[v as keyof typeof BEWUSTHEID_LABEL];
    if (veld === 'soort') return SOORT_LABEL[v as keyof typeof SOORT_LABEL];
    if (veld === 'status') return STATUS_LABEL[v as keyof typeof STATUS_LABEL];
    return String(v);
  };
  const conflict = (waar: string, veld: string, onsW: unknown, hunW: unknown, doel: ConflictDoel) => {
    if (gelijk(onsW, hunW)) return;
    conflicten.push({
      id: `c${conflicten.length + 1}`, waar, veld: VELD_LABEL[veld] ?? veld,
      onsTekst: tekstVan(veld, onsW), hunTekst: tekstVan(veld, hunW), doel, hun: hunW,
    });
  };

  // Model data: an empty field takes the other's value; two different values are a conflict.
  const meta: MetaPatch = {};
  for (const veld of ['titel', 'omschrijving', 'regio', 'datum'] as const) {
    if (!ons[veld].trim() && hun[veld].trim()) meta[veld] = hun[veld];
    else if (hun[veld].trim()) conflict('Het model', veld, ons[veld], hun[veld], { soort: 'meta', veld });
  }

  const stappen: Stap[] = ons.stappen.slice();
  for (const hs of hun.stappen) {
    const i = stappen.findIndex((s) => s.id === hs.id) >= 0
      ? stappen.findIndex((s) => s.id === hs.id)
      : stappen.findIndex((s) => normaliseer(s.naam) === normaliseer(hs.naam));
    const hunEigenaar = mapPartner(hs.eigenaar);
    if (i < 0) {
      if (stappen.length >= LIMITS.stappen) {
        verslag.nietToegevoegd++;
        continue;
      }
      const stap: Stap = { ...hs, id: vrijeId(hs.id, bezet, maakId), eigenaar: hunEigenaar, gelegenheden: [], signalen: [], faciliteerders: [], barrieres: [] };
      for (const o of ONDERDELEN) {
        (stap as unknown as Record<Onderdeel, AnyItem[]>)[o] = hs[o].map((it) => nieuwItemVan(it, o, bezet, maakId, mapEigenaren));
      }
      stappen.push(stap);
      verslag.stappen++;
      continue;
    }
    let os = stappen[i] as Stap;
    const waarStap = `Stap ${i + 1} "${os.naam}"`;
    conflict(waarStap, 'naam', os.naam, hs.naam, { soort: 'stap', stapId: os.id, veld: 'naam' });
    const stapPatch: StapPatch = {};
    if (!os.omschrijving.trim() && hs.omschrijving.trim()) stapPatch.omschrijving = hs.omschrijving;
    else if (hs.omschrijving.trim()) conflict(waarStap, 'omschrijving', os.omschrijving, hs.omschrijving, { soort: 'stap', stapId: os.id, veld: 'omschrijving' });
    if (os.fase === null && hs.fase !== null) stapPatch.fase = hs.fase;
    else if (hs.fase !== null) conflict(waarStap, 'fase', os.fase, hs.fase, { soort: 'stap', stapId: os.id, veld: 'fase' });
    if (os.eigenaar === null && hunEigenaar !== null) stapPatch.eigenaar = hunEigenaar;
    else if (hunEigenaar !== null) conflict(waarStap, 'eigenaar', os.eigenaar, hunEigenaar, { soort: 'stap', stapId: os.id, veld: 'eigenaar' });
    os = { ...os, ...stapPatch };

    for (const o of ONDERDELEN) {
      const lijst = (os[o] as AnyItem[]).slice();
      for (const hi of hs[o] as AnyItem[]) {
        const j = lijst.findIndex((x) => x.id === hi.id) >= 0
          ? lijst.findIndex((x) => x.id === hi.id)
          : lijst.findIndex((x) => normaliseer(x.tekst) === normaliseer(hi.tekst));
        if (j < 0) {
          if (lijst.length >= LIMITS.itemsPerOnderdeel) {
            verslag.nietToegevoegd++;
            continue;
          }
          lijst.push(nieuwItemVan(hi, o, bezet, maakId, mapEigenaren));
          verslag.items++;
          continue;
        }
        const oi = lijst[j] as AnyItem;
        const waar = `${waarStap}, ${ONDERDEEL_ENKELVOUD[o]} "${kort(oi.tekst)}"`;
        const samengevoegd: Record<string, unknown> = { ...oi };
        for (const veld of ITEM_VELDEN[o]) {
          const ow = (oi as unknown as Record<string, unknown>)[veld];
          const hw = veld === 'eigenaren' ? mapEigenaren((hi as Barriere).eigenaren) : (hi as unknown as Record<string, unknown>)[veld];
          if (isLeeg(veld, hw)) continue;
          if (isLeeg(veld, ow)) samengevoegd[veld] = hw;
          else conflict(waar, veld, ow, hw, { soort: 'item', stapId: os.id, onderdeel: o, itemId: oi.id, veld });
        }
        lijst[j] = samengevoegd as unknown as AnyItem;
      }
      os = { ...os, [o]: lijst } as Stap;
    }
    stappen[i] = os;
  }

  const model: Model = {
    ...ons,
    ...meta,
    partners,
    stappen,
    bijdragen: [...new Set([...ons.bijdragen, ...hun.bijdragen])].slice(-LIMITS.bijdragen),
  };
  return { model, conflicten, verslag };
}

/** Empty or still at its starting value: then the other model's value is simply taken. */
const STANDAARD: Record<string, unknown> = { stemmen: 0, bewustheid: 'onbekend', soort: 'anders', status: 'idee' };
const isLeeg = (veld: string, v: unknown) =>
  v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0) || STANDAARD[veld] === v;

const kort = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);

function nieuwItemVan(it: AnyItem, o: Onderdeel, bezet: Set<string>, maakId: MaakId, mapEigenaren: (ids: string[]) => string[]): AnyItem {
  const id = vrijeId(it.id, bezet, maakId);
  if (o === 'barrieres') return { ...(it as Barriere), id, eigenaren: mapEigenaren((it as Barriere).eigenaren) };
  return { ...(it as Item), id };
}

export type Keuze = 'ons' | 'hun';

/** The merged model with the chosen values; a conflict without a choice keeps "ons". */
export function pasKeuzesToe(s: Samenvoeging, keuzes: Readonly<Record<string, Keuze>>): Model {
  let model = s.model;
  for (const c of s.conflicten) {
    if (keuzes[c.id] !== 'hun') continue;
    model = reduce(model, actieVoor(c));
  }
  return model;
}

function actieVoor(c: Conflict): Actie {
  const d = c.doel;
  if (d.soort === 'meta') return { type: 'meta', patch: { [d.veld]: c.hun } as MetaPatch };
  if (d.soort === 'stap') return { type: 'stap-wijzigen', id: d.stapId, patch: { [d.veld]: c.hun } as StapPatch };
  return { type: 'item-wijzigen', stapId: d.stapId, onderdeel: d.onderdeel, id: d.itemId, patch: { [d.veld]: c.hun } as ItemPatch };
}

/** One line for the screen after a merge. */
export function verslagTekst(v: Verslag, conflicten: number): string {
  const delen = [
    `${v.stappen} ${v.stappen === 1 ? 'stap' : 'stappen'}`,
    `${v.items} ${v.items === 1 ? 'onderdeel' : 'onderdelen'}`,
    `${v.partners} ${v.partners === 1 ? 'partner' : 'partners'}`,
  ];
  let t = `Toegevoegd: ${delen.join(', ')}.`;
  if (v.nietToegevoegd > 0) t += ` ${v.nietToegevoegd} niet toegevoegd, omdat het model dan te groot wordt.`;
  if (conflicten > 0) t += ` ${conflicten} ${conflicten === 1 ? 'verschil vraagt' : 'verschillen vragen'} om uw keuze.`;
  return t;
}
