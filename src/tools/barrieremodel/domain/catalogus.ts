/**
 * The instrument catalogue (content/instrumenten/barrieremodel/instrumenten.yaml): instruments the
 * sources name, per kind. When a barrière gets a kind, the tool suggests the instruments of that kind;
 * a barrière names its instrument as text, so exports never depend on the catalogue.
 */
import type { BarriereSoort } from './types.ts';

export interface CatalogusInstrument {
  id: string;
  naam: string;
  soort: Exclude<BarriereSoort, 'anders'>;
  uitleg: string;
  bron: { bron: string; plaats: string };
}

/** The instruments of this kind, in catalogue order; for "anders" (no kind yet) all of them. */
export function voorstellen(catalogus: readonly CatalogusInstrument[], soort: BarriereSoort): CatalogusInstrument[] {
  return soort === 'anders' ? catalogus.slice() : catalogus.filter((i) => i.soort === soort);
}

/** The catalogue entry with this name (case and spaces ignored), if the barrière uses one. */
export function zoekInstrument(catalogus: readonly CatalogusInstrument[], naam: string): CatalogusInstrument | undefined {
  const n = naam.trim().toLocaleLowerCase('nl-NL');
  return n ? catalogus.find((i) => i.naam.toLocaleLowerCase('nl-NL') === n) : undefined;
}
