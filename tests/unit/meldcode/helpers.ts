import { leegDossier, type Dossier } from '../../../src/tools/meldcode/domain/model.ts';
import type { SectorRegels } from '../../../src/tools/meldcode/domain/model.ts';

export const ALGEMEEN: SectorRegels = { id: 'algemeen', vtAltijdRaadplegen: false, medewerkerRoute: false };
export const ARTS: SectorRegels = { id: 'artsen', vtAltijdRaadplegen: true, medewerkerRoute: false };
export const ZORG: SectorRegels = { id: 'gezondheidszorg', vtAltijdRaadplegen: false, medewerkerRoute: false };
export const SCHOOL: SectorRegels = { id: 'onderwijs', vtAltijdRaadplegen: false, medewerkerRoute: true };
export const OPVANG: SectorRegels = { id: 'kinderopvang', vtAltijdRaadplegen: false, medewerkerRoute: true };

type Deep<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : Deep<T[K]>) : T[K] };

/** A dossier with the start answered (sector algemeen, a child, no acute danger), plus overrides. */
export function dossier(over: Deep<Dossier> = {}): Dossier {
  const d = leegDossier();
  const basis: Dossier = { ...d, sector: 'algemeen', betrokkene: 'kind', acuutGevaar: 'nee' };
  const merged = { ...basis } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    const cur = merged[k];
    merged[k] = v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' ? { ...cur, ...v } : v;
  }
  const out = merged as unknown as Dossier;
  const tl = (over.afwegingen as { toelichting?: object } | undefined)?.toelichting;
  if (tl) out.afwegingen.toelichting = { ...d.afwegingen.toelichting, ...tl };
  return out;
}
