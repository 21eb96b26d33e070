import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { instrumentSchema, sjabloonSchema } from '../../../src/tools/barrieremodel/content-schema.ts';
import {
  modelUitSjabloon, ONDERDELEN, valideerModel, voorstellen, zoekInstrument, type CatalogusInstrument, type Sjabloon,
} from '../../../src/tools/barrieremodel/domain/index.ts';

const map = new URL('../../../content/instrumenten/barrieremodel/', import.meta.url);
const yaml = (name: string) => parse(readFileSync(new URL(name, map), 'utf8')) as unknown[];
const bronBestaat = (id: string) => existsSync(new URL(`../../../content/bronnen/${id}.md`, import.meta.url));
let n = 0;
const teller = () => `id${n++}`;

const catalogus = yaml('instrumenten.yaml').map((i) => instrumentSchema.parse(i) as CatalogusInstrument);
const sjablonen = yaml('sjablonen.yaml').map((s) => sjabloonSchema.parse(s) as Sjabloon);
const uitBronnen = sjablonen.filter((s) => !['leeg', 'moba'].includes(s.id));

describe('instrumentencatalogus', () => {
  it('voldoet aan het schema, met unieke ids en namen', () => {
    expect(catalogus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(catalogus.map((i) => i.id)).size).toBe(catalogus.length);
    expect(new Set(catalogus.map((i) => i.naam.toLowerCase())).size).toBe(catalogus.length);
  });
  it('noemt bij elk instrument een bestaande bron en een plaats', () => {
    for (const i of catalogus) {
      expect(bronBestaat(i.bron.bron), `${i.id}: bron ${i.bron.bron}`).toBe(true);
      expect(i.bron.plaats.length, i.id).toBeGreaterThan(5);
    }
  });
  it('heeft instrumenten van elke soort, waaronder Bibob, sluiting door de burgemeester en de APV', () => {
    const soorten = new Set(catalogus.map((i) => i.soort));
    expect([...soorten].sort()).toEqual(['bestuurlijk', 'fiscaal', 'privaat-preventief', 'strafrechtelijk']);
    const bestuurlijk = voorstellen(catalogus, 'bestuurlijk').map((i) => i.id);
    expect(bestuurlijk).toEqual(expect.arrayContaining(['bibob', 'sluiting-woning', 'apv']));
    expect(voorstellen(catalogus, 'fiscaal').every((i) => i.soort === 'fiscaal')).toBe(true);
    expect(voorstellen(catalogus, 'anders')).toHaveLength(catalogus.length);
  });
  it('weigert een instrument zonder bron of met een onbekende soort', () => {
    const goed = yaml('instrumenten.yaml')[0] as Record<string, unknown>;
    expect(instrumentSchema.safeParse({ ...goed, bron: undefined }).success).toBe(false);
    expect(instrumentSchema.safeParse({ ...goed, soort: 'anders' }).success).toBe(false);
    expect(instrumentSchema.safeParse({ ...goed, extra: 1 }).success).toBe(false);
  });
  it('vindt een instrument terug op naam, ongeacht hoofdletters', () => {
    expect(zoekInstrument(catalogus, '  bibob-TOETS ')?.id).toBe('bibob');
    expect(zoekInstrument(catalogus, 'Iets anders')).toBeUndefined();
    expect(zoekInstrument(catalogus, '')).toBeUndefined();
  });
});

describe('sjablonen uit de bronnen', () => {
  it('er zijn sjablonen voor hennep in het buitengebied, drugs in de wijk, jonge aanwas en overvallen', () => {
    expect(sjablonen.map((s) => s.id)).toEqual(['leeg', 'moba', 'hennep-buitengebied', 'drugs-in-de-wijk', 'jonge-aanwas', 'overvallen']);
  });
  it('elk onderdeel noemt een bestaande bron met een plaats', () => {
    for (const sj of uitBronnen) {
      for (const stap of sj.stappen) {
        for (const o of ONDERDELEN) {
          for (const item of stap[o] ?? []) {
            const waar = `${sj.id} / ${stap.naam} / ${item.tekst}`;
            expect(item.bron, waar).toBeDefined();
            expect(bronBestaat(item.bron!.bron), waar).toBe(true);
            expect(item.bron!.plaats.length, waar).toBeGreaterThan(5);
          }
        }
      }
    }
  });
  it('elke stap heeft minstens één onderdeel en elk sjabloon minstens drie barrières', () => {
    for (const sj of uitBronnen) {
      for (const stap of sj.stappen) expect(ONDERDELEN.some((o) => (stap[o] ?? []).length > 0), `${sj.id} / ${stap.naam}`).toBe(true);
      expect(sj.stappen.flatMap((s) => s.barrieres ?? []).length, sj.id).toBeGreaterThanOrEqual(3);
    }
  });
  it('een instrument in een sjabloon staat in de catalogus, met dezelfde soort', () => {
    for (const sj of uitBronnen) {
      for (const b of sj.stappen.flatMap((s) => s.barrieres ?? [])) {
        if (!b.instrument) continue;
        const i = zoekInstrument(catalogus, b.instrument);
        expect(i, `${sj.id}: ${b.instrument}`).toBeDefined();
        expect(i?.soort, `${sj.id}: ${b.instrument}`).toBe(b.soort);
      }
    }
  });
  it('wordt een geldig model, met de bron in de notitie van elk onderdeel', () => {
    const hennep = sjablonen.find((s) => s.id === 'hennep-buitengebied')!;
    const m = modelUitSjabloon(hennep, teller, { 'ondermijning-in-de-wijk': 'Ondermijning in de wijk' });
    expect(valideerModel(m)).toEqual({ ok: true, value: m });
    expect(m.stappen[1]!.signalen[0]!.notitie).toBe('Bron: Ondermijning in de wijk, project mobiel banditisme, uitleg van de vier onderdelen.');
    expect(m.stappen[1]!.barrieres[0]).toMatchObject({ soort: 'bestuurlijk', instrument: 'Sluiting van een woning of pand door de burgemeester' });
    expect(m.stappen[1]!.faciliteerders.map((f) => f.bewustheid)).toEqual(['bewust', 'onbewust']);
  });
  it('een item zonder bron blijft zonder bronzin; een onbekende bron-id staat er letterlijk', () => {
    const sj: Sjabloon = { id: 't', naam: 't', uitleg: 't', titel: 't', stappen: [{ naam: 'a', signalen: [{ tekst: 'x' }, { tekst: 'y', notitie: 'n', bron: { bron: 'q', plaats: 'p' } }] }] };
    const m = modelUitSjabloon(sj, teller);
    expect(m.stappen[0]!.signalen.map((i) => i.notitie)).toEqual(['', 'n Bron: q, p.']);
  });
});
