/**
 * Checks every content file against the schemas without running Astro:
 *   npm run check:content            (all files)
 *   npm run check:content -- a.md b.md
 * Prints one readable Dutch line per problem and exits 1 when there are any.
 * The same checks run at build time (Astro) and in the unit tests.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { makeSchemas, type Ref } from '../content/schemas.ts';
import { VOORBEELD_SECTIES } from '../content/vocabulary.ts';
import { leesbaarheidVanInhoud, rapport } from './check-leesbaarheid.ts';

export const COLLECTIONS = ['bronnen', 'themas', 'gidsen', 'praktijkvoorbeelden', 'begrippen'] as const;
type Collection = (typeof COLLECTIONS)[number];

export interface Problem {
  file: string;
  message: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /^[^_].*\.mdx?$/.test(name) ? [p] : [];
  });
}

export function splitFrontmatter(text: string): { data: unknown; body: string } | null {
  const m = text.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!m) return null;
  return { data: parseYaml(m[1]!), body: m[2]! };
}

export const slugOf = (file: string) => basename(file, extname(file));

/** Level-2 headings of a Markdown body, in order. */
export function h2s(body: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = !fenced && line.match(/^##\s+(.+?)\s*#*\s*$/);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** Problems with the fixed section order of a praktijkvoorbeeld; [] when fine. */
export function sectionProblems(body: string): string[] {
  const order: readonly string[] = VOORBEELD_SECTIES;
  const found = h2s(body);
  const problems: string[] = [];
  let last = -1;
  for (const h of found) {
    const i = order.indexOf(h);
    if (i === -1) problems.push(`onbekende sectie "## ${h}" (toegestaan: ${order.join(', ')})`);
    else if (i <= last) problems.push(`sectie "## ${h}" staat niet op zijn plaats (volgorde: ${order.join(', ')})`);
    else last = i;
  }
  if (!found.length) problems.push('een praktijkvoorbeeld heeft minstens één sectie, zoals "## Aanpak"');
  return problems;
}

export function checkContent(root: string, only?: string[]): Problem[] {
  const files = new Map<Collection, string[]>();
  for (const c of COLLECTIONS) files.set(c, walk(join(root, c)));
  const ids = new Map<Collection, Set<string>>();
  for (const c of COLLECTIONS) ids.set(c, new Set(files.get(c)!.map(slugOf)));

  const ref: Ref<string> = (collection) =>
    z.string().refine((id) => ids.get(collection)!.has(id), {
      error: (issue) => `"${String(issue.input)}" bestaat niet in ${collection}`,
    });
  const schemas = makeSchemas(ref);
  const wanted = only?.length ? new Set(only.map((f) => resolve(f))) : null;
  const problems: Problem[] = [];

  for (const c of COLLECTIONS) {
    for (const file of files.get(c)!) {
      if (wanted && !wanted.has(resolve(file))) continue;
      const rel = relative(process.cwd(), file);
      let parsed: ReturnType<typeof splitFrontmatter>;
      try {
        parsed = splitFrontmatter(readFileSync(file, 'utf8'));
      } catch (e) {
        problems.push({ file: rel, message: `frontmatter is geen geldige YAML: ${(e as Error).message.split('\n')[0]}` });
        continue;
      }
      if (!parsed) {
        problems.push({ file: rel, message: 'geen frontmatter gevonden (het bestand begint met ---)' });
        continue;
      }
      const result = schemas[c].safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: rel, message: `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}` });
        }
      }
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugOf(file))) {
        problems.push({ file: rel, message: 'bestandsnaam: gebruik alleen kleine letters, cijfers en streepjes' });
      }
      if (c === 'praktijkvoorbeelden') {
        for (const message of sectionProblems(parsed.body)) problems.push({ file: rel, message });
      }
      if ((c === 'gidsen' || c === 'praktijkvoorbeelden') && parsed.body.trim().length < 200) {
        problems.push({ file: rel, message: 'de tekst is te kort (minder dan 200 tekens)' });
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkContent('content', process.argv.slice(2));
  for (const p of problems) console.log(`${p.file}: ${p.message}`);
  const n = COLLECTIONS.reduce((s, c) => s + walk(join('content', c)).length, 0);
  console.log(problems.length ? `\n${problems.length} problemen in de inhoud.` : `Inhoud in orde (${n} bestanden).`);
  // Leesbaarheid als rapport erbij (telt niet mee voor de status; zie npm run check:leesbaarheid).
  console.log(`\n${rapport(leesbaarheidVanInhoud('content')).split('\n').at(-1)} (details: npm run check:leesbaarheid)`);
  process.exit(problems.length ? 1 : 0);
}
