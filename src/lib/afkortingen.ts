/**
 * Afkortingen in de tekst vinden en uitleggen bij het eerste gebruik op een pagina.
 *
 * Een afkorting is uitgelegd als (1) er een begrip voor is (de build maakt van het eerste gebruik
 * een link naar het begrip, zie src/integrations/afkortingen.ts), (2) ze in de vaste lijst hieronder
 * staat (de build schrijft haar bij het eerste gebruik voluit), of (3) de tekst haar zelf uitlegt op
 * die plek: "het Openbaar Ministerie (OM)" of "OM (Openbaar Ministerie)".
 * Puur TypeScript; de begrippen komen als argument binnen.
 */

export interface Afkorting {
  afkorting: string;
  /** Voluit geschreven; leeg als het begrip zelf de afkorting als naam heeft (ZSM). */
  voluit: string;
  /** Slug van het begrip in /begrippen/, als dat er is. */
  begrip?: string | undefined;
}

/**
 * Afkortingen zonder eigen begrip, voluit. Alleen namen van organisaties, ministeries en wetten
 * zoals ze officieel heten; geen feiten.
 */
export const VASTE_AFKORTINGEN: Readonly<Record<string, string>> = {
  AIVD: 'Algemene Inlichtingen- en Veiligheidsdienst',
  AMK: 'Advies- en Meldpunt Kindermishandeling',
  APV: 'Algemene Plaatselijke Verordening',
  AVG: 'Algemene verordening gegevensbescherming',
  AVIM: 'Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel',
  AWBZ: 'Algemene Wet Bijzondere Ziektekosten',
  BVH: 'Basisvoorziening Handhaving',
  BZ: 'ministerie van Buitenlandse Zaken',
  BZK: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  CBS: 'Centraal Bureau voor de Statistiek',
  CJIB: 'Centraal Justitieel Incassobureau',
  COA: 'Centraal Orgaan opvang asielzoekers',
  CTER: 'contraterrorisme, extremisme en radicalisering',
  DJI: 'Dienst Justitiële Inrichtingen',
  ENFAST: 'European Network of Fugitive Active Search Teams',
  EU: 'Europese Unie',
  GGD: 'Gemeentelijke Gezondheidsdienst',
  GIZ: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
  GGZ: 'geestelijke gezondheidszorg',
  GHOR: 'Geneeskundige Hulpverleningsorganisatie in de Regio',
  HKS: 'Herkenningsdienstsysteem',
  IND: 'Immigratie- en Naturalisatiedienst',
  IPA: 'Instrument for Pre-accession Assistance',
  IS: 'Islamitische Staat',
  IOM: 'Internationale Organisatie voor Migratie',
  JenV: 'ministerie van Justitie en Veiligheid',
  JGZ: 'jeugdgezondheidszorg',
  KMar: 'Koninklijke Marechaussee',
  KNMG: 'Koninklijke Nederlandsche Maatschappij tot bevordering der Geneeskunst',
  KVK: 'Kamer van Koophandel',
  LTO: 'Land- en Tuinbouworganisatie',
  LUMC: 'Leids Universitair Medisch Centrum',
  LVB: 'licht verstandelijke beperking',
  MDA: 'multidisciplinaire aanpak',
  MDCK: 'multidisciplinair centrum kindermishandeling',
  NFI: 'Nederlands Forensisch Instituut',
  NJi: 'Nederlands Jeugdinstituut',
  NS: 'Nederlandse Spoorwegen',
  OCW: 'ministerie van Onderwijs, Cultuur en Wetenschap',
  OM: 'Openbaar Ministerie',
  OV: 'openbaar vervoer',
  PI: 'penitentiaire inrichting',
  RIVM: 'Rijksinstituut voor Volksgezondheid en Milieu',
  RN: 'Reclassering Nederland',
  RvdK: 'Raad voor de Kinderbescherming',
  SZW: 'ministerie van Sociale Zaken en Werkgelegenheid',
  TA: 'Terroristenafdeling',
  TAIEX: 'Technical Assistance and Information Exchange',
  TER: 'terrorisme, extremisme en radicalisering',
  UWV: 'Uitvoeringsinstituut Werknemersverzekeringen',
  VenJ: 'ministerie van Veiligheid en Justitie',
  VGV: 'vrouwelijke genitale verminking',
  VNG: 'Vereniging van Nederlandse Gemeenten',
  VWS: 'ministerie van Volksgezondheid, Welzijn en Sport',
  WIGK: 'werken in gedwongen kader',
  Wmo: 'Wet maatschappelijke ondersteuning',
};

