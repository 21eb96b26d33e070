/** Builds the domain catalogue from the validated texts (the page does this at build time). */
import type { Catalogus } from './model.ts';

interface StellingTekst {
  id: string;
  tekst: string;
  sturing?: 'sturend' | 'verbindend' | undefined;
}
interface DimensieTekst {
  id: string;
  volgorde: number;
  titel: string;
  stellingen: StellingTekst[];
}
interface ScanTekst {
  stellingenVersie: number;
  banden: { id: string; label: string; min: number; max: number }[];
}

export function maakCatalogus(scan: ScanTekst, dimensies: readonly DimensieTekst[]): Catalogus {
  return {
    stellingenVersie: scan.stellingenVersie,
    banden: scan.banden.map(({ id, label, min, max }) => ({ id, label, min, max })),
    dimensies: [...dimensies]
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((d) => ({
        id: d.id,
        titel: d.titel,
        stellingen: d.stellingen.map((s) => (s.sturing ? { id: s.id, tekst: s.tekst, sturing: s.sturing } : { id: s.id, tekst: s.tekst })),
      })),
  };
}
