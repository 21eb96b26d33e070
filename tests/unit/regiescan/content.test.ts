/**
 * The regiescan texts: schema, coherence, links to gidsen and praktijkvoorbeelden, source places,
 * and no sentences copied from the source documents.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controleerSamenhang, dimensieSchema, scanSchema, type Tip } from '../../../src/tools/regiescan/content-schema.ts';
import { maakCatalogus } from '../../../src/tools/regiescan/domain/catalogus.ts';
import { leesYaml } from './helpers.ts';
import { teksten } from './helpers.ts';

const ROOT = new URL('../../../', import.meta.url);
const SHARED = new URL('../shared/', ROOT);

function slugs(folder: string): Set<string> | null {
  const dir = new URL(`content/${folder}/`, ROOT);
  if (!existsSync(dir)) return null;
  return new Set(readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')));
}

const { scan, dimensies } = teksten();
const tips: Tip[] = dimensies.flatMap((d) => Object.values(d.tips).flat());

describe('regiescan content', () => {
  it('passes the schema and the cross-checks', () => {
    expect(controleerSamenhang(scan, dimensies)).toEqual([]);
  });

  it('has nine dimensions of six statements with unique, stable ids', () => {
    expect(dimensies).toHaveLength(9);
    for (const d of dimensies) {
      expect(d.stellingen).toHaveLength(6);
      d.stellingen.forEach((s, i) => expect(s.id).toBe(`${d.id}-${i + 1}`));
    }
  });

  it('gives every band of every dimension at least two tips, each with a guidance link', () => {
    for (const d of dimensies) for (const b of scan.banden) expect(d.tips[b.id]!.length).toBeGreaterThanOrEqual(2);
    for (const t of tips) expect(t.gidsen.length).toBeGreaterThan(0);
  });

  it('refuses bands with a gap, an overlap or not reaching 100', () => {
    const [ruw] = leesYaml('scan.yaml') as Record<string, unknown>[];
    const met = (banden: { id: string; min: number; max: number }[]) =>
      scanSchema.safeParse({ ...ruw, banden: banden.map((b) => ({ ...b, label: b.id, uitleg: 'Een uitleg van de band.' })) }).success;
    expect(met([{ id: 'a', min: 0, max: 39 }, { id: 'b', min: 40, max: 69 }, { id: 'c', min: 70, max: 100 }])).toBe(true);
    expect(met([{ id: 'a', min: 0, max: 39 }, { id: 'b', min: 41, max: 69 }, { id: 'c', min: 70, max: 100 }])).toBe(false);
    expect(met([{ id: 'a', min: 0, max: 49 }, { id: 'b', min: 40, max: 69 }, { id: 'c', min: 70, max: 100 }])).toBe(false);
    expect(met([{ id: 'a', min: 0, max: 39 }, { id: 'b', min: 40, max: 69 }, { id: 'c', min: 70, max: 99 }])).toBe(false);
    expect(met([{ id: 'a', min: 0, max: 49 }, { id: 'b', min: 50, max: 100 }])).toBe(false);
  });

  it('refuses bad statement ids, link slugs and unknown sources', () => {
    const [ruw] = leesYaml('dimensies.yaml') as Record<string, any>[];
    const kopie = () => structuredClone(ruw)!;
    const a = kopie();
    a.stellingen[0].id = 'Visie 1';
    expect(dimensieSchema.safeParse(a).success).toBe(false);
    const b = kopie();
    b.tips.beginnend[0].gidsen = ['/gidsen/iets/'];
    expect(dimensieSchema.safeParse(b).success).toBe(false);
    const c = kopie();
    c.stellingen[0].bron.bron = 'onbekende-bron';
    expect(dimensieSchema.safeParse(c).success).toBe(false);
    expect(dimensieSchema.safeParse(kopie()).success).toBe(true);
  });

  it('builds the catalogue in the order of "volgorde"', () => {
    const omgekeerd = [...dimensies].reverse();
    expect(maakCatalogus(scan, omgekeerd).dimensies.map((d) => d.id)).toEqual(dimensies.map((d) => d.id));
  });

  it('reports cross-check problems', () => {
    const dubbel = structuredClone(dimensies);
    dubbel[1]!.stellingen[0]!.id = dubbel[0]!.stellingen[0]!.id;
    delete dubbel[2]!.tips['stevig'];
    dubbel[3]!.tips['onbekend'] = [];
    dubbel[4]!.volgorde = dubbel[5]!.volgorde;
    expect(controleerSamenhang(scan, dubbel)).toHaveLength(4);
  });

  // The page renders only links whose gids or praktijkvoorbeeld exists; this lists the ones that do not.
  it('links only to gidsen and praktijkvoorbeelden that exist', () => {
    const gidsen = slugs('gidsen');
    const voorbeelden = slugs('praktijkvoorbeelden');
    const dangling = [
      ...(gidsen ? tips.flatMap((t) => t.gidsen).filter((s) => !gidsen.has(s)).map((s) => `/gidsen/${s}/`) : []),
      ...(voorbeelden ? tips.flatMap((t) => t.voorbeelden).filter((s) => !voorbeelden.has(s)).map((s) => `/praktijkvoorbeelden/${s}/`) : []),
    ];
    expect([...new Set(dangling)].sort()).toEqual([]);
  });
});

// The source texts live in ../shared, which a public clone does not have: then these checks are skipped, with a reason.
const ZONDER_SHARED = !existsSync(new URL('bronnen.json', SHARED)) || !existsSync(new URL('seeds/', SHARED));
describe.skipIf(ZONDER_SHARED)(
  ZONDER_SHARED
    ? 'regiescan-bronnen: overgeslagen, want ../shared (de brondocumenten voor de feitencontrole) ontbreekt; zet de map naast de projectmap om deze controles te draaien'
    : 'regiescan-bronnen',
  () => {
    it('cites source places that exist in the source', () => {
      const bronnen = JSON.parse(readFileSync(new URL('bronnen.json', SHARED), 'utf8')).bronnen as { id: string; regels: [number, number] }[];
      const plaatsen = [
        ...dimensies.flatMap((d) => d.stellingen.map((s) => s.bron)),
        ...tips.flatMap((t) => (t.bron ? [t.bron] : [])),
        ...scan.regiestijl.stijlen.flatMap((s) => s.bronnen),
        ...scan.bronnen,
      ];
      for (const p of plaatsen) {
        const bron = bronnen.find((b) => b.id === p.bron)!;
        const lengte = bron.regels[1] - bron.regels[0] + 1;
        for (const n of p.plaats.match(/\d{2,4}/g) ?? []) expect(Number(n), `${p.bron}: ${p.plaats}`).toBeLessThanOrEqual(lengte);
      }
    });

    it('copies no run of 12 words from a source document', () => {
      const seeds = new URL('seeds/', SHARED);
      const woorden = (t: string) => t.toLowerCase().replace(/[’'`]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
      const grams = new Set<string>();
      for (const f of readdirSync(seeds)) {
        const w = woorden(readFileSync(new URL(f, seeds), 'utf8').replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2'));
        for (let i = 0; i + 12 <= w.length; i++) grams.add(w.slice(i, i + 12).join(' '));
      }
      const teksten = [
        ...scan.intro, scan.herkomst, scan.regiestijl.inleiding,
        ...scan.regiestijl.stijlen.flatMap((s) => [s.tekst, ...s.vragen]),
        ...dimensies.flatMap((d) => [d.uitleg, ...d.stellingen.map((s) => s.tekst)]),
        ...tips.map((t) => t.tekst),
      ];
      const gekopieerd = teksten.filter((t) => {
        const w = woorden(t);
        for (let i = 0; i + 12 <= w.length; i++) if (grams.has(w.slice(i, i + 12).join(' '))) return true;
        return false;
      });
      expect(gekopieerd).toEqual([]);
    });
  },
);
