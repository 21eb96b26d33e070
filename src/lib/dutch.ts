/** Dutch text helpers: sorting, A–Z grouping, anchors, plural/singular variants for search. */

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const compareNl = (a: string, b: string) => collator.compare(a, b);

export function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNl(key(a), key(b)));
}

/** First letter for the A–Z index: accents folded, digits and symbols under "#". */
export function initialOf(term: string): string {
  const c = term.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

export function groupByInitial<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of sortBy(items, key)) {
    const letter = initialOf(key(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return groups;
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** "Zorg- en Veiligheidshuis" → "zorg-en-veiligheidshuis" (for ids and anchors). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/**
 * Candidate singular forms of a Dutch word that may be a plural. Over-generates on purpose: the
 * candidates only serve as extra search keywords, so a wrong guess costs nothing, a right one makes
 * "voorbeeld" find a page that only says "voorbeelden".
 */
export function singularCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  if (w.length < 5) return [];
  if (w.endsWith('en')) {
    const stem = w.slice(0, -2); // voorbeelden → voorbeeld, paden → pad
    out.add(stem);
    out.add(w.slice(0, -1)); // werkwijzen → werkwijze
    const last = stem.at(-1);
    const prev = stem.at(-2);
    if (last && last === prev && !isVowel(last)) out.add(stem.slice(0, -1)); // bakken → bak
    if (last === 'z') out.add(`${stem.slice(0, -1)}s`); // huizen → huis
    if (last === 'v') out.add(`${stem.slice(0, -1)}f`); // brieven → brief
    // open syllable: straten → straat, regelen (no), buren → buur
    if (last && !isVowel(last) && isVowel(prev) && !isVowel(stem.at(-3))) {
      const doubled = `${stem.slice(0, -1)}${prev}${last}`;
      out.add(doubled);
      if (last === 'z') out.add(`${stem.slice(0, -1)}${prev}s`); // reizen → reis (already), vriezen
    }
    if (w.endsWith('ieën')) out.add(w.slice(0, -2)); // (handled below for ë)
  }
  if (w.endsWith('ën')) out.add(`${w.slice(0, -2)}e`); // knieën → knie(e)
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1)); // organisaties → organisatie
  if (w.endsWith("'s")) out.add(w.slice(0, -2)); // thema's → thema
  if (w.endsWith('eren')) out.add(w.slice(0, -4)); // kinderen → kind
  out.delete(w);
  return [...out].filter((c) => c.length >= 3);
}

/** Plural candidates of a singular word (the other direction, for the same reason). */
export function pluralCandidates(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 3) return [];
  const out = new Set<string>([`${w}en`, `${w}s`]);
  if (w.endsWith('e')) out.add(`${w}n`);
  if (w.endsWith('s')) out.add(`${w.slice(0, -1)}zen`);
  if (w.endsWith('f')) out.add(`${w.slice(0, -1)}ven`);
  return [...out];
}

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/** Common plurals in -eren and with a changed vowel, which no rule guesses. */
const IRREGULAR_PLURALS: Record<string, string> = {
  kind: 'kinderen',
  lid: 'leden',
  stad: 'steden',
  schip: 'schepen',
  blad: 'bladeren',
  ei: 'eieren',
  volk: 'volkeren',
  gelid: 'gelederen',
};

/** Plurals that are safe to guess for any word: -e → -en, -ing → -ingen, -heid → -heden, -el → -elen/-els, -er → -ers. */
export function regularPlurals(word: string): string[] {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return [irregular];
  // Short words ending in one consonant: pad → paden, bak → bakken.
  if (w.length >= 3 && w.length <= 4 && /[aeiou][b-df-hj-np-tv-z]$/.test(w)) return [`${w}en`, `${w}${w.at(-1)}en`];
  if (w.length < 5) return [];
  if (w.endsWith('heid')) return [`${w.slice(0, -4)}heden`];
  if (w.endsWith('ing')) return [`${w}en`];
  if (w.endsWith('e') && !w.endsWith('ee') && !w.endsWith('ie')) return [`${w}n`];
  if (w.endsWith('el')) return [`${w}en`, `${w}s`]; // maatregel → maatregelen, maatregels
  if (w.endsWith('er')) return [`${w}s`]; // partner → partners
  return [];
}

/**
 * Extra keywords for the search index of a text: candidate singulars of words that look plural and
 * regular plurals of singular words, when the text does not already contain them. Sorted, unique.
 */
export function searchVariants(text: string, limit = 600): string[] {
  const words = new Set((text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'")));
  const extra = new Set<string>();
  for (const word of words) {
    for (const part of word.split('-')) {
      for (const candidate of [...singularCandidates(part), ...regularPlurals(part)]) if (!words.has(candidate)) extra.add(candidate);
    }
  }
  return [...extra].sort().slice(0, limit);
}
