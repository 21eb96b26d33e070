/** Text helpers of the query layer: folding (case, accents) and splitting a query into words. */

/** Lower case without accents: "Cliënt" → "client", "barrière" → "barriere". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The words of a query, lower case, accents kept (Pagefind weighs them), punctuation dropped.
 * Hyphens inside a word stay ("re-integratie"); a hanging hyphen ("zorg- en veiligheidshuis") goes.
 * The apostrophe of a plural stays ("thema's").
 */
export function words(query: string): string[] {
  return (query.toLowerCase().replace(/[’`]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).filter(Boolean);
}

/** Whether every word of `phrase` starts a word of `text` (both already split), in any order. */
export function namesAll(textWords: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((p) => textWords.some((t) => t === p || (p.length >= 4 && t.startsWith(p) && t.length - p.length <= 3)));
}
