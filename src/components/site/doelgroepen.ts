/**
 * "Waar wilt u beginnen?" on the home page: the entries per audience are content data
 * (content/start/doelgroepen.yaml), chosen by people who know the field. This module reads and checks them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const ingang = z.union([
  z.strictObject({ gids: z.string().regex(/^[a-z0-9-]+$/, { error: 'een gids-id in kleine letters' }) }),
  z.strictObject({
    href: z.string().regex(/^\/[^\s]*\/(#[a-z0-9-]+)?$/, { error: 'een pad op deze site, dat begint en eindigt met /' }),
    label: z.string().min(3),
  }),
]);

export const doelgroepenSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(/^[a-z-]+$/),
      titel: z.string().min(3),
      tekst: z.string().min(20).max(300),
      ingangen: z.array(ingang).min(3).max(6),
    }),
  )
  .length(3, { error: 'precies drie doelgroepen: professionals, gemeenten, trainers' });

export type Doelgroepen = z.infer<typeof doelgroepenSchema>;

export function parseDoelgroepen(text: string, gidsIds: ReadonlySet<string>): Doelgroepen {
  const result = doelgroepenSchema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(`content/start/doelgroepen.yaml klopt niet:\n${z.prettifyError(result.error)}`);
  }
  for (const groep of result.data) {
    for (const i of groep.ingangen) {
      if ('gids' in i && !gidsIds.has(i.gids)) throw new Error(`content/start/doelgroepen.yaml: gids "${i.gids}" (bij ${groep.id}) bestaat niet.`);
    }
  }
  return result.data;
}

export function loadDoelgroepen(gidsIds: ReadonlySet<string>): Doelgroepen {
  return parseDoelgroepen(readFileSync(join(process.cwd(), 'content/start/doelgroepen.yaml'), 'utf8'), gidsIds);
}
