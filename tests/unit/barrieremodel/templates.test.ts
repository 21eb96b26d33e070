import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { onderdeelSchema, sjabloonSchema, uitlegSchema } from '../../../src/tools/barrieremodel/content-schema.ts';
import { modelUitSjabloon, ONDERDELEN, valideerModel, type Sjabloon } from '../../../src/tools/barrieremodel/domain/index.ts';

const yaml = (name: string) => parse(readFileSync(new URL(`../../../content/instrumenten/barrieremodel/${name}`, import.meta.url), 'utf8')) as unknown[];
let n = 0;
const teller = () => `id${n++}`;

describe('teksten en sjablonen', () => {
  const sjablonen = yaml('sjablonen.yaml').map((s) => sjabloonSchema.parse(s) as Sjabloon);
  it('voldoen aan hun schema', () => {
    expect(sjablonen.map((s) => s.id).slice(0, 2)).toEqual(['leeg', 'moba']);
    const onderdelen = yaml('onderdelen.yaml').map((o) => onderdeelSchema.parse(o));
    expect(onderdelen.map((o) => o.id)).toEqual([...ONDERDELEN]);
    expect(yaml('uitleg.yaml').map((u) => uitlegSchema.parse(u).id)).toContain('waterbedeffect');
  });
  it('het lege sjabloon heeft voor, tijdens en na als geraamte', () => {
    const m = modelUitSjabloon(sjablonen[0]!, teller);
    expect(m.stappen.map((s) => s.fase)).toEqual(['voor', 'tijdens', 'na']);
    expect(m.stappen.every((s) => ONDERDELEN.every((o) => s[o].length === 0))).toBe(true);
    expect(valideerModel(m).ok).toBe(true);
  });
  it('het MOBA-sjabloon heeft de zeven stappen en de voorbeelden uit de bron', () => {
    const sj = sjablonen[1]!;
    expect(sj.bron?.bron).toBe('ondermijning-in-de-wijk');
    const m = modelUitSjabloon(sj, teller);
    expect(m.stappen.map((s) => s.naam)).toEqual(['Inreis', 'Verblijf', 'Gebruik van infrastructuur', 'Delictpleging', 'Opslag', 'Vervoer', 'Gebruik van de opbrengst']);
    const alle = (o: (typeof ONDERDELEN)[number]) => m.stappen.flatMap((s) => s[o]);
    expect(alle('gelegenheden')).toHaveLength(2);
    expect(alle('signalen')).toHaveLength(2);
    expect(m.stappen.flatMap((s) => s.faciliteerders).map((f) => f.bewustheid).sort()).toEqual(['bewust', 'onbekend', 'onbewust']);
    expect(alle('barrieres').length).toBeGreaterThanOrEqual(2);
    expect(m.stappen.flatMap((s) => s.barrieres).every((b) => b.impact === null && b.stemmen === 0)).toBe(true);
    expect(valideerModel(m)).toEqual({ ok: true, value: m });
    expect(new Set([m.id, ...m.stappen.map((s) => s.id)]).size).toBe(8);
  });
});
