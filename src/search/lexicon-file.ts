/** Reads and checks content/zoeken/woorden.yaml at build time (Node only; the browser gets the compiled JSON). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { zoekwoordenSchema } from '../content/schemas.ts';
import { compileLexicon, type LexiconData } from './lexicon.ts';

export const LEXICON_FILE = 'content/zoeken/woorden.yaml';

export function readLexicon(path = LEXICON_FILE): LexiconData {
  const parsed = zoekwoordenSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path} klopt niet: ${issues}`);
  }
  return compileLexicon(parsed.data);
}
