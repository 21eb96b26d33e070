/**
 * The respondents of a team scan: adding many files at once (empty scans and duplicates refused,
 * the limit explained), labels (role plus an optional code, never a name), distinct file names, and
 * one summary of the files that were not added.
 */
import { MAX_RESPONDENTEN, type Respondent } from './formaat.ts';
import type { Scan } from './model.ts';

/** From this many refused files on, the screen shows one summary instead of one message per file. */
export const EEN_MELDING_VANAF = 4;

export interface Kandidaat {
  /** The file name, only shown in this session (never stored: it may contain a name). */
  naam: string;
  respondent: Respondent;
}

export type Geladen = Kandidaat;

export interface Afgewezen {
  naam: string;
  reden: string;
}

export interface Toevoeging {
  team: Geladen[];
  toegevoegd: number;
  afgewezen: Afgewezen[];
  /** Added, but worth a look (the same answers as another file). */
  waarschuwingen: string[];
}

export const LIMIET_UITLEG = `Een teamscan kan hooguit ${MAX_RESPONDENTEN} scans bevatten. Zo blijven de berekening en het rapport op elk apparaat snel en leesbaar. Werkt u met meer mensen? Maak dan een teamscan per groep.`;

/** The answers and context of a scan, without the moment of saving. */
export function inhoudAfdruk(scan: Scan): string {
  const a = scan.antwoorden;
  const antwoorden = Object.keys(a).sort().map((k) => `${k}=${String(a[k])}`).join(',');
  const c = scan.context;
  return [scan.stellingenVersie, c.gemeenteRol, c.grootte, c.respondentRol, c.code, c.datum, antwoorden].join('|');
}

/** The same file twice: same content and same moment of saving. */
export const vingerafdruk = (r: Respondent): string => `${r.opgeslagen}#${inhoudAfdruk(r.scan)}`;

export const isLeeg = (scan: Scan): boolean => Object.keys(scan.antwoorden).length === 0;

/**
 * Adds files to the team. Refused, each with a reason: an empty scan (no answers at all), the same file
 * twice, and files beyond the limit. A file with the same answers as another, saved at another moment,
 * is added with a warning: it may be the same scan downloaded twice.
 */
export function voegToe(team: readonly Geladen[], nieuw: readonly Kandidaat[]): Toevoeging {
  const lijst = [...team];
  // The first file with a fingerprint is the one a message names.
  const bestanden = new Map<string, string>();
  const inhoud = new Map<string, string>();
  for (const g of team) {
    const vp = vingerafdruk(g.respondent);
    const ia = inhoudAfdruk(g.respondent.scan);
    if (!bestanden.has(vp)) bestanden.set(vp, g.naam);
    if (!inhoud.has(ia)) inhoud.set(ia, g.naam);
  }
  const afgewezen: Afgewezen[] = [];
  const waarschuwingen: string[] = [];
  let toegevoegd = 0;
  for (const k of nieuw) {
    if (isLeeg(k.respondent.scan)) {
      afgewezen.push({ naam: k.naam, reden: 'Deze scan bevat geen enkel antwoord. Een lege scan telt niet mee als respondent.' });
      continue;
    }
    const vp = vingerafdruk(k.respondent);
    const dubbel = bestanden.get(vp);
    if (dubbel !== undefined) {
      afgewezen.push({ naam: k.naam, reden: `Dit is dezelfde scan als "${dubbel}", die al geladen is.` });
      continue;
    }
    if (lijst.length >= MAX_RESPONDENTEN) {
      afgewezen.push({ naam: k.naam, reden: `De teamscan is vol (hooguit ${MAX_RESPONDENTEN} scans).` });
      continue;
    }
    const ia = inhoudAfdruk(k.respondent.scan);
    const gelijk = inhoud.get(ia);
    if (gelijk !== undefined) {
      waarschuwingen.push(`"${k.naam}" heeft precies dezelfde antwoorden als "${gelijk}". Controleer of het niet twee keer dezelfde scan is; verwijder hem anders.`);
    }
    lijst.push(k);
    bestanden.set(vp, k.naam);
    if (gelijk === undefined) inhoud.set(ia, k.naam);
    toegevoegd++;
  }
  return { team: lijst, toegevoegd, afgewezen, waarschuwingen };
}

export function verwijder<T>(team: readonly T[], index: number): T[] {
  return team.filter((_, i) => i !== index);
}

export interface FoutGroep {
  reden: string;
  namen: string[];
}

/** Refused files grouped by reason, the most frequent reason first (ties: first seen first). */
export function groepeerFouten(afgewezen: readonly Afgewezen[]): FoutGroep[] {
  const groepen: FoutGroep[] = [];
  for (const a of afgewezen) {
    const g = groepen.find((x) => x.reden === a.reden);
    if (g) g.namen.push(a.naam);
    else groepen.push({ reden: a.reden, namen: [a.naam] });
  }
  return groepen.map((g, i) => ({ g, i })).sort((a, b) => b.g.namen.length - a.g.namen.length || a.i - b.i).map(({ g }) => g);
}

/**
 * A label per respondent: the short role label plus the code, or a number within the role when there is
 * no code ("Bestuurder 2"). Never a name: the code allows only letters, digits and dashes.
 */
export function respondentLabels(team: readonly Respondent[], rolLabel: (rol: string) => string): string[] {
  const perRol = new Map<string, number>();
  const totaalPerRol = new Map<string, number>();
  for (const r of team) totaalPerRol.set(r.scan.context.respondentRol, (totaalPerRol.get(r.scan.context.respondentRol) ?? 0) + 1);
  return team.map((r) => {
    const { respondentRol: rol, code } = r.scan.context;
    const nr = (perRol.get(rol) ?? 0) + 1;
    perRol.set(rol, nr);
    const basis = rolLabel(rol);
    if (code) return `${basis} (${code})`;
    return totaalPerRol.get(rol)! > 1 ? `${basis} ${nr}` : basis;
  });
}

/**
 * The first part of a respondent's file name: role and code, so five files of one team differ
 * ("regiescan-bestuurder-a3"). The caller adds the date and time.
 */
export function bestandsnaamBasis(scan: Scan): string {
  const delen = ['regiescan', scan.context.respondentRol || 'scan', scan.context.code.toLowerCase()].filter(Boolean);
  return delen.join('-').replace(/[^a-z0-9-]+/g, '-');
}
