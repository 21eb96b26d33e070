/**
 * The rules of the meldcode and its afwegingskader, as pure functions of a dossier and the sector.
 *
 *   afweging 1  vermoeden?                       nee → afsluiten en vastleggen
 *   afweging 2  acute of structurele onveiligheid? ja → melden (meldnorm 1); 3–5 samen met Veilig Thuis
 *                                                twijfel → eerst Veilig Thuis raadplegen
 *   afweging 3  zelf passende hulp bieden/organiseren? nee → melden (meldnorm 2)
 *   afweging 4  aanvaarden de betrokkenen die hulp?    nee → melden (meldnorm 2)
 *                                                      ja → hulp bieden of organiseren
 *   afweging 5  leidt de hulp tot veiligheid?          nee → (opnieuw) melden (meldnorm 3)
 *                                                      ja → afsluiten met afspraken; loopt → volgen
 *
 * Answers that an earlier answer makes irrelevant stay in the dossier (so that changing back restores
 * them) but never count: every rule reads through `effectief()`.
 * All user-facing wording is in content (teksten.yaml), keyed by the codes below.
 */
import { STAPPEN, VEILIG_THUIS, DESKUNDIGE, type Dossier, type Scherm, type SectorRegels, type StapNummer } from './model.ts';

export type UitkomstSoort = 'onvolledig' | 'afsluiten' | 'melden' | 'melden-en-hulp' | 'hulp' | 'medewerker-route';
export type Beslissing = 'ja' | 'nee' | 'open';

export interface Uitkomst {
  soort: UitkomstSoort;
  /** Beslissing 1: is melden noodzakelijk? */
  melden: Beslissing;
  /** Beslissing 2: is hulp bieden of organiseren (ook) mogelijk? */
  hulp: Beslissing;
  /** The meldnorm(en) behind a melding. */
  meldnormen: (1 | 2 | 3)[];
  /** Afwegingen 3–5 are answered together with Veilig Thuis (after a melding on afweging 2). */
  samenMetVeiligThuis: boolean;
  /** The first screen that still needs an answer, when the outcome is incomplete. */
  ontbreekt: Scherm | null;
  /** Codes of the reasons, in order (texts in teksten.yaml). */
  redenen: string[];
  /** Codes of what to do next. */
  acties: string[];
}

/** Field keys, as used in the summary and the change links. */
export type Veld =
  | 'sector'
  | 'betrokkene'
  | 'acuutGevaar'
  | 'medewerkerVermoeden'
  | 'signalen'
  | 'beschermendeFactoren'
  | 'kindcheck'
  | 'consultaties'
  | 'bijzondereVormen'
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
  | 'informeren'
  | 'informerenUitzondering'
  | 'monitoring';

export const VELD_SCHERM: Record<Veld, Scherm> = {
  sector: 'start',
  betrokkene: 'start',
  acuutGevaar: 'start',
  medewerkerVermoeden: 'start',
  signalen: 1,
  beschermendeFactoren: 1,
  kindcheck: 1,
  consultaties: 2,
  bijzondereVormen: 2,
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
  informeren: 5,
  informerenUitzondering: 5,
  monitoring: 5,
};

const leeg = (s: string) => s.trim() === '';

export function medewerkerRouteActief(d: Dossier, sector: SectorRegels | null): boolean {
  return !!sector?.medewerkerRoute && d.medewerkerVermoeden === 'ja';
}

export function vtGeraadpleegd(d: Dossier): boolean {
  return d.consultaties.some((c) => c.met === VEILIG_THUIS);
}

/** Whether a field counts, given the answers before it. */
export function isRelevant(d: Dossier, sector: SectorRegels | null, veld: Veld): boolean {
  const a = d.afwegingen;
  if (veld === 'sector' || veld === 'betrokkene' || veld === 'acuutGevaar') return true;
  if (veld === 'medewerkerVermoeden') return !!sector?.medewerkerRoute;
  if (medewerkerRouteActief(d, sector)) return false;
  switch (veld) {
    case 'kindcheck':
      return d.betrokkene === 'volwassene' || d.betrokkene === 'oudere';
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
    case 'informeren':
      return bepaalUitkomst(d, sector).melden === 'ja';
    case 'informerenUitzondering':
      return bepaalUitkomst(d, sector).melden === 'ja' && d.informeren.gedaan === 'nee';
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
    a1: a.a1,
    a2: r('a2') ? a.a2 : null,
    a2Soort: r('a2Soort') ? a.a2Soort : [],
    a3: r('a3') ? a.a3 : null,
    a4: r('a4') ? a.a4 : null,
    a5: r('a5') ? a.a5 : null,
  };
}

