/** Device storage of the model library: an index plus one entry per model (as a versioned envelope). */
import { browserStorage, createDeviceStore, type KeyValueStorage } from '../../../lib/device-storage.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { LEGE_INDEX, leesEnvelope, leesIndex, naarEnvelope, type Index, type Model } from '../domain/index.ts';

const PREFIX = 'veiligwijzer:barrieremodel:';

export function maakOpslag(storage: KeyValueStorage | null = browserStorage()) {
  const indexStore = createDeviceStore<Index>({ key: `${PREFIX}index`, storage, revive: leesIndex });
  const modelStore = (id: string) =>
    createDeviceStore<unknown>({ key: `${PREFIX}model:${id}`, storage, revive: (raw) => ok(raw) });
  return {
    beschikbaar: indexStore.available,
    leesIndex(): Result<Index> {
      const r = indexStore.load();
      return r.ok ? ok(r.value ?? LEGE_INDEX) : r;
    },
    bewaarIndex: (index: Index) => indexStore.save(index),
    leesModel(id: string): Result<Model> {
      const r = modelStore(id).load();
      if (!r.ok) return r;
      if (r.value === null) return fail('Dit model staat niet (meer) op dit apparaat.');
      const m = leesEnvelope(r.value);
      return m.ok ? ok({ ...m.value, id }) : m;
    },
    bewaarModel: (model: Model) => modelStore(model.id).save(naarEnvelope(model)),
    verwijderModel: (id: string) => modelStore(id).clear(),
    /** For a participant's copy: the model as shared, to compute the contribution against. */
    bewaarBasis: (kopieId: string, basis: Model) => modelStore(`basis-${kopieId}`).save(naarEnvelope(basis)),
    leesBasis(kopieId: string): Model | null {
      const r = modelStore(`basis-${kopieId}`).load();
      if (!r.ok || r.value === null) return null;
      const m = leesEnvelope(r.value);
      return m.ok ? m.value : null;
    },
  };
}

export type Opslag = ReturnType<typeof maakOpslag>;
