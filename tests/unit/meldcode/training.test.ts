import { describe, expect, it } from 'vitest';
import { score, vergelijkMetModel } from '../../../src/tools/meldcode/domain/training.ts';
import { sectorRegels } from '../../../src/tools/meldcode/domain/teksten.ts';
import { laadTeksten } from './laad-teksten.ts';
import { modelDossier } from './model-dossier.ts';

const t = laadTeksten();

describe('training: comparing with the model path', () => {
  it('the model path itself matches on every point', () => {
    for (const c of t.casussen) {
      const v = vergelijkMetModel(modelDossier(c.id), sectorRegels(t, c.sector), c.model);
      expect(v.filter((x) => !x.gelijk), c.id).toEqual([]);
      expect(score(v).gelijk).toBe(score(v).totaal);
    }
  });
  it('shows where a trainee differs, and why', () => {
    const c = t.casussen.find((x) => x.id === 'kinderopvang-verzorging')!;
    const d = modelDossier(c.id);
    d.afwegingen.a2 = 'ja';
    d.afwegingen.a2Soort = ['structureel'];
    const v = vergelijkMetModel(d, sectorRegels(t, c.sector), c.model);
    const verschil = v.filter((x) => !x.gelijk).map((x) => x.punt);
    expect(verschil).toEqual(['a2', 'melden']);
    expect(v.find((x) => x.punt === 'a2')!.uitleg).toMatch(/recent/);
  });
  it('an earlier different answer makes later model points "not given"', () => {
    const c = t.casussen.find((x) => x.id === 'school-blauwe-plekken')!;
    const d = modelDossier(c.id);
    d.afwegingen.a1 = 'nee';
    const v = vergelijkMetModel(d, sectorRegels(t, c.sector), c.model);
    expect(v.find((x) => x.punt === 'a3')).toMatchObject({ jouw: null, model: 'ja', gelijk: false });
    expect(v.find((x) => x.punt === 'melden')).toMatchObject({ jouw: 'nee', model: 'ja', gelijk: false });
  });
  it('points that apply in neither path are left out', () => {
    const c = t.casussen.find((x) => x.id === 'wijkteam-ruzie')!;
    const v = vergelijkMetModel(modelDossier(c.id), sectorRegels(t, c.sector), c.model);
    expect(v.map((x) => x.punt)).toEqual(['acuutGevaar', 'bijzondereVorm', 'gesprek', 'a1', 'melden', 'hulp']);
  });
});
