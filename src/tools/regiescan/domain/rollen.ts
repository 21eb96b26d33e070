/**
 * The team result by respondent role (bestuurder, beleid OOV, Zorg- en Veiligheidshuis, ketenpartner,
 * anders, and "rol niet opgegeven"). A group is shown only with at least ANONIMITEITSDREMPEL respondents,
 * so nobody's answers can be read from it. When the hidden groups together are fewer than that (but not
 * none), the smallest shown group is hidden too: otherwise the hidden ones could be worked out from the
 * team total minus the shown groups.
 */
import type { Respondent } from './formaat.ts';
import { RESPONDENT_ROLLEN, type Catalogus, type RespondentRol } from './model.ts';
import { scoreScan } from './scoring.ts';
import { dimensieSpreiding, totaalSpreiding, type Spreiding, type TeamDimensie } from './team.ts';

export const ANONIMITEITSDREMPEL = 5;

export type RolId = RespondentRol | 'onbekend';
export const ROL_VOLGORDE: readonly RolId[] = [...RESPONDENT_ROLLEN, 'onbekend'];

export type VerborgenReden = 'te-klein' | 'terug-te-rekenen';

export interface RolGroep {
  rol: RolId;
  n: number;
  /** Why the group is not shown; undefined when it is shown. */
  verborgen?: VerborgenReden;
  /** Only for shown groups. */
  totaal?: Spreiding;
  dimensies?: TeamDimensie[];
}

export function rolUitsplitsing(catalogus: Catalogus, team: readonly Respondent[], drempel = ANONIMITEITSDREMPEL): RolGroep[] {
  const perRol = new Map<RolId, Respondent[]>();
  for (const r of team) {
    const rol: RolId = r.scan.context.respondentRol || 'onbekend';
    perRol.set(rol, [...(perRol.get(rol) ?? []), r]);
  }
  const groepen = ROL_VOLGORDE.filter((rol) => perRol.has(rol)).map((rol) => ({ rol, leden: perRol.get(rol)! }));
  const verborgen = new Map<RolId, VerborgenReden>();
  for (const g of groepen) if (g.leden.length < drempel) verborgen.set(g.rol, 'te-klein');
  const verborgenAantal = groepen.filter((g) => verborgen.has(g.rol)).reduce((a, g) => a + g.leden.length, 0);
  if (verborgenAantal > 0 && verborgenAantal < drempel) {
    const kleinste = groepen.filter((g) => !verborgen.has(g.rol)).sort((a, b) => a.leden.length - b.leden.length)[0];
    if (kleinste) verborgen.set(kleinste.rol, 'terug-te-rekenen');
  }
  return groepen.map(({ rol, leden }) => {
    const reden = verborgen.get(rol);
    if (reden) return { rol, n: leden.length, verborgen: reden };
    const uitslagen = leden.map((r) => scoreScan(catalogus, r.scan));
    return { rol, n: leden.length, totaal: totaalSpreiding(uitslagen), dimensies: dimensieSpreiding(catalogus, uitslagen) };
  });
}
