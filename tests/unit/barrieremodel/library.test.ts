import { describe, expect, it } from 'vitest';
import { dupliceer, hernoem, maakSubmodel, modelDetails, submodellen, type IndexRegel } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein } from './helpers.ts';

let n = 0;
const teller = () => `nieuw${n++}`;

describe('modellen op dit apparaat', () => {
  it('dupliceert met een nieuwe id en hernoemt', () => {
    const d = dupliceer(klein(), teller);
    expect(d.id).not.toBe('m1');
    expect(d.titel).toBe('Testfenomeen (kopie)');
    expect(d.stappen).toEqual(klein().stappen);
    expect(hernoem(d, 'Nieuw').titel).toBe('Nieuw');
  });
  it('maakt een submodel voor een stap, gekoppeld aan het hoofdmodel', () => {
    const m = klein();
    const r = maakSubmodel(m, 's2', teller);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.ouder).toEqual({ modelId: 'm1', stapId: 's2', modelTitel: 'Testfenomeen', stapNaam: 'Verblijf' });
    expect(r.value.partners).toEqual(m.partners);
    expect(r.value.titel).toBe('Submodel: Verblijf');
    expect(modelDetails(r.value)).toEqual({ ouderModelId: 'm1', ouderStapId: 's2' });
    expect(modelDetails(m)).toEqual({});
    const regel = (id: string, d: Record<string, string>): IndexRegel => ({ id, titel: '', gewijzigd: '', ouderModelId: d['ouderModelId'] ?? null, ouderStapId: d['ouderStapId'] ?? null, status: 'ok' });
    const i = [regel(m.id, modelDetails(m)), regel(r.value.id, modelDetails(r.value))];
    expect(submodellen(i, 'm1', 's2').map((x) => x.id)).toEqual([r.value.id]);
    expect(submodellen(i, 'm1', 's1')).toEqual([]);
    expect(maakSubmodel(m, 'weg', teller).ok).toBe(false);
  });
});
