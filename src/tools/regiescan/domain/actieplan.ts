/**
 * The action plan: tips turned into actions, each with an owner, a date and a status. It is kept with
 * the scan (or the team result) and looked back on in next year's comparison ("wat is er van
 * terechtgekomen?"). Pure data and rules; the texts of the statuses are interface texts.
 */
import { fail, ok, type Result } from '../../../instrument/result.ts';

export const ACTIE_STATUSSEN = ['gepland', 'bezig', 'klaar', 'gestopt'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
export const STATUS_LABELS: Record<ActieStatus, string> = { gepland: 'Gepland', bezig: 'Bezig', klaar: 'Klaar', gestopt: 'Gestopt' };

export const MAX_ACTIES = 100;
export const MAX_ACTIE_TEKST = 1000;
export const MAX_EIGENAAR = 100;

export interface Actie {
  /** Stable within the plan ("a1", "a2", …). */
  id: string;
  /** The dimension the tip belongs to. */
  dimensieId: string;
  tekst: string;
  /** Who takes it on: a role or team ("beleidsadviseur OOV"), not necessarily a name. */
  eigenaar: string;
  /** yyyy-mm-dd or '' */
  datum: string;
  status: ActieStatus;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function volgendId(plan: readonly Actie[]): string {
  const hoogste = plan.reduce((m, a) => Math.max(m, Number(/^a(\d+)$/.exec(a.id)?.[1] ?? 0)), 0);
  return `a${hoogste + 1}`;
}

/** Adds a tip as a new, planned action (text trimmed). The same tip twice for the same dimension is refused. */
export function voegActieToe(plan: readonly Actie[], dimensieId: string, tekst: string): Result<Actie[]> {
  const t = tekst.trim();
  if (!t) return fail('Een actie heeft een beschrijving nodig.');
  if (t.length > MAX_ACTIE_TEKST) return fail(`Een actie is hooguit ${MAX_ACTIE_TEKST} tekens lang.`);
  if (plan.length >= MAX_ACTIES) return fail(`Het actieplan kan hooguit ${MAX_ACTIES} acties bevatten.`);
  if (plan.some((a) => a.dimensieId === dimensieId && a.tekst === t)) return fail('Deze actie staat al in het actieplan.');
  return ok([...plan, { id: volgendId(plan), dimensieId, tekst: t, eigenaar: '', datum: '', status: 'gepland' }]);
}

export type ActieWijziging = Partial<Pick<Actie, 'tekst' | 'eigenaar' | 'datum' | 'status'>>;

/** Changes one action; a bad value is refused with a message and nothing changes. */
export function wijzigActie(plan: readonly Actie[], id: string, w: ActieWijziging): Result<Actie[]> {
  const i = plan.findIndex((a) => a.id === id);
  if (i < 0) return fail('Deze actie staat niet (meer) in het actieplan.');
  if (w.tekst !== undefined && (!w.tekst.trim() || w.tekst.length > MAX_ACTIE_TEKST)) return fail(`Een actie heeft een beschrijving van 1 tot ${MAX_ACTIE_TEKST} tekens nodig.`);
  if (w.eigenaar !== undefined && w.eigenaar.length > MAX_EIGENAAR) return fail(`De eigenaar is hooguit ${MAX_EIGENAAR} tekens lang.`);
  if (w.datum !== undefined && w.datum !== '' && !DATUM.test(w.datum)) return fail('Vul een geldige datum in, of laat de datum leeg.');
  if (w.status !== undefined && !ACTIE_STATUSSEN.includes(w.status)) return fail('Kies een status uit de lijst.');
  const kopie = [...plan];
  kopie[i] = { ...plan[i]!, ...w };
  return ok(kopie);
}

export function verwijderActie(plan: readonly Actie[], id: string): Actie[] {
  return plan.filter((a) => a.id !== id);
}

export interface ActieTerugblik {
  actie: Actie;
  dimensieTitel: string;
  /** The dimension score then and now (0–100), and the difference; null where a score is missing. */
  eerder: number | null;
  nu: number | null;
  verschil: number | null;
}

export interface Terugblik {
  acties: ActieTerugblik[];
  /** How many actions per status, in the order of ACTIE_STATUSSEN. */
  perStatus: Record<ActieStatus, number>;
}

/**
 * "Wat is er van terechtgekomen?": the actions of the earlier plan, with the score of their dimension
 * then and now. Actions keep the order of the plan.
 */
export function terugblik(
  plan: readonly Actie[],
  dimensies: readonly { dimensieId: string; titel: string; eerder: number | null; nu: number | null; verschil: number | null }[],
): Terugblik {
  const perStatus = Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) as Record<ActieStatus, number>;
  const acties = plan.map((actie) => {
    perStatus[actie.status]++;
    const d = dimensies.find((x) => x.dimensieId === actie.dimensieId);
    return { actie, dimensieTitel: d?.titel ?? 'onderdeel bestaat niet meer', eerder: d?.eerder ?? null, nu: d?.nu ?? null, verschil: d?.verschil ?? null };
  });
  return { acties, perStatus };
}
