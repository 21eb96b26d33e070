/**
 * Hoe oud zijn de bronnen van een pagina? Uit het veld `jaar` van elke bron ("2013", "circa 2018",
 * "versie 2017, met afwegingskader vanaf 2019") het eerste jaartal, en daarvan één zin:
 * "Gebaseerd op bronnen uit 2013 en 2019."
 */

export interface BronJaar {
  jaar: number;
  circa: boolean;
}

/** Het eerste jaartal uit het veld `jaar` van een bron, of null. */
export function bronJaar(veld: string): BronJaar | null {
  const m = veld.match(/\b(1[89]\d\d|20\d\d)\b/);
  return m ? { jaar: Number(m[1]), circa: /circa|rond|ca\./i.test(veld.slice(0, m.index)) } : null;
}

const opsomming = (delen: string[]) => (delen.length < 2 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`);

/** De zin over de leeftijd van de bronnen; null als er geen jaartal bekend is. */
export function bronnenZin(velden: readonly string[]): string | null {
  const jaren = new Map<number, boolean>();
  let aantal = 0;
  for (const v of velden) {
    const j = bronJaar(v);
    if (!j) continue;
    aantal++;
    // "circa" alleen als geen enkele bron dat jaar precies noemt.
    jaren.set(j.jaar, (jaren.get(j.jaar) ?? true) && j.circa);
  }
  if (!jaren.size) return null;
  const delen = [...jaren.entries()].sort((a, b) => a[0] - b[0]).map(([jaar, circa]) => `${circa ? 'rond ' : ''}${jaar}`);
  return `Gebaseerd op ${aantal === 1 ? 'een bron' : 'bronnen'} uit ${opsomming(delen)}.`;
}
