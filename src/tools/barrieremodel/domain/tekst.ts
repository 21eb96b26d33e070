/**
 * User text hygiene. Bidi control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)
 * can make a title show reversed or hide what it says, so they are removed from everything a user
 * types, pastes or imports; so are control characters other than tab and newline. Text that is too
 * long is cut, and the caller learns how much was cut so it can say so.
 */

// eslint-disable-next-line no-control-regex
const ONZICHTBAAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidi and control characters. */
export function schoon(text: string): string {
  return text.replace(ONZICHTBAAR, '');
}

export interface Geknipt {
  tekst: string;
  /** Characters cut off the end (0 when the text fitted). */
  afgekapt: number;
}

/** Cleans the text and cuts it to at most `max` characters. */
export function knip(text: string, max: number): Geknipt {
  const s = schoon(text);
  return s.length > max ? { tekst: s.slice(0, max), afgekapt: s.length - max } : { tekst: s, afgekapt: 0 };
}

const getal = (n: number) => n.toLocaleString('nl-NL');

/** The Dutch message for a cut text, or null when nothing was cut. */
export function afkapMelding(veld: string, g: Geknipt, max: number): string | null {
  if (g.afgekapt === 0) return null;
  return `${veld}: de tekst was ${getal(max + g.afgekapt)} tekens lang. Alleen de eerste ${getal(max)} tekens zijn bewaard; de laatste ${getal(g.afgekapt)} tekens zijn weggelaten.`;
}