function onvolledig(ontbreekt: Scherm, redenen: string[] = [], acties: string[] = []): Uitkomst {
  return { soort: 'onvolledig', melden: 'open', hulp: 'open', meldnormen: [], samenMetVeiligThuis: false, ontbreekt, redenen, acties };
}

/** The outcome of the afwegingskader for this dossier: the two decisions, the meldnormen and the reasons. */
export function bepaalUitkomst(d: Dossier, sector: SectorRegels | null): Uitkomst {
  if (!d.sector || !d.betrokkene || !d.acuutGevaar || !sector || (sector.medewerkerRoute && !d.medewerkerVermoeden)) {
    return onvolledig('start');
  }
  const voor: string[] = d.acuutGevaar === 'ja' ? ['acuut-gevaar-gebeld'] : [];
  if (medewerkerRouteActief(d, sector)) {
    return {
      soort: 'medewerker-route',
      melden: 'ja',
      hulp: 'open',
      meldnormen: [],
      samenMetVeiligThuis: false,
      ontbreekt: null,
      redenen: ['medewerker'],
      acties: [...voor, 'medewerker-route-volgen'],
    };
  }
  const e = effectief(d, sector);
  if (e.a1 === null) return onvolledig(4, [], voor);
  if (e.a1 === 'nee') {
    return {
      soort: 'afsluiten',
      melden: 'nee',
      hulp: 'nee',
      meldnormen: [],
      samenMetVeiligThuis: false,
      ontbreekt: null,
      redenen: ['geen-vermoeden'],
      acties: [...voor, 'afsluiten-vastleggen'],
    };
  }
  if (e.a2 === null) return onvolledig(4, [], voor);
  if (e.a2 === 'twijfel') return onvolledig(4, ['twijfel-a2'], [...voor, 'raadpleeg-vt-bij-twijfel']);
  if (e.a2 === 'ja' && e.a2Soort.length === 0) return onvolledig(4, [], voor);

  if (e.a2 === 'ja') {
    const redenen = ['reden-norm-1', ...(['acuut', 'structureel', 'disclosure'] as const).filter((s) => e.a2Soort.includes(s)).map((s) => `onveilig-${s}`)];
    const acties = [...voor, 'melden-vt', 'informeren-client', 'a3-5-samen-met-vt'];
    const meldnormen: (1 | 2 | 3)[] = [1];
    let hulp: Beslissing = 'open';
    if (e.a3 === 'nee') {
      hulp = 'nee';
      redenen.push('geen-eigen-hulp-vt');
    } else if (e.a3 === 'ja' && e.a4 === 'nee') {
      hulp = 'nee';
      redenen.push('hulp-niet-aanvaard-vt');
    } else if (e.a3 === 'ja' && e.a4 === 'ja') {
      hulp = 'ja';
      redenen.push('hulp-aanvaard');
      volgHulp(e.a5, redenen, acties, meldnormen, true);
    } else {
      redenen.push('hulp-nog-bepalen-met-vt');
    }
    return {
      soort: hulp === 'ja' ? 'melden-en-hulp' : 'melden',
      melden: 'ja',
      hulp,
      meldnormen,
      samenMetVeiligThuis: true,
      ontbreekt: null,
      redenen,
      acties,
    };
  }

  // a2 === 'nee': the professional weighs afwegingen 3–5 alone.
  const redenen = ['geen-acute-of-structurele-onveiligheid'];
  if (e.a3 === null) return onvolledig(5, redenen, voor);
  // Meldnorm 2: no sufficient help of one's own (afweging 3 or 4 answered "nee").
  const meldnorm2 = (reden: string): Uitkomst => ({
    soort: 'melden',
    melden: 'ja',
    hulp: 'nee',
    meldnormen: [2],
    samenMetVeiligThuis: false,
    ontbreekt: null,
    redenen: [...redenen, 'reden-norm-2', reden],
    acties: [...voor, 'melden-vt', 'informeren-client'],
  });
  if (e.a3 === 'nee') return meldnorm2('geen-eigen-hulp');
  if (e.a4 === null) return onvolledig(5, redenen, voor);
  if (e.a4 === 'nee') return meldnorm2('hulp-niet-aanvaard');
  if (e.a5 === null) return onvolledig(5, [...redenen, 'hulp-aanvaard'], voor);
  const acties = [...voor, 'hulp-bieden'];
  const meldnormen: (1 | 2 | 3)[] = [];
  redenen.push('hulp-aanvaard');
  volgHulp(e.a5, redenen, acties, meldnormen, false);
  const melden = meldnormen.length > 0;
  return {
    soort: melden ? 'melden-en-hulp' : 'hulp',
    melden: melden ? 'ja' : 'nee',
    hulp: 'ja',
    meldnormen,
    samenMetVeiligThuis: false,
    ontbreekt: null,
    redenen,
    acties: melden ? [...acties, 'informeren-client'] : acties,
  };
}

