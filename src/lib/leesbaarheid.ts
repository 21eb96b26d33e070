/**
 * Leesbaarheid van Nederlandse tekst: de Flesch-Douma-score en een paar eenvoudige maten.
 *
 *   Flesch-Douma = 206,84 − 0,77 × (lettergrepen per 100 woorden) − 0,93 × (woorden per zin)
 *
 * Alleen lopend proza telt: alinea's en lijstitems die volledige zinnen zijn. Koppen, tabellen,
 * code en losse lijstjes van woorden of links tellen niet mee. Het tellen van lettergrepen is een
 * benadering (zie `lettergrepen`); voor het vergelijken van pagina's onderling is dat genoeg.
 * Puur TypeScript, zonder afhankelijkheden.
 */

/** Klinkers die samen één klankgroep vormen als ze naast elkaar staan (aa, ie, oei, …). */
const KLINKER = /[aeiouyáéíóúàèìòùâêîôû]/;
/** Een klinker met trema of accent grave begint altijd een nieuwe lettergreep (ideeën, beïnvloeden). */
const KLINKER_NIEUW = /[äëïöü]/;

/**
 * Het aantal lettergrepen van één woord, geschat:
 * - een getal telt als één lettergreep per cijfer ("2013" → 4);
 * - een afkorting in hoofdletters wordt letter voor letter uitgesproken ("OM" → 2, "NCTV" → 4);
 * - anders telt elke groep aaneengesloten klinkers als één lettergreep, en een klinker met
 *   trema begint een nieuwe ("gemeente" → 3, "ideeën" → 3, "ij" telt als één klank).
 * Een samenstelling met streepjes is de som van haar delen. Elk woord heeft minstens één lettergreep.
 */
