import { describe, expect, it } from 'vitest';
import { bijwerken, dupliceer, hernoem, kanToevoegen, leesIndex, LEGE_INDEX, maakSubmodel, MAX_MODELLEN, submodellen, verwijderen } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein } from './helpers.ts';

const t = new Date('2025-02-01T12:00:00Z');
let n = 0;
const teller = () => `nieuw${n++}`;

describe('modellen op dit apparaat', () => {
  it('zet het laatst gewijzigde model bovenaan en verwijdert modellen', () => {
    const a = klein();
    const b = { ...klein(), id: 'm2', titel: 'Tweede' };
    let i = bijwerken(bijwerken(LEGE_INDEX, a, t), b, t);
    expect(i.modellen.map((m) => m.id)).toEqual(['m2', 'm1']);
    i = bijwerken(i, a, t);
    expect(i.modellen.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(i.modellen[0]?.gewijzigd).toBe(t.toISOString());
    expect(verwijderen(i, 'm1').modellen.map((m) => m.id)).toEqual(['m2']);
  });
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
    const i = bijwerken(bijwerken(LEGE_INDEX, m, t), r.value, t);
    expect(submodellen(i, 'm1', 's2').map((x) => x.id)).toEqual([r.value.id]);
    expect(submodellen(i, 'm1', 's1')).toEqual([]);
    expect(maakSubmodel(m, 'weg', teller).ok).toBe(false);
  });
  it('leest een opgeslagen index voorzichtig', () => {
    expect(leesIndex({ versie: 1, modellen: [{ id: 'a', titel: 'A', gewijzigd: 'x' }, { id: '<x>' }, null, 5] })).toEqual({
      ok: true,
      value: { versie: 1, modellen: [{ id: 'a', titel: 'A', gewijzigd: 'x', ouderModelId: null, ouderStapId: null }] },
    });
    expect(leesIndex({ versie: 2, modellen: [] }).ok).toBe(false);
    expect(leesIndex('x').ok).toBe(false);
  });
  it('houdt een maximum aantal modellen aan', () => {
    const vol = { versie: 1 as const, modellen: Array.from({ length: MAX_MODELLEN }, (_, i) => ({ id: `m${i}`, titel: '', gewijzigd: '', ouderModelId: null, ouderStapId: null })) };
    expect(kanToevoegen(vol).ok).toBe(false);
    expect(kanToevoegen(LEGE_INDEX).ok).toBe(true);
  });
});
