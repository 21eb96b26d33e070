import { describe, expect, it } from 'vitest';
import { deelGelijk } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein } from './helpers.ts';

describe('deelGelijk: gelijke delen houden hun object', () => {
  it('een gelijk model, opnieuw gemaakt (zoals na laden): het oude object komt terug', () => {
    const oud = klein();
    const nieuw = JSON.parse(JSON.stringify(oud));
    expect(deelGelijk(oud, nieuw)).toBe(oud);
  });

  it('één gewijzigde tekst: alleen dat pad is nieuw, de rest is het oude object', () => {
    const oud = klein();
    const nieuw = JSON.parse(JSON.stringify(oud));
    nieuw.stappen[1].barrieres[1].tekst = 'Digitaal nachtregister';
    const uit = deelGelijk(oud, nieuw);
    expect(uit).toEqual(nieuw);
    expect(uit).not.toBe(oud);
    expect(uit.stappen[0]).toBe(oud.stappen[0]);
    expect(uit.stappen[2]).toBe(oud.stappen[2]);
    expect(uit.partners).toBe(oud.partners);
    expect(uit.stappen[1]).not.toBe(oud.stappen[1]);
    expect(uit.stappen[1]!.faciliteerders).toBe(oud.stappen[1]!.faciliteerders);
    expect(uit.stappen[1]!.barrieres).not.toBe(oud.stappen[1]!.barrieres);
    expect(uit.stappen[1]!.barrieres[0]).toBe(oud.stappen[1]!.barrieres[0]);
    expect(uit.stappen[1]!.barrieres[1]!.tekst).toBe('Digitaal nachtregister');
  });

  it('langere of kortere lijsten, weggehaalde en nieuwe velden: de uitkomst is gelijk aan het nieuwe', () => {
    const oud = { a: [1, 2, 3], b: { x: 1, y: 2 }, c: null as null | { z: number } };
    const nieuw = { a: [1, 2], b: { x: 1 } as { x: number; y?: number }, c: { z: 1 } };
    const uit = deelGelijk<typeof oud | typeof nieuw>(oud, nieuw);
    expect(uit).toEqual({ a: [1, 2], b: { x: 1 }, c: { z: 1 } });
    expect(deelGelijk({ a: [1] }, { a: [1, 2] })).toEqual({ a: [1, 2] });
    expect(deelGelijk({ a: 1 }, { a: 1, b: 2 } as { a: number })).toEqual({ a: 1, b: 2 });
    expect(deelGelijk([{ a: 1 }], { 0: { a: 1 } } as unknown as { a: number }[])).toEqual({ 0: { a: 1 } });
  });

  it('een sleutel "__proto__" in de data blijft een gewone sleutel', () => {
    const nieuw = JSON.parse('{"a":{"__proto__":{"vervuild":true}}}');
    const uit = deelGelijk({ a: {} }, nieuw) as { a: Record<string, unknown> };
    expect(Object.keys(uit.a)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['vervuild']).toBeUndefined();
    expect(Object.getPrototypeOf(uit.a)).toBe(Object.prototype);
  });
});
