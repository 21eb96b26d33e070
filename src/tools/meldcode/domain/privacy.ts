/**
 * Simple local checks for text that looks like it identifies a person: a name, a BSN, a phone number,
 * a postcode with house number, or a date of birth. Nothing leaves the device; the result is only a
 * warning (the user decides). Patterns are deliberately simple and may miss things or warn too often.
 */
export type Persoonsgegeven = 'naam' | 'bsn' | 'telefoon' | 'adres' | 'geboortedatum';

/** The eleven test (elfproef) of a Dutch BSN. */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers) || /^0+$/.test(cijfers)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
  som -= Number(cijfers[8]);
  return som % 11 === 0;
}

const TITEL = /\b(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer|juffrouw|meester)\s+(?:[A-Z][a-z]{2,}|[a-z]{1,3}\s+[A-Z][a-z]{2,})/i;
const TUSSENVOEGSEL = /\b[A-Z][a-z]{2,}\s+(?:van der|van den|van de|van|de|der|den|ter|te)\s+[A-Z][a-z]{2,}\b/;
const TELEFOON = /(?:\+31|0031|\b0)[\s-]?(?:6[\s-]?\d{8}|\d{2}[\s-]?\d{7}|\d{3}[\s-]?\d{6})\b|\b06[\s-]?(?:\d{2}[\s-]?){4}\b/;
const ADRES = /\b\d{4}\s?[A-Z]{2}\b[\s,]+\d{1,5}\b|\b[A-Z][a-z]+(?:straat|laan|weg|plein|kade|gracht|singel|dreef)\s+\d{1,5}\b/;
const DATUM = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g;
const GEBOORTE = /\b(?:geb\.|geboren|geboortedatum)\s*(?:op\s*)?:?\s*(?:\d{1,2}[-/. ]|\d{1,2}\s+[a-z]+\s+\d{4})/i;

/** The kinds of identifying data this text seems to contain (empty: nothing found). */
export function zoekPersoonsgegevens(tekst: string, nu = new Date()): Persoonsgegeven[] {
  const gevonden = new Set<Persoonsgegeven>();
  if (TITEL.test(tekst) || TUSSENVOEGSEL.test(tekst)) gevonden.add('naam');
  for (const m of tekst.matchAll(/\b\d(?:[\s.]?\d){8}\b/g)) {
    if (isBsn(m[0].replace(/[\s.]/g, ''))) gevonden.add('bsn');
  }
  if (TELEFOON.test(tekst)) gevonden.add('telefoon');
  if (ADRES.test(tekst)) gevonden.add('adres');
  if (GEBOORTE.test(tekst)) gevonden.add('geboortedatum');
  // A full date more than two years back is more likely a date of birth than a date in this case.
  for (const m of tekst.matchAll(DATUM)) {
    if (Number(m[3]) < nu.getFullYear() - 2) gevonden.add('geboortedatum');
  }
  return [...gevonden];
}

/** All free-text fields of a dossier with what they seem to contain, for one warning per field. */
export function persoonsgegevensInDossier(velden: { id: string; tekst: string }[], nu = new Date()): { id: string; soorten: Persoonsgegeven[] }[] {
  return velden.map((v) => ({ id: v.id, soorten: zoekPersoonsgegevens(v.tekst, nu) })).filter((v) => v.soorten.length > 0);
}
