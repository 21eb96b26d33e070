/**
 * The outcome of a walk: the two decisions of stap 5, the meldnormen, and the codes of the reasons and
 * of what to do next (their texts are in teksten.yaml).
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
 * After a melding on afweging 2, afwegingen 3–5 are answered together with Veilig Thuis: they may stay
 * open (filled in later) without blocking anything.
 */
import { DESKUNDIGE, VEILIG_THUIS, type Dossier, type Scherm, type SectorRegels } from './model.ts';
import { effectief, isVolwassene, kindcheckUitkomst, medewerkerRouteActief } from './velden.ts';

export type UitkomstSoort =
  | 'onvolledig'
  | 'afsluiten'
  | 'melden'
  | 'melden-en-hulp'
  | 'hulp'
  | 'medewerker-route'
  | 'kindcheck-negatief'
  | 'kindcheck-twijfel'
  | 'kindcheck-positief';
export type Beslissing = 'ja' | 'nee' | 'open';

export interface Uitkomst {
  soort: UitkomstSoort;
  /** Code of the outcome text (teksten.yaml): the wording that fits the answers. */
  tekst: string;
  /** Whether the two decisions of stap 5 apply (not in the staff-member route or the kindcheck route). */
  beslissingen: boolean;
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
  /** Codes of the reasons, in order. */
  redenen: string[];
  /** Codes of what to do next, most urgent first. */
  acties: string[];
}

function basis(soort: UitkomstSoort, over: Partial<Uitkomst>): Uitkomst {
  return {
    soort,
    tekst: `soort-${soort}`,
    beslissingen: true,
    melden: 'open',
    hulp: 'open',
    meldnormen: [],
    samenMetVeiligThuis: false,
    ontbreekt: null,
    redenen: [],
    acties: [],
    ...over,
  };
}
const onvolledig = (ontbreekt: Scherm, redenen: string[] = [], acties: string[] = []) =>
  basis('onvolledig', { ontbreekt, redenen, acties });

/** Whom to inform about a melding, and how: the parents for a child; never first with a special form. */
export function informerenActie(d: Dossier): string {
  if (d.bijzondereVormen.length > 0) return 'informeren-bijzondere-vorm';
  return d.betrokkene === 'kind' ? 'informeren-ouders' : 'informeren-client';
}

function deskundigeGeraadpleegd(d: Dossier): boolean {
  return d.consultaties.some((c) => c.met === VEILIG_THUIS || c.met === DESKUNDIGE);
}

/** Reasons and actions every meldcode outcome carries: acute danger, special forms, the kindcheck. */
function context(d: Dossier): { voor: string[]; redenen: string[]; na: string[] } {
  const voor: string[] = d.acuutGevaar === 'ja' ? ['acuut-gevaar-gebeld'] : [];
  const redenen: string[] = [];
  const na: string[] = [];
  if (d.bijzondereVormen.length > 0) {
    redenen.push('reden-bijzondere-vorm');
    if (!deskundigeGeraadpleegd(d)) voor.push('raadpleeg-deskundige');
  }
  if (isVolwassene(d)) {
    const k = kindcheckUitkomst(d);
    if (k) redenen.push(`reden-kindcheck-${k}`);
    if (k === 'positief') na.push('kindcheck-start-kinderen');
    if (k === 'onduidelijk') na.push('kindcheck-overleg');
  }
  return { voor, redenen, na };
}

function kindcheckRoute(d: Dossier): Uitkomst {
  const k = kindcheckUitkomst(d);
  const voor = d.acuutGevaar === 'ja' ? ['acuut-gevaar-gebeld'] : [];
  const zonder = { beslissingen: false };
  if (!k) return basis('onvolledig', { ...zonder, ontbreekt: 'kindcheck', acties: voor });
  if (k === 'geen-zorg') {
    return basis('kindcheck-negatief', { ...zonder, redenen: [d.kindcheck.kinderen === 'nee' ? 'reden-kindcheck-geen-kinderen' : 'reden-kindcheck-geen-zorg'], acties: [...voor, 'kindcheck-vastleggen'] });
  }
  if (k === 'onduidelijk') return basis('kindcheck-twijfel', { ...zonder, redenen: ['reden-kindcheck-onduidelijk'], acties: [...voor, 'kindcheck-overleg', 'kindcheck-daarna'] });
  return basis('kindcheck-positief', { ...zonder, redenen: ['reden-kindcheck-positief'], acties: [...voor, 'kindcheck-start-kinderen'] });
}

