/**
 * What the summary points out without blocking: points for attention, answers that no longer count,
 * and what changed in the outcome after an edit. Codes only; texts in teksten.yaml.
 */
import { DESKUNDIGE, VEILIG_THUIS, type Dossier, type SectorRegels } from './model.ts';
import { bepaalUitkomst } from './uitkomst.ts';
import { effectief, isRelevant, kindcheckUitkomst, leeg, medewerkerRouteActief, vtGeraadpleegd, type Veld } from './velden.ts';

/** Points for attention that do not block (shown in the summary and the export): codes. */
export function aandachtspunten(d: Dossier, sector: SectorRegels | null): string[] {
  if (!d.sector || medewerkerRouteActief(d, sector) || d.route === 'kindcheck') return [];
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
  if (d.bijzondereVormen.length > 0 && d.gesprek.gevoerd === 'ja') p.push('let-bijzondere-vorm-gesprek');
  if (isRelevant(d, sector, 'kindcheck') && kindcheckUitkomst(d) === 'onduidelijk' && d.consultaties.length === 0) {
    p.push('let-kindcheck-onduidelijk');
  }
  if (isRelevant(d, sector, 'kindcheck') && kindcheckUitkomst(d) === 'positief') p.push('let-kindcheck-positief');
  if (sector?.vtAltijdRaadplegen && !vtGeraadpleegd(d) && !leeg(d.geenVtReden)) p.push('let-vt-niet-geraadpleegd');
  if (d.acuutGevaar === 'ja' && effectief(d, sector).a2 === 'nee') p.push('let-acuut-bij-start');
  if (d.acuutGevaar === 'ja' && effectief(d, sector).a1 === 'nee') p.push('let-acuut-bij-start-geen-vermoeden');
  if (d.gesprek.gevoerd === 'nee' && u.melden === 'nee' && u.soort !== 'onvolledig') p.push('let-geen-gesprek-geen-melding');
  if (u.melden === 'ja' && d.informeren.status === 'uitzondering') p.push('let-niet-geinformeerd');
  if (u.melden === 'ja' && d.informeren.status === 'gepland') p.push('let-informeren-gepland');
  if (u.samenMetVeiligThuis && effectief(d, sector).a3 === null) p.push('let-a3-5-later');
  if (u.hulp === 'ja' && leeg(d.monitoring.wanneer) && effectief(d, sector).a5 !== 'ja') p.push('let-geen-evaluatiemoment');
  return p;
}

/** Fields that hold an answer but no longer count (shown as "niet meer van toepassing"). */
export function genegeerdeAntwoorden(d: Dossier, sector: SectorRegels | null): Veld[] {
  const a = d.afwegingen;
  const m = d.medewerker;
  const gevuld: Record<Veld, boolean> = {
    rol: !leeg(d.rol),
    kenmerk: !leeg(d.kenmerk),
    sector: !!d.sector,
    betrokkene: !!d.betrokkene,
    acuutGevaar: !!d.acuutGevaar,
    medewerkerVermoeden: !!d.medewerkerVermoeden,
    medewerker: [m.feiten, m.gemeldAan, m.gemeldOp, m.overleg, m.maatregelen].some((s) => !leeg(s)),
    bijzondereVormen: d.bijzondereVormen.length > 0,
    signalenDatum: !leeg(d.signalenDatum),
    signalen: d.signalen.length > 0,
    beschermendeFactoren: !leeg(d.beschermendeFactoren),
    kindcheck:
      !!d.kindcheck.kinderen || !!d.kindcheck.uitkomst || d.kindcheck.aanleidingen.length > 0 || d.kindcheck.nagegaan.length > 0 || !leeg(d.kindcheck.notitie),
    consultaties: d.consultaties.length > 0,
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
    melding: !leeg(d.melding.datum) || !leeg(d.melding.afspraken),
    informeren: !!d.informeren.status || !leeg(d.informeren.reactie),
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
