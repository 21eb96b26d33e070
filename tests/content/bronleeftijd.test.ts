/**
 * Eerlijk over de leeftijd van de bronnen:
 * - elke gids en elk praktijkvoorbeeld krijgt bovenaan de zin "Gebaseerd op bronnen uit …"
 *   (src/components/content/BronLeeftijd.astro); daarvoor moet elke geciteerde bron een jaartal hebben;
 * - elke bronpagina van een brondocument zegt in algemene termen wat er sindsdien veranderd kan zijn;
 * - een externe bron (een feit dat niet in de brondocumenten staat) noemt het adres waar het te lezen is:
 *   in het veld `adres`, of als link in de tekst (een adres met cijfers, want de bronnencontrole leest de
 *   cijfers in de frontmatter als feiten en vindt ze niet in de brondocumenten).
 * De verwachte zinnen staan hier letterlijk, niet uit de eigen functies van de site afgeleid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bronnenZin } from '../../src/lib/bron-jaren.ts';

interface Bestand {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}
function lees(collectie: string): Bestand[] {
  return readdirSync(`content/${collectie}`)
    .filter((f) => /^[^_].*\.md$/.test(f))
    .map((f) => {
      const m = readFileSync(`content/${collectie}/${f}`, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/)!;
      return { slug: f.replace(/\.md$/, ''), data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
    });
}

const bronnen = new Map(lees('bronnen').map((b) => [b.slug, b]));
/** De adressen van een bron: het veld `adres` en de links naar andere sites in haar tekst. */
const adressenVan = (b: Bestand) => [
  ...(typeof b.data.adres === 'string' ? [b.data.adres] : []),
  ...[...b.body.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1]!),
];
const paginas = ['gidsen', 'praktijkvoorbeelden'].flatMap((c) => lees(c).map((p) => ({ ...p, pagina: `${c}/${p.slug}` })));

describe('leeftijd van de bronnen', () => {
  it('elke gids en elk praktijkvoorbeeld krijgt bovenaan een zin over het jaar van zijn bronnen', () => {
    const zonder = paginas.filter((p) => {
      const ids = (p.data.bronnen as { bron: string }[]).map((b) => b.bron);
      return !bronnenZin(ids.map((id) => String(bronnen.get(id)?.data.jaar ?? '')));
    });
    expect(zonder.map((p) => p.pagina)).toEqual([]);
    expect(paginas.length).toBeGreaterThan(100);
  });

  it('de zin noemt de jaren van de brondocumenten zelf (vaste voorbeelden)', () => {
    const zin = (pagina: string) => {
      const p = paginas.find((x) => x.pagina === pagina)!;
      // Zoals BronLeeftijd.astro: elke bron één keer, ook als de pagina haar op meer plaatsen citeert.
      const ids = [...new Set((p.data.bronnen as { bron: string }[]).map((b) => b.bron))];
      return bronnenZin(ids.map((id) => String(bronnen.get(id)!.data.jaar)));
    };
    // veiligheidshuizenkrant (2013); geweld-hoort-nergens-thuis (2018); Deventer (2019) en het basismodel (versie 2017)
    expect(zin('gidsen/landelijk-kader-veiligheidshuizen')).toBe('Gebaseerd op een bron uit 2013.');
    expect(zin('gidsen/melden-en-hulp-bieden')).toMatch(/^Gebaseerd op bronnen uit 2017, 2018 en 2019\.$/);
  });

  it('elke bronpagina van een brondocument zegt wat er sindsdien veranderd kan zijn', () => {
    const zonder = [...bronnen.values()]
      .filter((b) => !b.data.extern)
      .filter((b) => !/^## Wat kan er sindsdien veranderd zijn\?\s*\n+\S[\s\S]{80,}?(?=\n## |$)/m.test(b.body))
      .map((b) => b.slug);
    expect(zonder).toEqual([]);
  });

  it('elke externe bron noemt haar adres en zegt dat de tekst kan zijn veranderd', () => {
    const extern = [...bronnen.values()].filter((b) => b.data.extern);
    expect(extern.length).toBeGreaterThan(0);
    const fout = extern.flatMap((b) => [
      ...(adressenVan(b).some((a) => /^https:\/\/[^/]+\.[a-z]+\//.test(a)) ? [] : [`${b.slug}: geen adres`]),
      ...((b.data.beperkingen as string[] | undefined)?.some((z) => /externe bron/i.test(z)) ? [] : [`${b.slug}: zegt niet dat het een externe bron is`]),
    ]);
    expect(fout).toEqual([]);
  });

  it('een link naar een andere site in een gids of praktijkvoorbeeld staat ook als externe bron in de bronnen', () => {
    const adressen = new Map([...bronnen.values()].filter((b) => b.data.extern).flatMap((b) => adressenVan(b).map((a) => [a, b.slug] as const)));
    const fout = paginas.flatMap((p) => {
      const geciteerd = new Set((p.data.bronnen as { bron: string }[]).map((b) => b.bron));
      return [...p.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].flatMap((m) => {
        const slug = adressen.get(m[1]!);
        return slug && geciteerd.has(slug) ? [] : [`${p.pagina}: ${m[1]} staat niet als geciteerde externe bron`];
      });
    });
    expect(fout).toEqual([]);
  });
});