function volgHulp(a5: Dossier['afwegingen']['a5'], redenen: string[], acties: string[], meldnormen: (1 | 2 | 3)[], alGemeld: boolean) {
  if (a5 === 'nee') {
    redenen.push('reden-norm-3', 'hulp-werkt-niet');
    if (!meldnormen.includes(3)) meldnormen.push(3);
    acties.push(alGemeld ? 'opnieuw-melden' : 'melden-vt');
  } else if (a5 === 'ja') {
    redenen.push('hulp-werkt');
    acties.push('afsluiten-met-afspraken');
  } else {
    redenen.push('hulp-loopt');
    acties.push('monitoren');
  }
}

/** Problems that keep the user on a screen (shown on "Volgende stap"): codes, texts in teksten.yaml. */
export function schermFouten(d: Dossier, sector: SectorRegels | null, scherm: Scherm): { veld: Veld; code: string }[] {
  const f: { veld: Veld; code: string }[] = [];
  const r = (v: Veld) => isRelevant(d, sector, v);
  if (scherm === 'start') {
    if (!d.sector) f.push({ veld: 'sector', code: 'fout-sector' });
    if (!d.betrokkene) f.push({ veld: 'betrokkene', code: 'fout-betrokkene' });
    if (!d.acuutGevaar) f.push({ veld: 'acuutGevaar', code: 'fout-acuut' });
    if (r('medewerkerVermoeden') && !d.medewerkerVermoeden) f.push({ veld: 'medewerkerVermoeden', code: 'fout-medewerker' });
  }
  if (medewerkerRouteActief(d, sector)) return f;
  if (scherm === 1) {
    if (d.signalen.some((s) => leeg(s.omschrijving))) f.push({ veld: 'signalen', code: 'fout-signaal-leeg' });
    if (r('kindcheck') && !d.kindcheck.uitkomst) f.push({ veld: 'kindcheck', code: 'fout-kindcheck' });
  }
  if (scherm === 2) {
    if (d.consultaties.some((c) => leeg(c.met))) f.push({ veld: 'consultaties', code: 'fout-consultatie-met' });
    if (r('geenVtReden') && leeg(d.geenVtReden)) f.push({ veld: 'geenVtReden', code: 'fout-geen-vt-reden' });
  }
  if (scherm === 3) {
    if (!d.gesprek.gevoerd) f.push({ veld: 'gesprek', code: 'fout-gesprek' });
    if (r('gesprekUitzondering')) {
      if (!d.gesprek.uitzondering) f.push({ veld: 'gesprekUitzondering', code: 'fout-uitzondering' });
      if (leeg(d.gesprek.uitzonderingReden)) f.push({ veld: 'gesprekUitzondering', code: 'fout-uitzondering-reden' });
    }
  }
  if (scherm === 4) {
    if (!d.afwegingen.a1) f.push({ veld: 'a1', code: 'fout-a1' });
    if (r('a2') && !d.afwegingen.a2) f.push({ veld: 'a2', code: 'fout-a2' });
    if (r('a2Soort') && d.afwegingen.a2Soort.length === 0) f.push({ veld: 'a2Soort', code: 'fout-a2-soort' });
  }
  if (scherm === 5) {
    if (r('a3') && !d.afwegingen.a3) f.push({ veld: 'a3', code: 'fout-a3' });
    if (r('a4') && !d.afwegingen.a4) f.push({ veld: 'a4', code: 'fout-a4' });
    if (r('a5') && !d.afwegingen.a5) f.push({ veld: 'a5', code: 'fout-a5' });
    if (r('informeren') && !d.informeren.gedaan) f.push({ veld: 'informeren', code: 'fout-informeren' });
    if (r('informerenUitzondering')) {
      if (!d.informeren.uitzondering) f.push({ veld: 'informerenUitzondering', code: 'fout-uitzondering' });
      if (leeg(d.informeren.reden)) f.push({ veld: 'informerenUitzondering', code: 'fout-uitzondering-reden' });
    }
  }
  return f;
}

