/**
 * The words of the query layer (content/zoeken/woorden.yaml, checked by `zoekwoordenSchema`):
 * words without meaning, common misspellings, everyday words and abbreviations with the words the
 * site uses. `compileLexicon` turns the file into a small JSON object for the browser; `loadLexicon`
 * makes that searchable. Keys are folded (lower case, no accents) so "Sexueel" and "sexuéél" match.
 */
import { fold, words } from './text.ts';

/** The file as written by hand (see src/content/schemas.ts). */
export interface ZoekwoordenBestand {
  stopwoorden: string[];
  spelling: { fout: string[]; goed: string }[];
  synoniemen: { woorden: string[]; zoek: string[] }[];
  afkortingen: { kort: string; lang: string[] }[];
}

/**
 * The compiled form, as sent to the browser: s = stopwords, f = misspelling → spelling,
 * y = everyday phrase → site words, a = abbreviation → spelled out.
 */
export interface LexiconData {
  s: string[];
  f: Record<string, string>;
  y: Record<string, string[]>;
  a: Record<string, string[]>;
}

export interface Link {
  targets: readonly string[];
  /** Whether the typed words are themselves the site's words (abbreviations) or only everyday words. */
  typedIsSiteWord: boolean;
}

export interface Lexicon {
  stopwords: ReadonlySet<string>;
  spelling: ReadonlyMap<string, string>;
  synonyms: ReadonlyMap<string, Link>;
  /** Longest phrase (in words) among the synonyms. */
  longest: number;
}

const key = (phrase: string) => words(fold(phrase)).join(' ');

export function compileLexicon(file: ZoekwoordenBestand): LexiconData {
  const y: Record<string, string[]> = {};
  const a: Record<string, string[]> = {};
  const add = (map: Record<string, string[]>, from: string, to: readonly string[]) => {
    const k = key(from);
    const targets = to.filter((t) => key(t) !== k);
    if (k && targets.length) map[k] = [...new Set([...(map[k] ?? []), ...targets])];
  };
  for (const { woorden, zoek } of file.synoniemen) for (const w of woorden) add(y, w, zoek);
  for (const { kort, lang } of file.afkortingen) add(a, kort, lang);
  const f: Record<string, string> = {};
  for (const { fout, goed } of file.spelling) for (const w of fout) f[key(w)] = goed;
  return { s: [...new Set(file.stopwoorden.map(key))].sort(), f, y, a };
}

export function loadLexicon(data: LexiconData): Lexicon {
  const synonyms = new Map<string, Link>();
  for (const [k, targets] of Object.entries(data.y)) synonyms.set(k, { targets, typedIsSiteWord: false });
  for (const [k, targets] of Object.entries(data.a)) {
    const known = synonyms.get(k)?.targets ?? [];
    synonyms.set(k, { targets: [...new Set([...targets, ...known])], typedIsSiteWord: true });
  }
  return {
    stopwords: new Set(data.s),
    spelling: new Map(Object.entries(data.f)),
    synonyms,
    longest: Math.max(1, ...[...synonyms.keys()].map((k) => k.split(' ').length)),
  };
}
