import { describe, expect, it } from 'vitest';
import { dupliceer, hernoem, maakSubmodel, metNieuwModel, modelDetails, submodellen, type IndexRegel } from '../../../src/tools/barrieremodel/domain/index.ts';
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
  it('zet een net bewaard model in de lijst zonder alles opnieuw te lezen: vervangt het oude, nieuwste eerst', () => {
    const oud: IndexRegel[] = [
      { id: 'b', titel: 'Ouder model', gewijzigd: '2026-01-02T10:00:00.000Z', ouderModelId: null, ouderStapId: null, status: 'ok' },
      { id: 'm1', titel: 'Oude titel', gewijzigd: '2026-01-01T10:00:00.000Z', ouderModelId: null, ouderStapId: null, status: 'onleesbaar', melding: 'kapot' },
      { id: 'a', titel: 'Nog ouder', gewijzigd: '2025-12-01T10:00:00.000Z', ouderModelId: null, ouderStapId: null, status: 'ok' },
    ];
    const sub = maakSubmodel(klein(), 's1', () => 'sub1');
    if (!sub.ok) throw new Error(sub.message);
    const na = metNieuwModel(metNieuwModel(oud, klein(), '2026-01-03T09:00:00.000Z'), sub.value, '2026-01-03T09:00:00.000Z');
    expect(na).toEqual([
      { id: 'm1', titel: 'Testfenomeen', gewijzigd: '2026-01-03T09:00:00.000Z', ouderModelId: null, ouderStapId: null, status: 'ok' },
      { id: 'sub1', titel: 'Submodel: Inreis', gewijzigd: '2026-01-03T09:00:00.000Z', ouderModelId: 'm1', ouderStapId: 's1', status: 'ok' },
      oud[0],
      oud[2],
    ]);
    expect(oud).toHaveLength(3);
  });
});
