/**
 * The "check your answers" summary: every answer by step, with its label and whether it still counts,
 * followed by the outcome. Used by the summary screen (with change links) and by the text export.
 */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier, Scherm } from './model.ts';
import { aandachtspunten, bepaalUitkomst, isRelevant, type Uitkomst, type Veld } from './regels.ts';
import { afwegingTekst, lijstLabel, sectorRegels, sectorTekst, stapTekst, tekst, veldLabel } from './teksten.ts';

export interface Rij {
  veld: Veld;
  scherm: Scherm;
  label: string;
  waarden: string[];
  /** The answer exists but no longer counts after a later change. */
  genegeerd: boolean;
}
export interface Sectie {
  scherm: Scherm;
  titel: string;
  rijen: Rij[];
}
export interface Samenvatting {
  secties: Sectie[];
  uitkomst: Uitkomst;
  uitkomstTitel: string;
  uitkomstTekst: string;
  beslissingen: { vraag: string; antwoord: string }[];
  meldnormen: string[];
  redenen: string[];
  acties: string[];
  aandachtspunten: string[];
}

export function maakSamenvatting(d: Dossier, t: MeldcodeTeksten): Samenvatting {
  const sector = sectorRegels(t, d.sector);
  const L = t.lijsten;
  const jn = (v: string | null) => (v ? tekst(t, `waarde-${v}`) : '');
  const leeg = tekst(t, 'waarde-leeg');
  const rij = (scherm: Scherm, veld: Veld, waarden: (string | null | undefined)[], label = veldLabel(t, scherm, veld)): Rij | null => {
    const w = waarden.filter((x): x is string => !!x && x.trim() !== '');
    const relevant = isRelevant(d, sector, veld);
    if (!relevant && w.length === 0) return null;
    return { veld, scherm, label, waarden: w.length ? w : [leeg], genegeerd: !relevant };
  };
  const a = d.afwegingen;
  const afw = (k: 'a1' | 'a2' | 'a3' | 'a4' | 'a5') => `${veldLabel(t, k === 'a1' || k === 'a2' ? 4 : 5, k)}: ${afwegingTekst(t, d.sector, k).vraag}`;
  const toel = (s: string) => (s.trim() ? `${tekst(t, 'label-toelichting')}: ${s}` : null);

  const secties: Sectie[] = [
    {
      scherm: 'start',
      titel: stapTekst(t, 'start').titel,
      rijen: [
        rij('start', 'sector', [sectorTekst(t, d.sector)?.naam]),
        rij('start', 'betrokkene', [lijstLabel(L.betrokkenen, d.betrokkene)]),
        rij('start', 'acuutGevaar', [jn(d.acuutGevaar)]),
        rij('start', 'medewerkerVermoeden', [jn(d.medewerkerVermoeden)], sectorTekst(t, d.sector)?.medewerkerRoute?.vraag),
      ].filter((r): r is Rij => r !== null),
    },
    {
      scherm: 1,
      titel: stapTekst(t, 1).titel,
      rijen: [
        rij(
          1,
          'signalen',
          d.signalen.map(
            (s) =>
              `${tekst(t, `richting-${s.richting}`)}: ${s.omschrijving || leeg} (${[lijstLabel(L.signaalcategorieen, s.categorie), lijstLabel(L.bronsoorten, s.bronSoort), s.bron].filter(Boolean).join('; ')})`,
          ),
        ),
        rij(1, 'beschermendeFactoren', [d.beschermendeFactoren]),
        rij(1, 'kindcheck', [
          d.kindcheck.aanleidingen.length ? `${tekst(t, 'label-aanleidingen')}: ${d.kindcheck.aanleidingen.map((i) => lijstLabel(L.oudersignalen, i)).join('; ')}` : null,
          d.kindcheck.nagegaan.length ? `${tekst(t, 'label-nagegaan')}: ${d.kindcheck.nagegaan.map((i) => lijstLabel(L['kindcheck-controles'], i)).join('; ')}` : null,
          d.kindcheck.uitkomst ? `${tekst(t, 'label-uitkomst')}: ${lijstLabel(L['kindcheck-uitkomsten'], d.kindcheck.uitkomst)}` : null,
          d.kindcheck.notitie,
        ]),
      ].filter((r): r is Rij => r !== null),
    },
    {
      scherm: 2,
      titel: stapTekst(t, 2).titel,
      rijen: [
        rij(
          2,
          'consultaties',
          d.consultaties.map(
            (c) =>
              `${lijstLabel(L.consultpartners, c.met) || leeg}${c.wanneer ? ` (${c.wanneer})` : ''}${c.anoniem ? `, ${tekst(t, 'label-anoniem')}` : ''}: ${c.advies || leeg}`,
          ),
        ),
        rij(2, 'bijzondereVormen', d.bijzondereVormen.map((i) => lijstLabel(L['bijzondere-vormen'], i))),
        rij(2, 'geenVtReden', [d.geenVtReden]),
      ].filter((r): r is Rij => r !== null),
    },
    {
      scherm: 3,
      titel: stapTekst(t, 3).titel,
      rijen: [
        rij(3, 'gesprek', [jn(d.gesprek.gevoerd)]),
        rij(3, 'gesprekInhoud', [
          d.gesprek.doel && `${veldLabel(t, 3, 'doel')}: ${d.gesprek.doel}`,
          d.gesprek.feiten && `${veldLabel(t, 3, 'feiten')}: ${d.gesprek.feiten}`,
          d.gesprek.reactie && `${veldLabel(t, 3, 'reactie')}: ${d.gesprek.reactie}`,
          d.gesprek.interpretatie && `${veldLabel(t, 3, 'interpretatie')}: ${d.gesprek.interpretatie}`,
          d.gesprek.afspraken && `${veldLabel(t, 3, 'afspraken')}: ${d.gesprek.afspraken}`,
        ]),
        rij(3, 'gesprekUitzondering', [lijstLabel(L.uitzonderingen, d.gesprek.uitzondering), d.gesprek.uitzonderingReden]),
      ].filter((r): r is Rij => r !== null),
    },
    {
      scherm: 4,
      titel: stapTekst(t, 4).titel,
      rijen: [
        rij(4, 'a1', [jn(a.a1), toel(a.toelichting.a1)], afw('a1')),
        rij(4, 'a2', [jn(a.a2), toel(a.toelichting.a2)], afw('a2')),
        rij(4, 'a2Soort', a.a2Soort.map((s) => lijstLabel(L.onveiligheid, s))),
      ].filter((r): r is Rij => r !== null),
    },
    {
      scherm: 5,
      titel: stapTekst(t, 5).titel,
      rijen: [
        rij(5, 'a3', [jn(a.a3), toel(a.toelichting.a3)], afw('a3')),
        rij(5, 'a4', [jn(a.a4), toel(a.toelichting.a4)], afw('a4')),
        rij(5, 'a5', [jn(a.a5), toel(a.toelichting.a5)], afw('a5')),
        rij(5, 'informeren', [jn(d.informeren.gedaan), d.informeren.reactie]),
        rij(5, 'informerenUitzondering', [lijstLabel(L.uitzonderingen, d.informeren.uitzondering), d.informeren.reden]),
        rij(5, 'monitoring', [d.monitoring.wat, d.monitoring.wanneer && `${veldLabel(t, 5, 'wanneer')}: ${d.monitoring.wanneer}`]),
      ].filter((r): r is Rij => r !== null),
    },
  ];

  const uitkomst = bepaalUitkomst(d, sector);
  return {
    secties,
    uitkomst,
    uitkomstTitel: titel2(t, uitkomst),
    uitkomstTekst: tekst(t, `soort-${uitkomst.soort}`),
    beslissingen: [
      { vraag: tekst(t, 'beslissing-1'), antwoord: tekst(t, `beslissing-${uitkomst.melden}`) },
      { vraag: tekst(t, 'beslissing-2'), antwoord: tekst(t, `beslissing-${uitkomst.hulp}`) },
    ],
    meldnormen: uitkomst.meldnormen.map((n) => tekst(t, `meldnorm-${n}`)),
    redenen: uitkomst.redenen.map((c) => tekst(t, c)),
    acties: uitkomst.acties.map((c) => tekst(t, c)),
    aandachtspunten: aandachtspunten(d, sector).map((c) => tekst(t, c)),
  };
}

function titel2(t: MeldcodeTeksten, u: Uitkomst): string {
  return t.codes[`soort-${u.soort}`]?.titel ?? u.soort;
}
