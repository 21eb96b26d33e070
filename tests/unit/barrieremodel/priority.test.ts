import { describe, expect, it } from 'vitest';
import {
  actielijst, canRedo, canUndo, filterActies, groepeerPerEigenaar, klasse, overzicht, prioriteit, push, redo, startHistory, undo,
  type Actie,
} from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, run } from './helpers.ts';

const score = (id: string, stapId: string, impact: 1 | 2 | 3 | 4 | 5 | null, haalbaarheid: 1 | 2 | 3 | 4 | 5 | null): Actie => ({
  type: 'item-wijzigen', stapId, onderdeel: 'barrieres', id, patch: { impact, haalbaarheid },
});

describe('prioriteit', () => {
  it('is impact maal haalbaarheid, of null zolang een van beide ontbreekt', () => {
    expect(prioriteit({ impact: 4, haalbaarheid: 5 })).toBe(20);
    expect(prioriteit({ impact: 4, haalbaarheid: null })).toBeNull();
    expect(klasse({ impact: 3, haalbaarheid: 5 })).toBe('hoog');
    expect(klasse({ impact: 2, haalbaarheid: 4 })).toBe('midden');
    expect(klasse({ impact: 1, haalbaarheid: 5 })).toBe('laag');
    expect(klasse({ impact: null, haalbaarheid: 5 })).toBe('onbeoordeeld');
  });
  it('sorteert de actielijst op prioriteit, dan stemmen, dan impact, dan volgorde; onbeoordeeld achteraan', () => {
    const m = run(
      klein(),
      score('b1', 's1', 2, 3), // 6
      score('b2', 's2', 3, 2), // 6, more impact
      score('b3', 's2', 5, 5), // 25
    );
    expect(actielijst(m).map((a) => a.barriere.id)).toEqual(['b3', 'b2', 'b1']);
    const gestemd = run(m, { type: 'stem', stapId: 's1', id: 'b1', delta: 1 });
    expect(actielijst(gestemd).map((a) => [a.barriere.id, a.rang])).toEqual([['b3', 1], ['b1', 2], ['b2', 3]]);
    const deels = run(klein(), score('b3', 's2', 1, 1));
    expect(actielijst(deels).map((a) => a.barriere.id)).toEqual(['b3', 'b1', 'b2']);
    expect(actielijst(deels)[0]?.stapNummer).toBe(2);
  });
  it('filtert op status en soort', () => {
    const m = run(klein(), { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', patch: { status: 'gepland', soort: 'fiscaal' } });
    const lijst = actielijst(m);
    expect(filterActies(lijst, { statussen: ['gepland'] }).map((a) => a.barriere.id)).toEqual(['b2']);
    expect(filterActies(lijst, { soorten: ['anders'] }).map((a) => a.barriere.id)).toEqual(['b1', 'b3']);
    expect(filterActies(lijst, { statussen: ['gepland'], soorten: ['anders'] })).toEqual([]);
    expect(filterActies(lijst, {})).toHaveLength(3);
  });
  it('groepeert per eigenaar; een barrière met twee eigenaren staat bij allebei', () => {
    const m = run(klein(), { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', patch: { eigenaren: ['pol', 'gem'] } });
    const groepen = groepeerPerEigenaar(m, actielijst(m));
    expect(groepen.map((g) => [g.naam, g.acties.map((a) => a.barriere.id)])).toEqual([
      ['Gemeente', ['b2']],
      ['Politie', ['b2']],
      ['Zonder eigenaar', ['b1', 'b3']],
    ]);
  });
  it('geeft een overzicht met aantallen en ontbrekende eigenaren en barrières', () => {
    const m = run(klein(), { type: 'stap-wijzigen', id: 's2', patch: { eigenaar: 'gem' } }, score('b1', 's1', 2, 2), { type: 'stem', stapId: 's1', id: 'b1', delta: 1 });
    const o = overzicht(m);
    expect(o.totaal).toEqual({ gelegenheden: 1, signalen: 1, faciliteerders: 1, barrieres: 3 });
    expect(o.stappen[1]?.aantallen).toEqual({ gelegenheden: 0, signalen: 0, faciliteerders: 1, barrieres: 2 });
    expect(o.stappenZonderBarriere.map((s) => s.stap.id)).toEqual(['s3']);
    expect(o.stappenZonderEigenaar.map((s) => s.stap.id)).toEqual(['s1', 's3']);
    expect(o.barrieresZonderEigenaar).toBe(3);
    expect(o.barrieresOnbeoordeeld).toBe(2);
    expect(o.perStatus.idee).toBe(3);
    expect(o.stemmen).toBe(1);
  });
});

describe('ongedaan maken en opnieuw', () => {
  it('gaat terug en vooruit, en een nieuwe actie wist de toekomst', () => {
    let h = startHistory(1);
    h = push(push(h, 2), 3);
    expect(canUndo(h)).toBe(true);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(true);
    h = push(h, 9);
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });
  it('bewaart een onveranderde waarde niet en onthoudt minstens 50 stappen (standaard 100)', () => {
    let h = startHistory(0);
    expect(push(h, 0)).toBe(h);
    for (let i = 1; i <= 130; i++) h = push(h, i);
    expect(h.past).toHaveLength(100);
    for (let i = 0; i < 100; i++) h = undo(h);
    expect(h.present).toBe(30);
  });
});