/** Woorden in hoofdletters die geen uitleg nodig hebben: namen en gewone woorden. */
export const GEEN_UITLEG_NODIG: ReadonlySet<string> = new Set([
  'ABN', 'AMRO', 'DNA', 'XTC', 'IQ', 'HR', 'ICT', 'TV', 'NL', 'TNO', 'II', 'III', 'IV', 'VI', 'ID', 'PDF', 'CSV', 'USB', 'WhatsApp',
]);

/** Een woord in hoofdletters (minstens twee): OM, NCTV, DT&V, ZSM. Niet IJsselland, niet B1. */
const HOOFDLETTERWOORD = /(?<![\p{L}\p{N}&])\p{Lu}(?:[\p{Lu}\p{N}&]*[\p{Lu}\p{N}])?(?![\p{L}\p{N}&])/gu;

export interface Gebruik {
  afkorting: string;
  /** Positie in de tekst. */
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alle afkortingen in een tekst, in volgorde. `extra` zijn afkortingen met kleine letters (KMar, Wmo). */
export function vindAfkortingen(tekst: string, extra: Iterable<string> = []): Gebruik[] {
  const uit: Gebruik[] = [];
  for (const m of tekst.matchAll(HOOFDLETTERWOORD)) {
    const w = m[0];
    if ((w.match(/\p{Lu}/gu) ?? []).length < 2 || GEEN_UITLEG_NODIG.has(w)) continue;
    uit.push({ afkorting: w, index: m.index! });
  }
  const gemengd = [...extra].filter((a) => /\p{Ll}/u.test(a));
  if (gemengd.length) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${gemengd.map(escape).join('|')})(?![\\p{L}\\p{N}&])`, 'gu');
    for (const m of tekst.matchAll(re)) uit.push({ afkorting: m[0], index: m.index! });
  }
  return uit.sort((a, b) => a.index - b.index);
}

/** Legt de tekst de afkorting op deze plek zelf uit: "… (OM)" of "OM (…)". */
export function uitgelegdOpDePlek(tekst: string, g: Gebruik): boolean {
  const voor = tekst.slice(0, g.index);
  const na = tekst.slice(g.index + g.afkorting.length);
  if (/\(\s*$/.test(voor) && /^\s*[),]/.test(na) && /\p{L}{3}/u.test(voor.slice(-80))) return true;
  return /^[\p{L}\p{N}-]*\s\((?!\d)[^)]{3,}\)/u.test(na);
}

/** Het woordenboek: vaste afkortingen plus de begrippen (een begrip gaat voor). */
export function woordenboek(begrippen: readonly { slug: string; term: string; afkorting?: string | undefined }[]): Map<string, Afkorting> {
  const map = new Map<string, Afkorting>();
  for (const [afkorting, voluit] of Object.entries(VASTE_AFKORTINGEN)) map.set(afkorting, { afkorting, voluit });
  for (const b of begrippen) {
    if (b.afkorting) map.set(b.afkorting, { afkorting: b.afkorting, voluit: b.term, begrip: b.slug });
  }
  // Een begrip dat de afkorting zelf als naam heeft (ZSM, BOB, BOTOC-gelden): link, zonder voluit.
  // Eerst begrippen die precies de afkorting heten (ZSM), dan samenstellingen (ZSM+, BOTOC-gelden).
  for (const exact of [true, false]) {
    for (const b of begrippen) {
      const kop = b.term.match(/^[\p{Lu}\p{N}&]+(?=$|[-+\s])/u)?.[0];
      if (b.afkorting || !kop || (kop === b.term) !== exact || (kop.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      if (!map.get(kop)?.begrip) map.set(kop, { afkorting: kop, voluit: map.get(kop)?.voluit ?? '', begrip: b.slug });
    }
  }
  return map;
}

/**
 * Afkortingen die bij hun eerste gebruik in de tekst door niets worden uitgelegd: niet in het
 * woordenboek (dat legt de build uit) en ook niet op de plek zelf.
 */
export function zonderUitleg(tekst: string, boek: ReadonlyMap<string, Afkorting>): string[] {
  const gezien = new Set<string>();
  const missend: string[] = [];
  for (const g of vindAfkortingen(tekst, boek.keys())) {
    if (gezien.has(g.afkorting)) continue;
    gezien.add(g.afkorting);
    if (boek.has(g.afkorting) || uitgelegdOpDePlek(tekst, g)) continue;
    missend.push(g.afkorting);
  }
  return missend;
}
