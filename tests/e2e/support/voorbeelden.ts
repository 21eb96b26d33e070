/**
 * The praktijkvoorbeelden as the content files say, read straight from content/ (not through the app's own
 * collection or filter code): the independent answer the catalogue tests compare with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Voorbeeld {
  id: string;
  themas: string[];
  doelgroepen: string[];
  regio: string;
}

const DIR = new URL('../../../content/praktijkvoorbeelden/', import.meta.url);

export function voorbeelden(): Voorbeeld[] {
  return readdirSync(DIR)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => {
      const front = readFileSync(new URL(f, DIR), 'utf8').split(/^---\s*$/m)[1] ?? '';
      const data = parse(front) as { themas: string[]; doelgroepen: string[]; regio: string };
      return { id: f.replace(/\.mdx?$/, ''), themas: data.themas, doelgroepen: data.doelgroepen, regio: String(data.regio) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Ids of the voorbeelden that pass `keep`, sorted. */
export function ids(list: Voorbeeld[], keep: (v: Voorbeeld) => boolean): string[] {
  return list.filter(keep).map((v) => v.id).sort();
}

/**
 * A region that makes a combined filter prove something: some voorbeelden with one of `themas` lie in it and
 * some do not, and it also has voorbeelden without those themas. So a region filter that does nothing, or
 * that replaces the thema filter instead of combining with it, gives a different list.
 */
export function regioDieTelt(list: Voorbeeld[], themas: string[]): string {
  const metThema = list.filter((v) => v.themas.some((t) => themas.includes(t)));
  const kandidaten = [...new Set(metThema.map((v) => v.regio))]
    .map((regio) => ({
      regio,
      binnen: metThema.filter((v) => v.regio === regio).length,
      zonderThema: list.filter((v) => v.regio === regio && !metThema.includes(v)).length,
    }))
    .filter((k) => k.binnen > 0 && k.binnen < metThema.length && k.zonderThema > 0)
    .sort((a, b) => b.binnen - a.binnen || a.regio.localeCompare(b.regio));
  if (!kandidaten[0]) throw new Error(`Geen regio die de combinatie met ${themas.join(', ')} kan toetsen; kies andere thema's.`);
  return kandidaten[0].regio;
}
