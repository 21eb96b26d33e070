/**
 * Several models on one device: an index (titles, dates, sub-model links) plus each model under its
 * own storage key. Pure operations over the index and models; storage lives in the view layer.
 */
import { fail, ok, type Result } from '../../../lib/result.ts';
import { LIMITS } from './limits.ts';
import type { Model } from './types.ts';
import type { MaakId } from './templates.ts';

export interface IndexRegel {
  id: string;
  titel: string;
  /** ISO time of the last change. */
  gewijzigd: string;
  ouderModelId: string | null;
  ouderStapId: string | null;
}

export interface Index {
  versie: 1;
  modellen: IndexRegel[];
}

export const LEGE_INDEX: Index = { versie: 1, modellen: [] };
export const MAX_MODELLEN = 100;

export function indexRegel(model: Model, now: Date): IndexRegel {
  return {
    id: model.id,
    titel: model.titel,
    gewijzigd: now.toISOString(),
    ouderModelId: model.ouder?.modelId ?? null,
    ouderStapId: model.ouder?.stapId ?? null,
  };
}

/** Adds or updates the entry of a model; the most recently changed model comes first. */
export function bijwerken(index: Index, model: Model, now: Date): Index {
  const regel = indexRegel(model, now);
  return { versie: 1, modellen: [regel, ...index.modellen.filter((m) => m.id !== model.id)] };
}

export function verwijderen(index: Index, id: string): Index {
  return { versie: 1, modellen: index.modellen.filter((m) => m.id !== id) };
}

export function submodellen(index: Index, modelId: string, stapId?: string): IndexRegel[] {
  return index.modellen.filter((m) => m.ouderModelId === modelId && (stapId === undefined || m.ouderStapId === stapId));
}

export function kanToevoegen(index: Index): Result<void> {
  return index.modellen.length >= MAX_MODELLEN
    ? fail(`Er staan al ${MAX_MODELLEN} modellen op dit apparaat. Verwijder eerst een model dat u niet meer nodig hebt.`)
    : ok(undefined);
}

export function dupliceer(model: Model, maakId: MaakId): Model {
  return { ...model, id: maakId(), titel: `${model.titel || 'Naamloos model'} (kopie)`.slice(0, LIMITS.titel) };
}

export function hernoem(model: Model, titel: string): Model {
  return { ...model, titel: titel.slice(0, LIMITS.titel) };
}

/** A sub-model for one step: same partners, linked to the parent step, one empty step to start. */
export function maakSubmodel(ouder: Model, stapId: string, maakId: MaakId): Result<Model> {
  const stap = ouder.stappen.find((s) => s.id === stapId);
  if (!stap) return fail('Deze stap bestaat niet meer.');
  return ok({
    id: maakId(),
    titel: `Submodel: ${stap.naam}`.slice(0, LIMITS.titel),
    omschrijving: '',
    regio: ouder.regio,
    datum: '',
    partners: ouder.partners.map((p) => ({ ...p })),
    ouder: { modelId: ouder.id, stapId: stap.id, modelTitel: ouder.titel, stapNaam: stap.naam },
    stemming: ouder.stemming,
    bijdragen: [],
    stappen: [
      { id: maakId(), naam: 'Stap 1', omschrijving: '', fase: null, eigenaar: null, gelegenheden: [], signalen: [], faciliteerders: [], barrieres: [] },
    ],
  });
}

/** Reads a stored index defensively; bad entries are dropped. */
export function leesIndex(raw: unknown): Result<Index> {
  if (typeof raw !== 'object' || raw === null || (raw as Index).versie !== 1 || !Array.isArray((raw as Index).modellen)) {
    return fail('de lijst met modellen heeft een onbekende vorm.');
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const modellen = (raw as { modellen: unknown[] }).modellen.flatMap((m): IndexRegel[] => {
    if (typeof m !== 'object' || m === null) return [];
    const r = m as Record<string, unknown>;
    const id = str(r['id']);
    if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return [];
    return [{
      id,
      titel: (str(r['titel']) ?? '').slice(0, LIMITS.titel),
      gewijzigd: str(r['gewijzigd']) ?? '',
      ouderModelId: str(r['ouderModelId']),
      ouderStapId: str(r['ouderStapId']),
    }];
  });
  return ok({ versie: 1, modellen: modellen.slice(0, MAX_MODELLEN) });
}