/** The outcome of the afwegingskader for this dossier: the two decisions, the meldnormen and the reasons. */
export function bepaalUitkomst(d: Dossier, sector: SectorRegels | null): Uitkomst {
  if (!d.sector || !d.betrokkene || !d.acuutGevaar || !sector) return onvolledig('start');
  if (d.route === 'kindcheck') return kindcheckRoute(d);
  if (sector.medewerkerRoute && !d.medewerkerVermoeden) return onvolledig('start');
  if (medewerkerRouteActief(d, sector)) {
    return basis('medewerker-route', {
      beslissingen: false,
      redenen: ['medewerker'],
      acties: [...(d.acuutGevaar === 'ja' ? ['acuut-gevaar-gebeld'] : []), 'medewerker-route-volgen'],
    });
  }
  const { voor, redenen: ctx, na } = context(d);
  const e = effectief(d, sector);
  if (e.a1 === null) return onvolledig(4, [], voor);
  if (e.a1 === 'nee') {
    return basis('afsluiten', { melden: 'nee', hulp: 'nee', redenen: ['geen-vermoeden', ...ctx], acties: [...voor, 'afsluiten-vastleggen', ...na] });
  }
  if (e.a2 === null) return onvolledig(4, [], voor);
  if (e.a2 === 'twijfel') return onvolledig(4, ['twijfel-a2'], [...voor, 'raadpleeg-vt-bij-twijfel']);
  if (e.a2 === 'ja' && e.a2Soort.length === 0) return onvolledig(4, [], voor);
  const informeren = informerenActie(d);

  if (e.a2 === 'ja') {
    // Meldnorm 1. Afwegingen 3–5 together with Veilig Thuis; they may still be open.
    const redenen = ['reden-norm-1', ...(['acuut', 'structureel', 'disclosure'] as const).filter((s) => e.a2Soort.includes(s)).map((s) => `onveilig-${s}`)];
    const acties = [...voor, 'melden-vt', informeren];
    let hulp: Beslissing = 'open';
    let tekst = 'soort-melden-hulp-open';
    if (e.a3 === 'nee') {
      hulp = 'nee';
      tekst = 'soort-melden';
      redenen.push('geen-eigen-hulp-vt');
      acties.push('vt-vervolg');
    } else if (e.a3 === 'ja' && e.a4 === 'nee') {
      hulp = 'nee';
      tekst = 'soort-melden';
      redenen.push('hulp-niet-aanvaard-vt');
      acties.push('vt-vervolg');
    } else if (e.a3 === 'ja' && e.a4 === 'ja') {
      hulp = 'ja';
      redenen.push('hulp-aanvaard');
      if (e.a5 === 'nee') {
        tekst = 'soort-melden-hulp-werkt-niet';
        redenen.push('reden-norm-3', 'hulp-werkt-niet');
        acties.splice(acties.indexOf('melden-vt'), 1, 'opnieuw-melden');
      } else if (e.a5 === 'ja') {
        tekst = 'soort-melden-hulp-werkt';
        redenen.push('hulp-werkt');
        acties.push('afsluiten-met-afspraken');
      } else {
        tekst = 'soort-melden-en-hulp';
        redenen.push(e.a5 === 'loopt' ? 'hulp-loopt' : 'hulp-loopt-vt');
        acties.push('hulp-bieden-met-vt', 'monitoren');
      }
    } else {
      redenen.push('hulp-nog-bepalen-met-vt');
      acties.push('a3-5-samen-met-vt');
    }
    return basis(hulp === 'ja' ? 'melden-en-hulp' : 'melden', {
      tekst,
      melden: 'ja',
      hulp,
      meldnormen: e.a5 === 'nee' && hulp === 'ja' ? [1, 3] : [1],
      samenMetVeiligThuis: true,
      redenen: [...redenen, ...ctx],
      acties: [...acties, ...na],
    });
  }

  // a2 === 'nee': the professional weighs afwegingen 3–5 alone.
  const redenen = ['geen-acute-of-structurele-onveiligheid'];
  if (e.a3 === null) return onvolledig(5, redenen, voor);
  const meldnorm2 = (reden: string): Uitkomst =>
    basis('melden', {
      tekst: 'soort-melden-norm-2',
      melden: 'ja',
      hulp: 'nee',
      meldnormen: [2],
      redenen: [...redenen, 'reden-norm-2', reden, ...ctx],
      acties: [...voor, 'melden-vt', informeren, ...na],
    });
  if (e.a3 === 'nee') return meldnorm2('geen-eigen-hulp');
  if (e.a4 === null) return onvolledig(5, redenen, voor);
  if (e.a4 === 'nee') return meldnorm2('hulp-niet-aanvaard');
  if (e.a5 === null) return onvolledig(5, [...redenen, 'hulp-aanvaard'], voor);
  redenen.push('hulp-aanvaard');
  if (e.a5 === 'nee') {
    // Meldnorm 3: the help does not bring safety. Melden comes first.
    return basis('melden-en-hulp', {
      tekst: 'soort-hulp-werkt-niet',
      melden: 'ja',
      hulp: 'ja',
      meldnormen: [3],
      redenen: [...redenen, 'reden-norm-3', 'hulp-werkt-niet', ...ctx],
      acties: [...voor, 'melden-vt-norm-3', informeren, 'hulp-na-melding', ...na],
    });
  }
  if (e.a5 === 'ja') {
    return basis('hulp', {
      tekst: 'soort-hulp-werkt',
      melden: 'nee',
      hulp: 'ja',
      redenen: [...redenen, 'hulp-werkt', ...ctx],
      acties: [...voor, 'afsluiten-met-afspraken', ...na],
    });
  }
  return basis('hulp', {
    tekst: 'soort-hulp',
    melden: 'nee',
    hulp: 'ja',
    redenen: [...redenen, 'hulp-loopt', ...ctx],
    acties: [...voor, 'hulp-bieden', 'monitoren', ...na],
  });
}