/** Which screens come after this one. The afwegingskader ends the walk early when there is no vermoeden. */
export function volgendScherm(d: Dossier, sector: SectorRegels | null, scherm: Scherm): Scherm {
  if (scherm === 'overzicht') return 'overzicht';
  if (scherm === 'start') return medewerkerRouteActief(d, sector) ? 'overzicht' : 1;
  if (scherm === 4) {
    const a = effectief(d, sector);
    if (a.a1 === 'nee') return 'overzicht';
  }
  if (scherm === 5) return 'overzicht';
  return (scherm + 1) as StapNummer;
}

export function vorigScherm(d: Dossier, sector: SectorRegels | null, scherm: Scherm): Scherm {
  if (scherm === 'start') return 'start';
  if (scherm === 'overzicht') {
    if (medewerkerRouteActief(d, sector)) return 'start';
    return effectief(d, sector).a1 === 'nee' ? 4 : 5;
  }
  return scherm === 1 ? 'start' : ((scherm - 1) as StapNummer);
}

/** Screens of the walk in order, with whether they apply (for the step navigation). */
export function schermen(d: Dossier, sector: SectorRegels | null): { scherm: Scherm; vanToepassing: boolean }[] {
  const route = medewerkerRouteActief(d, sector);
  const dicht = effectief(d, sector).a1 === 'nee';
  return [
    { scherm: 'start' as Scherm, vanToepassing: true },
    ...STAPPEN.map((s) => ({ scherm: s as Scherm, vanToepassing: !route && !(s === 5 && dicht) })),
    { scherm: 'overzicht' as Scherm, vanToepassing: true },
  ];
}

/** Points for attention that do not block (shown in the summary and the export): codes. */
export function aandachtspunten(d: Dossier, sector: SectorRegels | null): string[] {
  if (!d.sector || medewerkerRouteActief(d, sector)) return [];
  const p: string[] = [];
  const u = bepaalUitkomst(d, sector);
  const bevestigt = d.signalen.filter((s) => s.richting === 'bevestigt').length;
  const ontkracht = d.signalen.filter((s) => s.richting === 'ontkracht').length;
  if (d.signalen.length === 0) p.push('let-geen-signalen');
  else if (ontkracht === 0 && bevestigt > 0) p.push('let-alleen-bevestigend');
  if (d.signalen.some((s) => s.bronSoort === 'van-derden')) p.push('let-signalen-van-derden');
  if (d.consultaties.length === 0) p.push('let-geen-consultatie');
  if (d.consultaties.some((c) => c.met === VEILIG_THUIS && c.anoniem)) p.push('let-anoniem-advies');
  if (d.bijzondereVormen.length > 0 && !d.consultaties.some((c) => c.met === VEILIG_THUIS || c.met === DESKUNDIGE)) {
    p.push('let-bijzondere-vorm-zonder-deskundige');
  }
  if (isRelevant(d, sector, 'kindcheck') && d.kindcheck.uitkomst === 'onduidelijk' && d.consultaties.length === 0) {
    p.push('let-kindcheck-onduidelijk');
  }
  if (isRelevant(d, sector, 'kindcheck') && d.kindcheck.uitkomst === 'positief') p.push('let-kindcheck-positief');
  if (sector?.vtAltijdRaadplegen && !vtGeraadpleegd(d) && !leeg(d.geenVtReden)) p.push('let-vt-niet-geraadpleegd');
  if (d.acuutGevaar === 'ja' && effectief(d, sector).a2 === 'nee') p.push('let-acuut-bij-start');
  if (d.acuutGevaar === 'ja' && effectief(d, sector).a1 === 'nee') p.push('let-acuut-bij-start-geen-vermoeden');
  if (d.gesprek.gevoerd === 'nee' && u.melden === 'nee' && u.soort !== 'onvolledig') p.push('let-geen-gesprek-geen-melding');
  if (u.melden === 'ja' && d.informeren.gedaan === 'nee') p.push('let-niet-geinformeerd');
  if (u.hulp === 'ja' && leeg(d.monitoring.wanneer)) p.push('let-geen-evaluatiemoment');
  return p;
}

