/**
 * Team scan: several respondents each export their scan; the facilitator loads all files.
 * Per dimension and per statement: mean and spread; the statements with the largest spread come
 * first as conversation starters. Files of another statement-set version are matched by id, and
 * what cannot be matched is reported. Duplicate files are refused.
 */
import { fail, ok, type Result } from '../../../lib/result.ts';
import { WEET_NIET, alleStellingen, isWaarde, type Catalogus, type RespondentRol, type Scan } from './model.ts';
import { scoreScan } from './scoring.ts';

export const MAX_TEAM_BESTANDEN = 100;

export interface TeamBestand {
  /** The file name, shown to the facilitator. */
  naam: string;
  opgeslagen: string;
  scan: Scan;
}

export interface Spreiding {
  n: number;
  gemiddelde: number | null;
  /** Population standard deviation; null when n < 2. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export interface TeamDimensie extends Spreiding {
  dimensieId: string;
  titel: string;
}

export interface TeamStelling extends Spreiding {
  stellingId: string;
  dimensieId: string;
  tekst: string;
  /** How many respondents chose 0, 1, 2, 3. */
  verdeling: [number, number, number, number];
  weetNiet: number;
  open: number;
}

export interface Koppeling {
  naam: string;
  stellingenVersie: number;
  gekoppeld: number;
  /** Ids in the file that the current statement set does not have. */
  nietGekoppeld: string[];
  /** Statements of the current set the file has no answer for. */
  ontbrekend: number;
}

export interface TeamUitslag {
  respondenten: number;
  totaal: Spreiding;
  dimensies: TeamDimensie[];
  /** In catalogue order. */
  stellingen: TeamStelling[];
  /** Statements with at least two answers, largest spread first (ties: lower mean first, then catalogue order). */
  gespreksstarters: TeamStelling[];
  koppelingen: Koppeling[];
  rollen: Partial<Record<RespondentRol | 'onbekend', number>>;
}

export function spreiding(values: readonly number[]): Spreiding {
  const n = values.length;
  if (!n) return { n, gemiddelde: null, sd: null, min: null, max: null };
  const gemiddelde = values.reduce((a, b) => a + b, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((a, v) => a + (v - gemiddelde) ** 2, 0) / n);
  return { n, gemiddelde, sd, min: Math.min(...values), max: Math.max(...values) };
}

/** A fingerprint of a scan's answers and context (without the moment of saving). */
export function inhoudAfdruk(b: TeamBestand): string {
  const a = b.scan.antwoorden;
  const antwoorden = Object.keys(a).sort().map((k) => `${k}=${String(a[k])}`).join(',');
  const c = b.scan.context;
  return [b.scan.stellingenVersie, c.gemeenteRol, c.grootte, c.respondentRol, c.datum, antwoorden].join('|');
}

/** A fingerprint of a file: the same export loaded twice gives the same fingerprint. */
export function vingerafdruk(b: TeamBestand): string {
  return `${b.opgeslagen}|${inhoudAfdruk(b)}`;
}

/**
 * Adds a file to the team; the list itself is never changed. Refuses the same file twice and too many
 * files. A file with exactly the same answers and context as one already loaded, but saved at another
 * moment, is added with a warning: it may be the same scan downloaded twice.
 */
export function voegToe(team: readonly TeamBestand[], nieuw: TeamBestand): Result<{ team: TeamBestand[]; waarschuwing?: string }> {
  if (team.length >= MAX_TEAM_BESTANDEN) {
    return fail(`"${nieuw.naam}" is niet toegevoegd: een teamscan kan hooguit ${MAX_TEAM_BESTANDEN} bestanden bevatten.`);
  }
  const vp = vingerafdruk(nieuw);
  const dubbel = team.find((b) => vingerafdruk(b) === vp);
  if (dubbel) {
    return fail(`"${nieuw.naam}" is niet toegevoegd: het is dezelfde scan als "${dubbel.naam}", die al geladen is.`);
  }
  const inhoud = inhoudAfdruk(nieuw);
  const gelijk = Object.keys(nieuw.scan.antwoorden).length ? team.find((b) => inhoudAfdruk(b) === inhoud) : undefined;
  const lijst = [...team, nieuw];
  return ok(
    gelijk
      ? { team: lijst, waarschuwing: `"${nieuw.naam}" heeft precies dezelfde antwoorden als "${gelijk.naam}". Controleer of het niet twee keer dezelfde scan is; verwijder hem anders.` }
      : { team: lijst },
  );
}

export function verwijder(team: readonly TeamBestand[], index: number): TeamBestand[] {
  return team.filter((_, i) => i !== index);
}

function koppeling(b: TeamBestand, bekend: Set<string>): Koppeling {
  const ids = Object.keys(b.scan.antwoorden);
  const gekoppeld = ids.filter((id) => bekend.has(id)).length;
  return {
    naam: b.naam,
    stellingenVersie: b.scan.stellingenVersie,
    gekoppeld,
    nietGekoppeld: ids.filter((id) => !bekend.has(id)),
    ontbrekend: bekend.size - gekoppeld,
  };
}

export function teamUitslag(catalogus: Catalogus, team: readonly TeamBestand[]): TeamUitslag {
  const uitslagen = team.map((b) => scoreScan(catalogus, b.scan));
  const dimensies = catalogus.dimensies.map((d, i) => ({
    dimensieId: d.id,
    titel: d.titel,
    ...spreiding(uitslagen.map((u) => u.dimensies[i]!.score).filter((s): s is number => s !== null)),
  }));
  const stellingen: TeamStelling[] = alleStellingen(catalogus).map((s) => {
    const verdeling: [number, number, number, number] = [0, 0, 0, 0];
    let weetNiet = 0;
    let open = 0;
    const values: number[] = [];
    for (const b of team) {
      const a = b.scan.antwoorden[s.id];
      if (isWaarde(a)) {
        verdeling[a]++;
        values.push(a);
      } else if (a === WEET_NIET) weetNiet++;
      else open++;
    }
    return { stellingId: s.id, dimensieId: s.dimensieId, tekst: s.tekst, verdeling, weetNiet, open, ...spreiding(values) };
  });
  const gespreksstarters = stellingen
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.n >= 2)
    .sort((a, b) => b.s.sd! - a.s.sd! || a.s.gemiddelde! - b.s.gemiddelde! || a.i - b.i)
    .map(({ s }) => s);
  const bekend = new Set(stellingen.map((s) => s.stellingId));
  const rollen: TeamUitslag['rollen'] = {};
  for (const b of team) {
    const rol = b.scan.context.respondentRol || 'onbekend';
    rollen[rol] = (rollen[rol] ?? 0) + 1;
  }
  return {
    respondenten: team.length,
    totaal: spreiding(uitslagen.map((u) => u.totaal).filter((s): s is number => s !== null)),
    dimensies,
    stellingen,
    gespreksstarters,
    koppelingen: team.map((b) => koppeling(b, bekend)),
    rollen,
  };
}

/** A mean on the 0–3 scale shown as 0–100, so it reads like the dimension scores. */
export const naar100 = (gemiddelde: number | null): number | null => (gemiddelde === null ? null : Math.round((gemiddelde / 3) * 100));
