/**
 * The "check your answers" summary: every answer by step, with its label and whether it still counts,
 * and the outcome. Used by the summary screen (with change links), the printout and the text export.
 */
import { formatDate, parseDate } from '../../../instrument/dates.ts';
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier, Scherm } from './model.ts';
import { aandachtspunten, bepaalUitkomst, isRelevant, kindcheckUitkomst, medewerkerRouteActief, type Uitkomst, type Veld } from './regels.ts';
import { afwegingTekst, lijstLabel, sectorRegels, sectorTekst, stapTekst, tekst, veldLabel } from './teksten.ts';

export interface Rij {
  veld: Veld;
  scherm: Scherm;
  label: string;
  /** Each value may hold line breaks the user typed; they are kept. */
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
  /** Role, case reference and the link to the other record (never a name). */
  kop: { label: string; waarde: string }[];
  secties: Sectie[];
  uitkomst: Uitkomst;
  uitkomstTitel: string;
  uitkomstTekst: string;
  /** The two decisions of stap 5; empty in the staff-member route and the kindcheck route. */
  beslissingen: { vraag: string; antwoord: string }[];
  meldnormen: string[];
  /** The steps of the staff-member route (when it applies). */
  routeStappen: string[];
  redenen: string[];
  acties: string[];
  aandachtspunten: string[];
}

/** A date field ("2026-03-12") as a Dutch date ("12 maart 2026"); other text (e.g. "begin maart") stays as typed. */
export const dag = (s: string): string => {
  const d = parseDate(s.trim());
  return d ? formatDate(d) : s;
};