/** Fields that hold an answer but no longer count (shown as "niet meer van toepassing"). */
export function genegeerdeAntwoorden(d: Dossier, sector: SectorRegels | null): Veld[] {
  const a = d.afwegingen;
  const gevuld: Record<Veld, boolean> = {
    sector: !!d.sector,
    betrokkene: !!d.betrokkene,
    acuutGevaar: !!d.acuutGevaar,
    medewerkerVermoeden: !!d.medewerkerVermoeden,
    signalen: d.signalen.length > 0,
    beschermendeFactoren: !leeg(d.beschermendeFactoren),
    kindcheck: !!d.kindcheck.uitkomst || d.kindcheck.aanleidingen.length > 0 || d.kindcheck.nagegaan.length > 0 || !leeg(d.kindcheck.notitie),
    consultaties: d.consultaties.length > 0,
    bijzondereVormen: d.bijzondereVormen.length > 0,
    geenVtReden: !leeg(d.geenVtReden),
    gesprek: !!d.gesprek.gevoerd,
    gesprekInhoud: [d.gesprek.doel, d.gesprek.feiten, d.gesprek.reactie, d.gesprek.interpretatie, d.gesprek.afspraken].some((s) => !leeg(s)),
    gesprekUitzondering: !!d.gesprek.uitzondering || !leeg(d.gesprek.uitzonderingReden),
    a1: !!a.a1,
    a2: !!a.a2,
    a2Soort: a.a2Soort.length > 0,
    a3: !!a.a3,
    a4: !!a.a4,
    a5: !!a.a5,
    informeren: !!d.informeren.gedaan || !leeg(d.informeren.reactie),
    informerenUitzondering: !!d.informeren.uitzondering || !leeg(d.informeren.reden),
    monitoring: !leeg(d.monitoring.wat) || !leeg(d.monitoring.wanneer),
  };
  return (Object.keys(gevuld) as Veld[]).filter((v) => gevuld[v] && !isRelevant(d, sector, v));
}

export interface Wijziging {
  code: string;
  van?: string;
  naar?: string;
  velden?: Veld[];
}

/** What changed in the outcome after an edit: codes with the old and new values (texts in content). */
export function wijzigingen(voor: Dossier, na: Dossier, sectorVoor: SectorRegels | null, sectorNa: SectorRegels | null): Wijziging[] {
  const u1 = bepaalUitkomst(voor, sectorVoor);
  const u2 = bepaalUitkomst(na, sectorNa);
  const w: Wijziging[] = [];
  if (u1.soort !== u2.soort && u1.soort !== 'onvolledig' && u2.soort !== 'onvolledig') {
    w.push({ code: 'wijziging-uitkomst', van: u1.soort, naar: u2.soort });
  } else if (u1.soort !== 'onvolledig' && u2.soort === 'onvolledig') {
    w.push({ code: 'wijziging-onvolledig', van: u1.soort });
  }
  if (u1.melden !== u2.melden && u1.melden !== 'open' && u2.melden !== 'open') {
    w.push({ code: 'wijziging-melden', van: u1.melden, naar: u2.melden });
  }
  if (u1.hulp !== u2.hulp && u1.hulp !== 'open' && u2.hulp !== 'open') {
    w.push({ code: 'wijziging-hulp', van: u1.hulp, naar: u2.hulp });
  }
  const g1 = new Set(genegeerdeAntwoorden(voor, sectorVoor));
  const g2 = genegeerdeAntwoorden(na, sectorNa);
  const nieuwGenegeerd = g2.filter((v) => !g1.has(v));
  if (nieuwGenegeerd.length) w.push({ code: 'wijziging-niet-meer-van-toepassing', velden: nieuwGenegeerd });
  const terug = [...g1].filter((v) => !g2.includes(v) && isRelevant(na, sectorNa, v));
  if (terug.length) w.push({ code: 'wijziging-weer-van-toepassing', velden: terug });
  const r = (d: Dossier, s: SectorRegels | null, v: Veld) => isRelevant(d, s, v);
  const nuNodig = (['kindcheck', 'geenVtReden', 'a2', 'a3', 'a4', 'a5', 'informeren', 'monitoring'] as Veld[]).filter(
    (v) => !r(voor, sectorVoor, v) && r(na, sectorNa, v) && !g1.has(v),
  );
  if (nuNodig.length) w.push({ code: 'wijziging-nieuwe-vragen', velden: nuNodig });
  return w;
}
