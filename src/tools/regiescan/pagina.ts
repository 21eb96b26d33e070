/**
 * Build-time data for the regiescan pages: the catalogue and the texts from the collections, with
 * the tip links resolved against the gidsen and praktijkvoorbeelden that exist. A link to a page
 * that does not exist (yet) is left out, so the site never links to nothing.
 */
import { getCollection, getEntry } from 'astro:content';
import { controleerSamenhang } from './content-schema.ts';
import { maakCatalogus } from './domain/catalogus.ts';
import type { Link, RegiescanProps, Teksten } from './view/types.ts';
import { DOELGROEP_LABELS } from '../../content/vocabulary.ts';

export async function regiescanData() {
  const scan = (await getEntry('regiescan', 'regiescan'))?.data;
  if (!scan) throw new Error('content/instrumenten/regiescan/scan.yaml: de entry "regiescan" ontbreekt');
  const dimensies = (await getCollection('regiescanDimensies')).map((e) => e.data).sort((a, b) => a.volgorde - b.volgorde);
  const problemen = controleerSamenhang(scan, dimensies);
  if (problemen.length) throw new Error(`Regiescan-teksten kloppen niet:\n- ${problemen.join('\n- ')}`);

  const gidsen = new Map((await getCollection('gidsen')).map((g) => [g.id, g.data.titel as string]));
  const voorbeelden = new Map((await getCollection('praktijkvoorbeelden')).map((p) => [p.id, p.data.titel as string]));
  const links = (slugs: string[], bestaand: Map<string, string>, map: string): Link[] =>
    slugs.flatMap((s) => (bestaand.has(s) ? [{ href: `/${map}/${s}/`, titel: bestaand.get(s)! }] : []));

  const catalogus = maakCatalogus(scan, dimensies);
  const teksten: Teksten = {
    schaal: scan.schaal,
    weetNiet: scan.weetNiet,
    banden: scan.banden.map(({ id, label, uitleg }) => ({ id, label, uitleg })),
    context: scan.context,
    regiestijl: scan.regiestijl,
    dimensies: Object.fromEntries(
      dimensies.map((d) => [
        d.id,
        {
          uitleg: d.uitleg,
          tips: Object.fromEntries(
            Object.entries(d.tips).map(([band, tips]) => [
              band,
              tips.map((t) => ({ tekst: t.tekst, links: [...links(t.gidsen, gidsen, 'gidsen'), ...links(t.voorbeelden, voorbeelden, 'praktijkvoorbeelden')] })),
            ]),
          ),
        },
      ]),
    ),
  };
  const props: RegiescanProps = { catalogus, teksten };
  // Search filters like those of the gidsen: thema, doelgroep and bron with their readable names.
  const thema = (await getEntry('themas', 'zorg-en-veiligheid'))?.data.naam as string | undefined;
  const bronnen = await Promise.all(['veiligheidshuizenkrant-2013', 'evaluatie-actieprogramma-jihadisme'].map((id) => getEntry('bronnen', id)));
  const zoeken = {
    type: 'Instrument',
    filters: {
      thema: thema ? [thema] : [],
      doelgroep: [DOELGROEP_LABELS.gemeente],
      bron: bronnen.flatMap((b) => (b ? [b.data.korteTitel as string] : [])),
    },
  };
  return { scan, dimensies, props, zoeken };
}
