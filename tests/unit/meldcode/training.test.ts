import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feedbackVoorScherm, score, vergelijkMetModel } from '../../../src/tools/meldcode/domain/training.ts';
import { sectorRegels } from '../../../src/tools/meldcode/domain/teksten.ts';
import { leegDossier, type Dossier } from '../../../src/tools/meldcode/domain/model.ts';
import { laadTeksten } from './laad-teksten.ts';

const t = laadTeksten();
type Patch = Record<string, unknown>;
const fixture = JSON.parse(readFileSync(new URL('./fixtures/training-paden.json', import.meta.url), 'utf8')) as {
  modelpaden: Record<string, { dossier: Patch; punten: string[] }>;
  afwijkingen: { casus: string; dossier: Patch; verschillen: { punt: string; gevolgVan: string | null }[]; score: { gelijk: number; totaal: number } }[];
};

/** A training dossier from a hand-written patch of answers. */
function maak(casus: string, patch: Patch): Dossier {
  const d = leegDossier('training', casus) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    const cur = d[k];
    d[k] = v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' ? { ...cur, ...v } : v;
  }
  return d as unknown as Dossier;
}
const casus = (id: string) => t.casussen.find((c) => c.id === id)!;

describe('oefenen: vergelijken met een onafhankelijk modelpad', () => {
  it('er zijn minstens 10 casussen, en de fixture dekt ze allemaal', () => {
    expect(t.casussen.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(fixture.modelpaden).sort()).toEqual(t.casussen.map((c) => c.id).sort());
  });
  for (const [id, f] of Object.entries(fixture.modelpaden)) {
    it(`${id}: wie het modelpad volgt, scoort alles goed op precies de verwachte punten`, () => {
      const c = casus(id);
      const v = vergelijkMetModel(maak(id, f.dossier), sectorRegels(t, c.sector), c.model);
      expect(v.map((x) => x.punt)).toEqual(f.punten);
      expect(v.filter((x) => !x.gelijk)).toEqual([]);
      expect(score(v)).toEqual({ gelijk: f.punten.length, totaal: f.punten.length });
    });
  }
  for (const a of fixture.afwijkingen) {
    it(`${a.casus}: een verschil telt één keer, bij de eerste afwijking`, () => {
      const c = casus(a.casus);
      const v = vergelijkMetModel(maak(a.casus, a.dossier), sectorRegels(t, c.sector), c.model);
      expect(v.filter((x) => !x.gelijk).map((x) => ({ punt: x.punt, gevolgVan: x.gevolgVan }))).toEqual(a.verschillen);
      expect(score(v)).toEqual(a.score);
    });
  }
  it('elk vergeleken punt van elke casus heeft een "waarom"', () => {
    for (const [id, f] of Object.entries(fixture.modelpaden)) {
      const c = casus(id);
      for (const v of vergelijkMetModel(maak(id, f.dossier), sectorRegels(t, c.sector), c.model)) expect(v.uitleg, `${id} ${v.punt}`).toBeTruthy();
    }
  });
  it('de eergerelateerde casus vergelijkt ook het informeren (uitzondering)', () => {
    const a = fixture.afwijkingen.find((x) => x.casus === 'eergerelateerd-huwelijksdwang')!;
    const c = casus(a.casus);
    const inf = vergelijkMetModel(maak(a.casus, a.dossier), sectorRegels(t, c.sector), c.model).find((x) => x.punt === 'informeren')!;
    expect(inf).toMatchObject({ jouw: 'ja', model: 'uitzondering', gelijk: false });
    expect(inf.uitleg).toMatch(/in gevaar/);
  });
  it('feedback per beslissing: alleen wat op dit scherm beantwoord is', () => {
    const c = casus('kinderopvang-verzorging');
    const d = maak(c.id, { sector: 'kinderopvang', betrokkene: 'kind', acuutGevaar: 'nee', afwegingen: { a1: 'ja', a2: 'ja', a2Soort: ['structureel'] } });
    const f = feedbackVoorScherm(d, sectorRegels(t, c.sector), c.model, 4);
    expect(f.map((x) => [x.punt, x.gelijk])).toEqual([
      ['a1', true],
      ['a2', false],
    ]);
    expect(f[1]!.uitleg).toMatch(/recent/);
    expect(feedbackVoorScherm(d, sectorRegels(t, c.sector), c.model, 5)).toEqual([]);
  });
});
