/**
 * The fields of a dossier, the screen each belongs to, and whether a field counts given the answers
 * before it. Answers that an earlier answer makes irrelevant stay in the dossier (so that changing back
 * restores them) but never count: every rule reads through `effectief()`.
 */
import { VEILIG_THUIS, type Dossier, type KindcheckUitkomst, type Scherm, type SectorRegels } from './model.ts';
import { bepaalUitkomst } from './uitkomst.ts';

/** Field keys, as used in the summary and the change links. */
export type Veld =
  | 'rol'
  | 'kenmerk'
  | 'sector'
  | 'betrokkene'
  | 'acuutGevaar'
  | 'medewerkerVermoeden'
  | 'medewerker'
  | 'bijzondereVormen'
  | 'signalenDatum'
  | 'signalen'
  | 'beschermendeFactoren'
  | 'kindcheck'
  | 'consultaties'
  | 'geenVtReden'
  | 'gesprek'
  | 'gesprekInhoud'
  | 'gesprekUitzondering'
  | 'a1'
  | 'a2'
  | 'a2Soort'
  | 'a3'
  | 'a4'
  | 'a5'
  | 'melding'
  | 'informeren'
  | 'informerenUitzondering'
  | 'monitoring';

export const VELD_SCHERM: Record<Veld, Scherm> = {
  rol: 'start',
  kenmerk: 'start',
  sector: 'start',
  betrokkene: 'start',
  acuutGevaar: 'start',
  medewerkerVermoeden: 'start',
  medewerker: 'start',
  bijzondereVormen: 'start',
  signalenDatum: 1,
  signalen: 1,
  beschermendeFactoren: 1,
  kindcheck: 1,
  consultaties: 2,
  geenVtReden: 2,
  gesprek: 3,
  gesprekInhoud: 3,
  gesprekUitzondering: 3,
  a1: 4,
  a2: 4,
  a2Soort: 4,
  a3: 5,
  a4: 5,
  a5: 5,
  melding: 5,
  informeren: 5,
  informerenUitzondering: 5,
  monitoring: 5,
};

/** The screen where a field is asked in this dossier (the kindcheck has its own screen in the kindcheck route). */
export function veldScherm(d: Dossier, veld: Veld): Scherm {
  if (veld === 'kindcheck' && d.route === 'kindcheck') return 'kindcheck';
  return VELD_SCHERM[veld];
}

export const leeg = (s: string) => s.trim() === '';

export function medewerkerRouteActief(d: Dossier, sector: SectorRegels | null): boolean {
  return d.route === 'meldcode' && !!sector?.medewerkerRoute && d.medewerkerVermoeden === 'ja';
}

export function vtGeraadpleegd(d: Dossier): boolean {
  return d.consultaties.some((c) => c.met === VEILIG_THUIS);
}

export const isVolwassene = (d: Dossier) => d.betrokkene === 'volwassene' || d.betrokkene === 'oudere';

/** The kindcheck outcome as it counts: "no children in the client's care" settles it as negative. */
export function kindcheckUitkomst(d: Dossier): KindcheckUitkomst | null {
  if (d.kindcheck.kinderen === 'nee') return 'geen-zorg';
  return d.kindcheck.uitkomst;
}

/** Whether a field counts, given the answers before it. */
export function isRelevant(d: Dossier, sector: SectorRegels | null, veld: Veld): boolean {
  const a = d.afwegingen;
  if (veld === 'rol' || veld === 'kenmerk' || veld === 'sector' || veld === 'betrokkene' || veld === 'acuutGevaar') return true;
  if (d.route === 'kindcheck') return veld === 'kindcheck' || veld === 'bijzondereVormen';
  if (veld === 'medewerkerVermoeden') return !!sector?.medewerkerRoute;
  if (veld === 'medewerker') return medewerkerRouteActief(d, sector);
  if (medewerkerRouteActief(d, sector)) return false;
  switch (veld) {
    case 'kindcheck':
      return isVolwassene(d);
    case 'geenVtReden':
      return !!sector?.vtAltijdRaadplegen && !vtGeraadpleegd(d);
    case 'gesprekInhoud':
      return d.gesprek.gevoerd === 'ja';
    case 'gesprekUitzondering':
      return d.gesprek.gevoerd === 'nee';
    case 'a2':
      return a.a1 === 'ja';
    case 'a2Soort':
      return a.a1 === 'ja' && a.a2 === 'ja';
    case 'a3':
      return a.a1 === 'ja' && (a.a2 === 'ja' || a.a2 === 'nee');
    case 'a4':
      return isRelevant(d, sector, 'a3') && a.a3 === 'ja';
    case 'a5':
      return isRelevant(d, sector, 'a4') && a.a4 === 'ja';
    case 'melding':
    case 'informeren':
      return bepaalUitkomst(d, sector).melden === 'ja';
    case 'informerenUitzondering':
      return bepaalUitkomst(d, sector).melden === 'ja' && d.informeren.status === 'uitzondering';
    case 'monitoring':
      return bepaalUitkomst(d, sector).hulp === 'ja';
    default:
      return true;
  }
}

/** The afwegingen as they count: irrelevant answers read as unanswered. */
export function effectief(d: Dossier, sector: SectorRegels | null) {
  const a = d.afwegingen;
  const r = (v: Veld) => isRelevant(d, sector, v);
  return {
    a1: d.route === 'kindcheck' || medewerkerRouteActief(d, sector) ? null : a.a1,
    a2: r('a2') ? a.a2 : null,
    a2Soort: r('a2Soort') ? a.a2Soort : [],
    a3: r('a3') ? a.a3 : null,
    a4: r('a4') ? a.a4 : null,
    a5: r('a5') ? a.a5 : null,
  };
}
