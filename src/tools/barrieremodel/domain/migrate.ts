/**
 * File versions of the barrièremodel data.
 * - Versie 1 (first design): a barrière had one `prioriteit` (1–5) and a faciliteerder a boolean
 *   `bewust`; there were no impact/haalbaarheid scores and no votes.
 * - Versie 2: impact and haalbaarheid (1–5) per barrière, votes, bewustheid as a choice.
 * - Versie 3 (current): a deadline and an instrument per barrière; dot-voting settings (participants,
 *   dots each, ranking rule); the ids of merged contributions. Older models keep the ranking they
 *   were made with (impact × haalbaarheid first), so their action list does not change on opening.
 */

export const HUIDIGE_VERSIE = 3;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function vanVersie1(data: unknown): unknown {
  if (!isObj(data) || !Array.isArray(data['stappen'])) return data;
  return {
    ...data,
    stappen: data['stappen'].map((s) => {
      if (!isObj(s)) return s;
      const next: Obj = { ...s };
      if (Array.isArray(s['faciliteerders'])) {
        next['faciliteerders'] = s['faciliteerders'].map((f) => {
          if (!isObj(f)) return f;
          const { bewust, ...rest } = f;
          return { ...rest, bewustheid: bewust === true ? 'bewust' : bewust === false ? 'onbewust' : 'onbekend' };
        });
      }
      if (Array.isArray(s['barrieres'])) {
        next['barrieres'] = s['barrieres'].map((b) => {
          if (!isObj(b)) return b;
          const { prioriteit, ...rest } = b;
          return { ...rest, impact: prioriteit ?? null, haalbaarheid: null, stemmen: 0 };
        });
      }
      return next;
    }),
  };
}

function vanVersie2(data: unknown): unknown {
  if (!isObj(data) || data['stemming'] !== undefined) return data;
  return { ...data, stemming: { deelnemers: 0, stippen: 3, regel: 'score' } };
}

/** Steps from one version to the next, for the shared file definition (bestand.ts). */
export const migraties: Readonly<Record<number, (data: unknown) => unknown>> = { 1: vanVersie1, 2: vanVersie2 };
