/** Looking up the tool's texts (content) from the codes the rules produce. */
import type { Bron, MeldcodeTeksten, Regel, SectorTekst, StapTekst, LijstItem } from '../content-schema.ts';
import type { SectorRegels, Scherm } from './model.ts';
import type { Veld } from './regels.ts';

/** The text of a code in teksten.yaml, with {placeholders} filled in. A missing code shows itself. */
export function tekst(t: MeldcodeTeksten, code: string, vars: Record<string, string> = {}): string {
  const s = t.codes[code]?.tekst ?? code;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}
export function titel(t: MeldcodeTeksten, code: string): string {
  return t.codes[code]?.titel ?? tekst(t, code);
}

export function sectorTekst(t: MeldcodeTeksten, id: string | null): SectorTekst | null {
  return t.sectoren.find((s) => s.id === id) ?? null;
}

export function sectorRegels(t: MeldcodeTeksten, id: string | null): SectorRegels | null {
  const s = sectorTekst(t, id);
  return s ? { id: s.id, vtAltijdRaadplegen: s.vtAltijdRaadplegen, medewerkerRoute: !!s.medewerkerRoute } : null;
}

export const schermId = (s: Scherm): StapTekst['id'] => String(s) as StapTekst['id'];

export function stapTekst(t: MeldcodeTeksten, s: Scherm): StapTekst {
  const st = t.stappen.find((x) => x.id === schermId(s));
  if (!st) throw new Error(`Tekst van scherm ${s} ontbreekt`);
  return st;
}

export function veldLabel(t: MeldcodeTeksten, scherm: Scherm, veld: Veld | string): string {
  return stapTekst(t, scherm).velden[veld]?.label ?? veld;
}
export function veldHulp(t: MeldcodeTeksten, scherm: Scherm, veld: Veld | string): string | undefined {
  return stapTekst(t, scherm).velden[veld]?.hulp;
}

/** An afweging in the wording of the sector, falling back to the basismodel ("algemeen"). */
export function afwegingTekst(t: MeldcodeTeksten, sectorId: string | null, a: 'a1' | 'a2' | 'a3' | 'a4' | 'a5') {
  const eigen = sectorTekst(t, sectorId)?.afwegingen[a];
  const basis = sectorTekst(t, 'algemeen')?.afwegingen[a];
  const gekozen = eigen ?? basis;
  if (!gekozen) throw new Error(`Afweging ${a} ontbreekt in de teksten`);
  return { ...gekozen, eigenFormulering: !!eigen && sectorId !== 'algemeen' };
}

export function lijstLabel(items: LijstItem[], id: string | null): string {
  if (!id) return '';
  return items.find((i) => i.id === id)?.label ?? id;
}

/** A note or rule to show, with its sources. */
export interface Notitie {
  titel?: string;
  teksten: string[];
  punten: { titel?: string | undefined; tekst: string; uitleg?: string | undefined }[];
  bronnen: Bron[];
}

/** A shared rule (regels.yaml) as a note. */
export function regelNotitie(t: MeldcodeTeksten, id: Regel['id']): Notitie {
  const r = t.regels[id];
  return { titel: r.titel, teksten: r.tekst, punten: r.punten, bronnen: r.bronnen };
}

/** The sector's notes for a screen: its own notes with their source, and the shared rules it names. */
export function sectorNotities(t: MeldcodeTeksten, sectorId: string | null, scherm: Scherm): Notitie[] {
  const n = sectorTekst(t, sectorId)?.notities[schermId(scherm)] ?? [];
  return n.map((x) => ('regel' in x ? regelNotitie(t, x.regel) : { teksten: [x.tekst], punten: [], bronnen: [x.bron] }));
}
