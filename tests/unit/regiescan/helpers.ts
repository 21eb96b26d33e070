import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dimensieSchema, scanSchema } from '../../../src/tools/regiescan/content-schema.ts';
import { maakCatalogus } from '../../../src/tools/regiescan/domain/catalogus.ts';
import type { Catalogus, Scan } from '../../../src/tools/regiescan/domain/model.ts';
import type { Respondent } from '../../../src/tools/regiescan/domain/bestand.ts';

export const CONTENT = new URL('../../../content/instrumenten/regiescan/', import.meta.url);
export const FIXTURES = new URL('./fixtures/', import.meta.url);

export function leesYaml(name: string): unknown {
  return parse(readFileSync(new URL(name, CONTENT), 'utf8'));
}

export function teksten() {
  const [scanEntry] = leesYaml('scan.yaml') as unknown[];
  const scan = scanSchema.parse(scanEntry);
  const dimensies = (leesYaml('dimensies.yaml') as unknown[]).map((d) => dimensieSchema.parse(d));
  return { scan, dimensies };
}

export function echteCatalogus(): Catalogus {
  const { scan, dimensies } = teksten();
  return maakCatalogus(scan, dimensies);
}

/** A small catalogue for exact arithmetic: 3 dimensions of 2 statements. */
export const kleineCatalogus: Catalogus = {
  stellingenVersie: 1,
  banden: [
    { id: 'laag', label: 'Laag', min: 0, max: 39 },
    { id: 'midden', label: 'Midden', min: 40, max: 69 },
    { id: 'hoog', label: 'Hoog', min: 70, max: 100 },
  ],
  dimensies: [
    { id: 'a', titel: 'A', stellingen: [{ id: 'a-1', tekst: 'A1', sturing: 'sturend' }, { id: 'a-2', tekst: 'A2' }] },
    { id: 'b', titel: 'B', stellingen: [{ id: 'b-1', tekst: 'B1', sturing: 'verbindend' }, { id: 'b-2', tekst: 'B2' }] },
    { id: 'c', titel: 'C', stellingen: [{ id: 'c-1', tekst: 'C1' }, { id: 'c-2', tekst: 'C2' }] },
  ],
};

export function scan(antwoorden: Scan['antwoorden'], extra: Partial<Omit<Scan, 'context'>> & { context?: Partial<Scan['context']> } = {}): Scan {
  const { context, ...rest } = extra;
  return {
    stellingenVersie: 1,
    antwoorden,
    notities: {},
    actieplan: [],
    ...rest,
    context: { gemeenteRol: '', grootte: '', respondentRol: '', code: '', datum: '', ...context },
  };
}

let teller = 0;
/** A respondent of a team (the moment of saving tells files apart). */
export function respondent(antwoorden: Scan['antwoorden'], extra: Parameters<typeof scan>[1] = {}, opgeslagen = `2026-01-01T00:00:${String(teller++ % 60).padStart(2, '0')}.${String(teller).padStart(3, '0')}Z`): Respondent {
  return { opgeslagen, scan: scan(antwoorden, extra) };
}

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}