export function maakSamenvatting(d: Dossier, t: MeldcodeTeksten): Samenvatting {
  const sector = sectorRegels(t, d.sector);
  const st = sectorTekst(t, d.sector);
  const L = t.lijsten;
  const jn = (v: string | null) => (v ? tekst(t, `waarde-${v}`) : '');
  /** An empty answer: a list with nothing ticked reads differently from a question not answered. */
  const rij = (scherm: Scherm, veld: Veld, waarden: (string | null | undefined | false)[], opties: { label?: string | undefined; leeg?: string } = {}): Rij | null => {
    const w = waarden.filter((x): x is string => !!x && x.trim() !== '');
    const relevant = isRelevant(d, sector, veld);
    if (!relevant && w.length === 0) return null;
    return { veld, scherm, label: opties.label ?? veldLabel(t, scherm, veld), waarden: w.length ? w : [tekst(t, opties.leeg ?? 'waarde-niet-beantwoord')], genegeerd: !relevant };
  };
  const tekstveld = { leeg: 'waarde-leeg' };
  const a = d.afwegingen;
  const afw = (k: 'a1' | 'a2' | 'a3' | 'a4' | 'a5') => `${veldLabel(t, k === 'a1' || k === 'a2' ? 4 : 5, k)}: ${afwegingTekst(t, d.sector, k).vraag}`;
  const met = (label: string, s: string) => (s.trim() ? `${label}: ${s}` : null);
  const toel = (s: string) => met(tekst(t, 'label-toelichting'), s);
  const datum = (scherm: Scherm, veld: string, s: string) => met(veldLabel(t, scherm, veld), dag(s));
  const kc = d.kindcheck;
  const kindcheckRij = (scherm: Scherm) =>
    rij(scherm, 'kindcheck', [
      kc.kinderen && `${veldLabel(t, 1, 'kinderen')}: ${jn(kc.kinderen)}`,
      kc.aanleidingen.length > 0 && `${tekst(t, 'label-aanleidingen')}: ${kc.aanleidingen.map((i) => lijstLabel(L.oudersignalen, i)).join('; ')}`,
      kc.nagegaan.length > 0 && `${tekst(t, 'label-nagegaan')}: ${kc.nagegaan.map((i) => lijstLabel(L['kindcheck-controles'], i)).join('; ')}`,
      kindcheckUitkomst(d) && `${tekst(t, 'label-uitkomst')}: ${lijstLabel(L['kindcheck-uitkomsten'], kindcheckUitkomst(d))}`,
      kc.notitie,
    ]);
  const m = d.medewerker;

  const start: Sectie = {
    scherm: 'start',
    titel: stapTekst(t, 'start').titel,
    rijen: [
      rij('start', 'sector', [st?.naam]),
      rij('start', 'betrokkene', [lijstLabel(L.betrokkenen, d.betrokkene)]),
      rij('start', 'acuutGevaar', [jn(d.acuutGevaar)]),
      rij('start', 'bijzondereVormen', d.bijzondereVormen.map((i) => lijstLabel(L['bijzondere-vormen'], i)), { leeg: 'waarde-niets-aangekruist' }),
      rij('start', 'medewerkerVermoeden', [jn(d.medewerkerVermoeden)], { label: st?.medewerkerRoute?.vraag }),
      rij('start', 'medewerker', [
        met(veldLabel(t, 'start', 'medewerkerFeiten'), m.feiten),
        met(veldLabel(t, 'start', 'medewerkerGemeldAan'), m.gemeldAan),
        met(veldLabel(t, 'start', 'medewerkerGemeldOp'), dag(m.gemeldOp)),
        met(veldLabel(t, 'start', 'medewerkerOverleg'), m.overleg),
        met(veldLabel(t, 'start', 'medewerkerMaatregelen'), m.maatregelen),
      ], tekstveld),
    ].filter((r): r is Rij => r !== null),
  };
  const secties: Sectie[] =
    d.route === 'kindcheck'
      ? [start, { scherm: 'kindcheck', titel: stapTekst(t, 'kindcheck').titel, rijen: [kindcheckRij('kindcheck')].filter((r): r is Rij => r !== null) }]
      : [
          start,
          {
            scherm: 1,
            titel: stapTekst(t, 1).titel,
            rijen: [
              rij(1, 'signalenDatum', [dag(d.signalenDatum)], tekstveld),
              rij(
                1,
                'signalen',
                d.signalen.map(
                  (s) =>
                    `${tekst(t, `richting-${s.richting}`)}: ${s.omschrijving || tekst(t, 'waarde-leeg')} (${[lijstLabel(L.signaalcategorieen, s.categorie), lijstLabel(L.bronsoorten, s.bronSoort), s.bron].filter(Boolean).join('; ')})`,
                ),
                { leeg: 'ui-geen-signalen' },
              ),
              rij(1, 'beschermendeFactoren', [d.beschermendeFactoren], tekstveld),
              kindcheckRij(1),
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
                    `${lijstLabel(L.consultpartners, c.met) || tekst(t, 'waarde-leeg')}${c.wanneer ? ` (${dag(c.wanneer)})` : ''}${c.anoniem ? `, ${tekst(t, 'label-anoniem')}` : ''}: ${c.advies || tekst(t, 'waarde-leeg')}`,
                ),
                { leeg: 'ui-geen-consultaties' },
              ),
              rij(2, 'geenVtReden', [d.geenVtReden], tekstveld),
            ].filter((r): r is Rij => r !== null),
          },
          {
            scherm: 3,
            titel: stapTekst(t, 3).titel,
            rijen: [
              rij(3, 'gesprek', [jn(d.gesprek.gevoerd), datum(3, 'datum', d.gesprek.datum)]),
              rij(3, 'gesprekInhoud', [
                met(veldLabel(t, 3, 'doel'), d.gesprek.doel),
                met(veldLabel(t, 3, 'feiten'), d.gesprek.feiten),
                met(veldLabel(t, 3, 'reactie'), d.gesprek.reactie),
                met(veldLabel(t, 3, 'interpretatie'), d.gesprek.interpretatie),
                met(veldLabel(t, 3, 'afspraken'), d.gesprek.afspraken),
              ], tekstveld),
              rij(3, 'gesprekUitzondering', [lijstLabel(L.uitzonderingen, d.gesprek.uitzondering), d.gesprek.uitzonderingReden]),
            ].filter((r): r is Rij => r !== null),
          },
          {
            scherm: 4,
            titel: stapTekst(t, 4).titel,
            rijen: [
              rij(4, 'a1', [jn(a.a1), toel(a.toelichting.a1), datum(4, 'datum', a.datum)], { label: afw('a1') }),
              rij(4, 'a2', [jn(a.a2), toel(a.toelichting.a2)], { label: afw('a2') }),
              rij(4, 'a2Soort', a.a2Soort.map((s) => lijstLabel(L.onveiligheid, s)), { leeg: 'waarde-niets-aangekruist' }),
            ].filter((r): r is Rij => r !== null),
          },
          {
            scherm: 5,
            titel: stapTekst(t, 5).titel,
            rijen: [
              rij(5, 'a3', [jn(a.a3), toel(a.toelichting.a3)], { label: afw('a3') }),
              rij(5, 'a4', [jn(a.a4), toel(a.toelichting.a4)], { label: afw('a4') }),
              rij(5, 'a5', [jn(a.a5), toel(a.toelichting.a5)], { label: afw('a5') }),
              rij(5, 'melding', [datum(5, 'meldingDatum', d.melding.datum), met(veldLabel(t, 5, 'meldingAfspraken'), d.melding.afspraken)], tekstveld),
              rij(5, 'informeren', [jn(d.informeren.status), datum(5, 'informerenDatum', d.informeren.datum), met(veldLabel(t, 5, 'informerenReactie'), d.informeren.reactie)]),
              rij(5, 'informerenUitzondering', [lijstLabel(L.uitzonderingen, d.informeren.uitzondering), d.informeren.reden]),
              rij(5, 'monitoring', [d.monitoring.wat, datum(5, 'wanneer', d.monitoring.wanneer)], tekstveld),
            ].filter((r): r is Rij => r !== null),
          },
        ];

  const uitkomst = bepaalUitkomst(d, sector);
  const kop = [
    { label: veldLabel(t, 'start', 'rol'), waarde: d.rol },
    { label: veldLabel(t, 'start', 'kenmerk'), waarde: d.kenmerk },
  ].filter((x) => x.waarde.trim() !== '');
  if (d.koppeling) {
    kop.push({
      label: tekst(t, `koppeling-${d.koppeling.soort}`),
      waarde: [d.koppeling.kenmerk || tekst(t, 'koppeling-zonder-kenmerk'), dag(d.koppeling.datum)].filter(Boolean).join(', '),
    });
  }
  return {
    kop,
    secties,
    uitkomst,
    uitkomstTitel: t.codes[uitkomst.tekst]?.titel ?? t.codes[`soort-${uitkomst.soort}`]?.titel ?? uitkomst.soort,
    uitkomstTekst: tekst(t, uitkomst.tekst),
    beslissingen: uitkomst.beslissingen
      ? [
          { vraag: tekst(t, 'beslissing-1'), antwoord: tekst(t, `beslissing-${uitkomst.melden}`) },
          { vraag: tekst(t, 'beslissing-2'), antwoord: tekst(t, `beslissing-${uitkomst.hulp}`) },
        ]
      : [],
    meldnormen: uitkomst.meldnormen.map((n) => tekst(t, `meldnorm-${n}`)),
    routeStappen: medewerkerRouteActief(d, sector) ? (st?.medewerkerRoute?.stappen ?? []) : [],
    redenen: uitkomst.redenen.map((c) => tekst(t, c)),
    acties: uitkomst.acties.map((c) => tekst(t, c)),
    aandachtspunten: aandachtspunten(d, sector).map((c) => tekst(t, c)),
  };
}
