/** Text that users typed or that came from a file, made safe to keep and to show. */

/**
 * Bidirectional control characters (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM):
 * they can make text look different from what it is ("Trojan source"), so they are removed.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Removes bidi controls and NUL characters; keeps everything else (including line breaks). */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\u0000/g, '');
}

/** Same as cleanText for every string (not the keys) in a JSON value; returns a new value. */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v);
    return out;
  }
  return value;
}
