/**
 * Moving through the screens: which problems keep the user on a screen, and which screen comes next.
 * Only what the meldcode asks blocks: after a melding on afweging 2, afwegingen 3–5 (with Veilig Thuis)
 * may stay open.
 */
import { STAPPEN, type Dossier, type Scherm, type SectorRegels, type StapNummer } from './model.ts';
import { bepaalUitkomst } from './uitkomst.ts';
import { effectief, isRelevant, kindcheckUitkomst, leeg, medewerkerRouteActief, type Veld } from './velden.ts';

export interface Fout {
  veld: Veld;
  code: string;
}

/** Problems that keep the user on a screen (shown on "Volgende stap"): codes, texts in teksten.yaml. */
export function schermFouten(d: Dossier, sector: SectorRegels | null, scherm: Scherm): Fout[] {
  const f: Fout[] = [];
  const r = (v: Veld) => isRelevant(d, sector, v);
  if (scherm === 'start') {
    if (!d.sector) f.push({ veld: 'sector', code: 'fout-sector' });
    if (!d.betrokkene) f.push({ veld: 'betrokkene', code: 'fout-betrokkene' });
    if (d.route === 'kindcheck' && d.betrokkene === 'kind') f.push({ veld: 'betrokkene', code: 'fout-kindcheck-kind' });
    if (!d.acuutGevaar) f.push({ veld: 'acuutGevaar', code: 'fout-acuut' });
    if (r('medewerkerVermoeden') && !d.medewerkerVermoeden) f.push({ veld: 'medewerkerVermoeden', code: 'fout-medewerker' });
  }
  if (scherm === 'kindcheck' && !kindcheckUitkomst(d)) f.push({ veld: 'kindcheck', code: 'fout-kindcheck' });
  if (medewerkerRouteActief(d, sector) || d.route === 'kindcheck') return f;
  if (scherm === 1) {
    if (d.signalen.some((s) => leeg(s.omschrijving))) f.push({ veld: 'signalen', code: 'fout-signaal-leeg' });
    if (r('kindcheck') && !kindcheckUitkomst(d)) f.push({ veld: 'kindcheck', code: 'fout-kindcheck' });
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
    // After a melding on afweging 2, afwegingen 3–5 are answered with Veilig Thuis, possibly later.
    const samen = bepaalUitkomst(d, sector).samenMetVeiligThuis;
    if (!samen) {
      if (r('a3') && !d.afwegingen.a3) f.push({ veld: 'a3', code: 'fout-a3' });
      if (r('a4') && !d.afwegingen.a4) f.push({ veld: 'a4', code: 'fout-a4' });
      if (r('a5') && !d.afwegingen.a5) f.push({ veld: 'a5', code: 'fout-a5' });
    }
    if (r('informeren') && !d.informeren.status) f.push({ veld: 'informeren', code: 'fout-informeren' });
    if (r('informerenUitzondering')) {
      if (!d.informeren.uitzondering) f.push({ veld: 'informerenUitzondering', code: 'fout-uitzondering' });
      if (leeg(d.informeren.reden)) f.push({ veld: 'informerenUitzondering', code: 'fout-uitzondering-reden' });
    }
  }
  return f;
}

/** Which screen comes after this one. The afwegingskader ends the walk early when there is no vermoeden. */
export function volgendScherm(d: Dossier, sector: SectorRegels | null, scherm: Scherm): Scherm {
  if (scherm === 'overzicht') return 'overzicht';
  if (d.route === 'kindcheck') return scherm === 'start' ? 'kindcheck' : 'overzicht';
  if (scherm === 'kindcheck') return 1;
  if (scherm === 'start') return medewerkerRouteActief(d, sector) ? 'overzicht' : 1;
  if (scherm === 4 && effectief(d, sector).a1 === 'nee') return 'overzicht';
  if (scherm === 5) return 'overzicht';
  return (scherm + 1) as StapNummer;
}

export function vorigScherm(d: Dossier, sector: SectorRegels | null, scherm: Scherm): Scherm {
  if (scherm === 'start') return 'start';
  if (d.route === 'kindcheck') return scherm === 'overzicht' ? 'kindcheck' : 'start';
  if (scherm === 'kindcheck') return 'start';
  if (scherm === 'overzicht') {
    if (medewerkerRouteActief(d, sector)) return 'start';
    return effectief(d, sector).a1 === 'nee' ? 4 : 5;
  }
  return scherm === 1 ? 'start' : ((scherm - 1) as StapNummer);
}

/** Screens of the walk in order, with whether they apply (for the step navigation). */
export function schermen(d: Dossier, sector: SectorRegels | null): { scherm: Scherm; vanToepassing: boolean }[] {
  if (d.route === 'kindcheck') {
    return (['start', 'kindcheck', 'overzicht'] as Scherm[]).map((scherm) => ({ scherm, vanToepassing: true }));
  }
  const route = medewerkerRouteActief(d, sector);
  const dicht = effectief(d, sector).a1 === 'nee';
  return [
    { scherm: 'start' as Scherm, vanToepassing: true },
    ...STAPPEN.map((s) => ({ scherm: s as Scherm, vanToepassing: !route && !(s === 5 && dicht) })),
    { scherm: 'overzicht' as Scherm, vanToepassing: true },
  ];
}

/** After "Volgende": the next screen; after "Wijzig" from the summary, back there unless the change opened new questions further on. */
export function naVolgende(d: Dossier, sector: SectorRegels | null, scherm: Scherm, vanOverzicht: boolean): Scherm {
  const volgend = volgendScherm(d, sector, scherm);
  if (!vanOverzicht) return volgend;
  for (let s = volgend; s !== 'overzicht'; s = volgendScherm(d, sector, s)) {
    if (schermFouten(d, sector, s).length > 0) return s;
  }
  return bepaalUitkomst(d, sector).ontbreekt ?? 'overzicht';
}