export function lettergrepen(woord: string): number {
  const delen = woord.split(/[-–'’]/).filter((d) => /[\p{L}\p{N}]/u.test(d));
  if (delen.length > 1) {
    // Een deel zonder klinker ('s in 's-Hertogenbosch) voegt geen lettergreep toe.
    const som = delen.reduce((s, d) => s + (/^\p{Ll}+$/u.test(d) && !/[aeiouyäëïöüáéíóú]/.test(d) ? 0 : lettergrepen(d)), 0);
    return Math.max(1, som);
  }
  const w = delen[0] ?? woord;
  if (/^\p{N}+$/u.test(w)) return Math.max(1, w.length);
  if (w.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w)) {
    return w.replace(/[^\p{Lu}]/gu, '').length;
  }
  let n = 0;
  let inGroep = false;
  for (const c of w.toLowerCase()) {
    if (KLINKER_NIEUW.test(c)) {
      n++;
      inGroep = true;
    } else if (KLINKER.test(c)) {
      if (!inGroep) n++;
      inGroep = true;
    } else {
      inGroep = false;
    }
  }
  return Math.max(1, n);
}

/** De woorden van een tekst: reeksen letters en cijfers, met streepjes of apostrof erin ('s-Hertogenbosch). */
export function woorden(tekst: string): string[] {
  return tekst.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Afkortingen met een punt die geen einde van een zin zijn. */
const PUNT_AFKORTINGEN = ['bijv.', 'bv.', 'o.a.', 'e.o.', 'e.d.', 'd.w.z.', 'enz.', 'm.b.t.', 'nr.', 'art.', 'ca.', 'z.g.a.n.', 'mr.', 'dr.', 'drs.', 'prof.', 'ir.', 'jl.', 'incl.', 'excl.', 'resp.', 'etc.', 'vs.', 'p.', 'e.a.'];

/**
 * Splits een stuk tekst in zinnen. Een zin eindigt op . ! of ? (eventueel gevolgd door een
 * aanhalingsteken of haakje) waarna een hoofdletter, cijfer of aanhalingsteken volgt, of op het
 * einde van de tekst. Afkortingen als "bijv." en "o.a." en getallen als "1.200" breken geen zin.
 */
export function zinnen(tekst: string): string[] {
  let t = ` ${tekst.replace(/\s+/g, ' ').trim()} `;
  for (const a of PUNT_AFKORTINGEN) {
    const re = new RegExp(`(?<=[\\s(])${a.replace(/\./g, '\\.')}(?=[\\s,;:)])`, 'gi');
    t = t.replace(re, (m) => m.replace(/\./g, '\u2024'));
  }
  return t
    .split(/(?<=[.!?]['"”’)]*)\s+(?=['"“‘(]?[\p{Lu}\p{N}])/u)
    .map((z) => z.replace(/\u2024/g, '.').trim())
    .filter((z) => woorden(z).length > 0);
}

export interface Leesbaarheid {
  /** Flesch-Douma-score, afgerond op één decimaal; NaN zonder woorden. */
  score: number;
  woorden: number;
  zinnen: number;
  lettergrepen: number;
  /** Gemiddeld aantal woorden per zin, op één decimaal. */
  woordenPerZin: number;
  /** Aandeel woorden van vier of meer lettergrepen, in procent, op één decimaal. */
  procentLangeWoorden: number;
}

const eenDecimaal = (x: number) => Math.round(x * 10) / 10;

/** Flesch-Douma en de andere maten over stukken lopend proza (elk stuk is minstens één zin). */
export function meetLeesbaarheid(stukken: readonly string[]): Leesbaarheid {
  let nWoorden = 0;
  let nZinnen = 0;
  let nLettergrepen = 0;
  let nLang = 0;
  for (const stuk of stukken) {
    for (const zin of zinnen(stuk)) {
      const ws = woorden(zin);
      nZinnen++;
      nWoorden += ws.length;
      for (const w of ws) {
        const l = lettergrepen(w);
        nLettergrepen += l;
        if (l >= 4) nLang++;
      }
    }
  }
  if (nWoorden === 0) return { score: NaN, woorden: 0, zinnen: 0, lettergrepen: 0, woordenPerZin: 0, procentLangeWoorden: 0 };
  const score = 206.84 - 0.77 * ((nLettergrepen / nWoorden) * 100) - 0.93 * (nWoorden / nZinnen);
  return {
    score: eenDecimaal(score),
    woorden: nWoorden,
    zinnen: nZinnen,
    lettergrepen: nLettergrepen,
    woordenPerZin: eenDecimaal(nWoorden / nZinnen),
    procentLangeWoorden: eenDecimaal((nLang / nWoorden) * 100),
  };
}

/** Markdown-opmaak binnen een regel weg: links en afbeeldingen, nadruk, code, HTML-tags. */
export function kaleTekst(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}]))/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const EINDE_ZIN = /[.!?]['"”’)]*$/;
const BEGIN_ZIN = /^['"“‘(]?[\p{Lu}\p{N}]/u;

/** Is dit een volledige zin (of meer): begint met een hoofdletter of cijfer en eindigt op . ! of ? */
export const isVolledigeZin = (tekst: string) => BEGIN_ZIN.test(tekst) && EINDE_ZIN.test(tekst);

/**
 * Het lopende proza van een Markdown-tekst: alinea's (die eindigen op een leesteken) en lijstitems
 * die volledige zinnen zijn, zonder opmaak. Koppen, tabellen, code, HTML-blokken en losse
 * lijstjes (zonder punt aan het eind) vallen weg.
 */
export function lopendProza(markdown: string): string[] {
  const uit: string[] = [];
  let alinea: string[] = [];
  let item: string[] | null = null;
  const sluitAlinea = () => {
    const t = kaleTekst(alinea.join(' '));
    if (t && BEGIN_ZIN.test(t) && /[.!?:]['"”’)]*$/.test(t)) uit.push(t);
    alinea = [];
  };
  const sluitItem = () => {
    if (item) {
      const t = kaleTekst(item.join(' '));
      if (isVolledigeZin(t)) uit.push(t);
    }
    item = null;
  };
  let inCode = false;
  for (const ruw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(ruw)) {
      sluitAlinea();
      sluitItem();
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    const regel = ruw.replace(/^\s*>\s?/, '');
    if (/^\s*$/.test(regel)) {
      sluitAlinea();
      sluitItem();
      continue;
    }
    if (/^\s*(#{1,6}\s|\||<!--|-{3,}\s*$|\*{3,}\s*$|<\/?[a-z])/i.test(regel)) {
      sluitAlinea();
      sluitItem();
      continue;
    }
    const lijst = regel.match(/^\s*(?:[-*+]|\d+[.)])\s+(.*)$/);
    if (lijst) {
      sluitAlinea();
      sluitItem();
      item = [lijst[1]!];
      continue;
    }
    if (item) item.push(regel.trim());
    else alinea.push(regel.trim());
  }
  sluitAlinea();
  sluitItem();
  return uit;
}

export interface PaginaTekst {
  samenvatting?: string | undefined;
  inHetKort?: readonly string[] | undefined;
  body: string;
}

/** Het lopende proza van een pagina zoals de lezer het ziet: samenvatting, "In het kort" en de tekst. */
export function prozaVanPagina(p: PaginaTekst): string[] {
  const stukken: string[] = [];
  if (typeof p.samenvatting === 'string' && isVolledigeZin(kaleTekst(p.samenvatting))) stukken.push(kaleTekst(p.samenvatting));
  for (const punt of p.inHetKort ?? []) {
    if (typeof punt !== 'string') continue; // kapotte YAML; de schemacontrole meldt dat
    const t = kaleTekst(punt);
    if (isVolledigeZin(t)) stukken.push(t);
  }
  return [...stukken, ...lopendProza(p.body)];
}
