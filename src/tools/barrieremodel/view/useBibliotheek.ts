/**
 * The list of models on this device and what can be done with a model that is not open: create,
 * copy, rename, delete. Every action returns a Result; the caller shows failures, nothing is swallowed.
 */
import { useEffect, useState } from 'preact/hooks';
import { fail, ok, type Result } from '../../../instrument/result.ts';
import type { Opened } from '../../../instrument/files/definition.ts';
import { dupliceer, hernoem, metNieuwModel, randomId, type IndexRegel, type Model } from '../domain/index.ts';
import { alsRegels, modelSleutel, type Opslag } from './opslag.ts';

const WEG = 'Dit model staat niet (meer) op dit apparaat. Misschien is het in een ander tabblad verwijderd.';

export function useBibliotheek(opslag: Opslag) {
  const [regels, setRegels] = useState<IndexRegel[]>([]);
  const [fout, setFout] = useState<string | null>(null);
  const ververs = () => {
    const l = opslag.lib.list();
    if (l.ok) {
      setRegels(alsRegels(l.value));
      setFout(null);
    } else setFout(l.message);
  };
  useEffect(() => {
    ververs();
    // Another tab added, changed or removed a model: show the list as it is now.
    const opWijziging = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith(modelSleutel(''))) ververs();
    };
    addEventListener('storage', opWijziging);
    return () => removeEventListener('storage', opWijziging);
  }, [opslag]);

  async function lees(id: string): Promise<Result<Opened<Model>>> {
    const r = await opslag.lib.open(id).load();
    if (!r.ok) return r;
    if (r.value.kind === 'loaded') return ok(r.value.doc);
    if (r.value.kind === 'locked') return fail('Dit model is beveiligd met een wachtwoordzin. Open het en ontgrendel het eerst.', 'locked');
    return fail(r.value.kind === 'unreadable' ? r.value.message : WEG);
  }

  /** Stores a new model under a new id: the stored model (with that id) and when, or why it failed. The list shows it after `toon`. */
  async function bewaar(m: Model): Promise<Result<{ model: Model; savedAt: string }>> {
    const id = opslag.lib.newId();
    if (!id.ok) return id;
    const model = { ...m, id: id.value };
    const r = await opslag.lib.open(id.value).save(model, 0);
    if (!r.ok) {
      ververs();
      return r;
    }
    return ok({ model, savedAt: r.value.savedAt });
  }

  /** Adds a stored model to the list, without reading every stored model again. */
  const toon = (model: Model, savedAt: string) => setRegels((nu) => metNieuwModel(nu, model, savedAt));

  /** Stores a new model under a new id and shows it in the list; the stored model (with that id) or why it failed. */
  async function bewaarNieuw(m: Model): Promise<Result<Model>> {
    const r = await bewaar(m);
    if (!r.ok) return r;
    toon(r.value.model, r.value.savedAt);
    return ok(r.value.model);
  }

  return {
    regels,
    fout,
    ververs,
    lees,
    bewaar,
    toon,
    bewaarNieuw,
    /** A new id without storing (when storage is not available the model still opens, unsaved). */
    nieuwId: () => {
      const id = opslag.lib.newId();
      return id.ok ? id.value : randomId();
    },
    async dupliceer(id: string): Promise<Result<Model>> {
      const r = await lees(id);
      return r.ok ? bewaarNieuw(dupliceer(r.value.data, randomId)) : r;
    },
    async hernoem(id: string, titel: string): Promise<Result<void>> {
      const r = await lees(id);
      if (!r.ok) return r;
      const s = await opslag.lib.open(id).save(hernoem(r.value.data, titel), r.value.revision);
      ververs();
      return s.ok ? ok(undefined) : s;
    },
    async verwijder(id: string): Promise<Result<void>> {
      const store = opslag.lib.open(id);
      const r = await store.load();
      if (!r.ok) return r;
      const revisie = r.value.kind === 'loaded' ? r.value.doc.revision : r.value.kind === 'locked' ? r.value.revision : 0;
      const weg = await store.remove(revisie);
      ververs();
      return weg;
    },
  };
}

export type Bibliotheek = ReturnType<typeof useBibliotheek>;
