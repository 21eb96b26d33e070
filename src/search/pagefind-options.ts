/**
 * Pagefind's ranking for this site: a word in the title or in the trefwoorden counts much more than the
 * same word in the text, so the page about a term comes before pages that mention it.
 */
export const PAGEFIND_RANKING = { metaWeights: { title: 8, trefwoorden: 6, varianten: 1 } } as const;
