/**
 * Where models live on this device: the shared layer's library (one key per model, no separate index
 * that could break) and, for a participant's copy, the model as it was shared (to compute the contribution).
 */
import { createLibrary, type LibraryEntry } from '../../../instrument/storage/library.ts';
import { createDocumentStore } from '../../../instrument/storage/document-store.ts';
import { browserStorage, type KeyValueStorage } from '../../../instrument/storage/key-value.ts';
import { barrieremodelBestand, MAX_MODELLEN, modelDetails, type IndexRegel } from '../domain/index.ts';

export const MODEL_PREFIX = 'veiligwijzer:barrieremodel:model';
export const BASIS_PREFIX = 'veiligwijzer:barrieremodel:basis';
export const modelSleutel = (id: string) => `${MODEL_PREFIX}:${id}`;

export function maakOpslag(storage: KeyValueStorage | null = browserStorage()) {
  const lib = createLibrary(barrieremodelBestand, { prefix: MODEL_PREFIX, storage, describe: (m) => m.titel, details: modelDetails, max: MAX_MODELLEN });
  return {
    storage,
    lib,
    basis: (kopieId: string) => createDocumentStore(barrieremodelBestand, { key: `${BASIS_PREFIX}:${kopieId}`, storage, events: null }),
  };
}

export type Opslag = ReturnType<typeof maakOpslag>;

const STATUS = { ok: 'ok', unreadable: 'onleesbaar', locked: 'beveiligd' } as const;

/** A library entry as the list shows it. Ids "basis-…" are copies of shared models from an older version of this tool. */
export function alsRegels(entries: readonly LibraryEntry[]): IndexRegel[] {
  return entries
    .filter((e) => !e.id.startsWith('basis-'))
    .map((e) => ({
      id: e.id,
      titel: e.title,
      gewijzigd: e.savedAt,
      ouderModelId: e.details['ouderModelId'] ?? null,
      ouderStapId: e.details['ouderStapId'] ?? null,
      status: STATUS[e.status],
      ...(e.message ? { melding: e.message } : {}),
    }));
}
