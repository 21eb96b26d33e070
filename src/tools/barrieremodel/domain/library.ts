/**
 * Several models on one device: pure operations on models for the list (copy, rename, sub-model).
 * Storage is the shared layer's library (no separate index that could break).
 */
import { fail, ok, type Result } from '../../../instrument/result.ts';
import { LIMITS } from './limits.ts';
import type { Model } from './types.ts';
import type { MaakId } from './templates.ts';

/** One model in the list "Uw modellen op dit apparaat" (read from device storage by src/instrument/storage/library.ts). */
export interface IndexRegel {
  id: string;
  titel: string;
  /** ISO time of the last save ('' when unknown). */
  gewijzigd: string;
  ouderModelId: string | null;
  ouderStapId: string | null;
  /** 'onleesbaar': kept aside as it is, never overwritten; 'beveiligd': protected with a passphrase. */
  status: 'ok' | 'onleesbaar' | 'beveiligd';
  melding?: string;
}

export const MAX_MODELLEN = 100;

/** What the list needs to know of a model besides its title (stored per entry by the library). */
export function modelDetails(model: Model): Record<string, string> {
  return model.ouder ? { ouderModelId: model.ouder.modelId, ouderStapId: model.ouder.stapId } : {};
}

/**
 * The list after one model was stored, without reading every stored model again (a model of 2,000 items
 * took longer to read than to store): the entry of `model` replaces the one with its id, in the
 * library's order (last saved first, then by id).
 */
export function metNieuwModel(regels: readonly IndexRegel[], model: Model, gewijzigd: string): IndexRegel[] {
  const d = modelDetails(model);
  const regel: IndexRegel = { id: model.id, titel: model.titel, gewijzigd, ouderModelId: d['ouderModelId'] ?? null, ouderStapId: d['ouderStapId'] ?? null, status: 'ok' };
  return [...regels.filter((r) => r.id !== model.id), regel].sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd) || a.id.localeCompare(b.id));
}

export function submodellen(regels: readonly IndexRegel[], modelId: string, stapId?: string): IndexRegel[] {
  return regels.filter((m) => m.ouderModelId === modelId && (stapId === undefined || m.ouderStapId === stapId));
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
