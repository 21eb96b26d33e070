/**
 * Turning unknown data (an imported file, a share link, device storage) into a valid Model, or a
 * Dutch message that says what is wrong. Nothing is trusted: types, lengths, counts, ids and
 * references are all checked. Text is kept as typed (markup stays plain text; views never render
 * it as HTML); control characters other than tab and newline are removed.
 */
import { fail, ok, type Result } from '../../../lib/result.ts';
import { LIMITS } from './limits.ts';
import {
  BARRIERE_SOORTEN,
  BEWUSTHEDEN,
  FASEN,
  ONDERDELEN,
  STATUSSEN,
  RANGSCHIKREGELS,
  type Barriere,
  type Faciliteerder,
  type Item,
  type Model,
  type Onderdeel,
  type Ouder,
  type Partner,
  type Score,
  type Stap,
  type Stemming,
} from './types.ts';
import { ONDERDEEL_LABEL } from './labels.ts';
import { schoon } from './tekst.ts';
import { STANDAARD_STEMMING } from './stemmen.ts';

class Ongeldig extends Error {}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;

function obj(v: unknown, waar: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Ongeldig(`${waar} ontbreekt of heeft een verkeerde vorm.`);
  return v as Obj;
}

function tekst(v: unknown, waar: string, max: number, verplicht = false): string {
  if (v === undefined || v === null) {
    if (verplicht) throw new Ongeldig(`${waar} ontbreekt.`);
    return '';
  }
  if (typeof v !== 'string') throw new Ongeldig(`${waar} is geen tekst.`);
  const s = schoon(v);
  if (s.length > max) throw new Ongeldig(`${waar} is te lang (meer dan ${max} tekens).`);
  if (verplicht && !s.trim()) throw new Ongeldig(`${waar} is leeg.`);
  return s;
}

function geheel(v: unknown, min: number, max: number, standaard: number, waar: string): number {
  if (v === undefined || v === null) return standaard;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Ongeldig(`${waar} moet een geheel getal van ${min} tot en met ${max} zijn.`);
  return v;
}

function id(v: unknown, waar: string, gezien: Set<string>): string {
  if (typeof v !== 'string' || !ID.test(v)) throw new Ongeldig(`${waar} heeft geen geldige id.`);
  if (gezien.has(v)) throw new Ongeldig(`${waar} heeft dezelfde id als een ander onderdeel; het bestand is beschadigd of aangepast.`);
  gezien.add(v);
  return v;
}

function lijst(v: unknown, waar: string, max: number): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Ongeldig(`${waar} is geen lijst.`);
  if (v.length > max) throw new Ongeldig(`${waar} heeft te veel onderdelen (meer dan ${max}).`);
  return v;
}

function keuze<T extends string>(v: unknown, opties: readonly T[], standaard: T, waar: string): T {
  if (v === undefined || v === null) return standaard;
  if (typeof v === 'string' && (opties as readonly string[]).includes(v)) return v as T;
  throw new Ongeldig(`${waar} heeft een onbekende waarde.`);
}

function score(v: unknown, waar: string): Score | null {
  if (v === undefined || v === null) return null;
  if (v === 1 || v === 2 || v === 3 || v === 4 || v === 5) return v;
  throw new Ongeldig(`${waar} moet een getal van 1 tot en met 5 zijn.`);
}

function datum(v: unknown, waar: string): string {
  const d = tekst(v, waar, 10);
  if (d && !DATUM.test(d)) throw new Ongeldig(`${waar} heeft geen geldige vorm (jjjj-mm-dd).`);
  return d;
}

function stemming(raw: unknown): Stemming {
  if (raw === undefined || raw === null) return STANDAARD_STEMMING;
  const o = obj(raw, 'De instellingen voor het stemmen');
  return {
    deelnemers: geheel(o['deelnemers'], 0, LIMITS.deelnemers, STANDAARD_STEMMING.deelnemers, 'Het aantal deelnemers'),
    stippen: geheel(o['stippen'], 1, LIMITS.stippen, STANDAARD_STEMMING.stippen, 'Het aantal stippen per deelnemer'),
    regel: keuze(o['regel'], RANGSCHIKREGELS, STANDAARD_STEMMING.regel, 'De regel voor de volgorde van de actielijst'),
  };
}

/** Validates one item of a component; also used for the items of a contribution. */
export function item(raw: unknown, onderdeel: Onderdeel, waar: string, ids: Set<string>, partners: Set<string>): Item {
  const o = obj(raw, waar);
  const basis: Item = {
    id: id(o['id'], waar, ids),
    tekst: tekst(o['tekst'], `De tekst van ${waar}`, LIMITS.langeTekst, true),
    notitie: tekst(o['notitie'], `De notitie bij ${waar}`, LIMITS.langeTekst),
  };
  if (onderdeel === 'faciliteerders') {
    const f: Faciliteerder = { ...basis, bewustheid: keuze(o['bewustheid'], BEWUSTHEDEN, 'onbekend', `Bewust/onbewust bij ${waar}`) };
    return f;
  }
  if (onderdeel === 'barrieres') {
    const eigenaren = lijst(o['eigenaren'], `De eigenaren van ${waar}`, LIMITS.eigenarenPerBarriere).map((e) => {
      if (typeof e !== 'string' || !partners.has(e)) throw new Ongeldig(`${waar} verwijst naar een partner die niet in het model staat.`);
      return e;
    });
    const stemmen = o['stemmen'] ?? 0;
    if (typeof stemmen !== 'number' || !Number.isInteger(stemmen) || stemmen < 0 || stemmen > LIMITS.stemmen) {
      throw new Ongeldig(`Het aantal stemmen bij ${waar} is ongeldig.`);
    }
    const b: Barriere = {
      ...basis,
      eigenaren: [...new Set(eigenaren)],
      soort: keuze(o['soort'], BARRIERE_SOORTEN, 'anders', `De soort van ${waar}`),
      impact: score(o['impact'], `De impact van ${waar}`),
      haalbaarheid: score(o['haalbaarheid'], `De haalbaarheid van ${waar}`),
      status: keuze(o['status'], STATUSSEN, 'idee', `De status van ${waar}`),
      waterbed: tekst(o['waterbed'], `Het waterbedeffect bij ${waar}`, LIMITS.langeTekst),
      stemmen,
      deadline: datum(o['deadline'], `De deadline van ${waar}`),
      instrument: tekst(o['instrument'], `Het instrument van ${waar}`, LIMITS.naam),
    };
    return b;
  }
  return basis;
}

function stap(raw: unknown, nummer: number, ids: Set<string>, partners: Set<string>): Stap {
  const waar = `Stap ${nummer}`;
  const o = obj(raw, waar);
  const eigenaar = o['eigenaar'] ?? null;
  if (eigenaar !== null && (typeof eigenaar !== 'string' || !partners.has(eigenaar))) {
    throw new Ongeldig(`${waar} verwijst naar een eigenaar die niet in het model staat.`);
  }
  const s: Stap = {
    id: id(o['id'], waar, ids),
    naam: tekst(o['naam'], `De naam van ${waar.toLowerCase()}`, LIMITS.naam, true),
    omschrijving: tekst(o['omschrijving'], `De omschrijving van ${waar.toLowerCase()}`, LIMITS.langeTekst),
    fase: o['fase'] === null || o['fase'] === undefined ? null : keuze(o['fase'], FASEN, 'voor', `De fase van ${waar.toLowerCase()}`),
    eigenaar: eigenaar as string | null,
    gelegenheden: [],
    signalen: [],
    faciliteerders: [],
    barrieres: [],
  };
  for (const onderdeel of ONDERDELEN) {
    const label = ONDERDEEL_LABEL[onderdeel].toLowerCase();
    const items = lijst(o[onderdeel], `De lijst ${label} van ${waar.toLowerCase()}`, LIMITS.itemsPerOnderdeel).map((r, i) =>
      item(r, onderdeel, `${label} ${i + 1} van ${waar.toLowerCase()}`, ids, partners),
    );
    (s as unknown as Record<Onderdeel, Item[]>)[onderdeel] = items;
  }
  return s;
}

function ouder(raw: unknown): Ouder | null {
  if (raw === undefined || raw === null) return null;
  const o = obj(raw, 'De koppeling met het hoofdmodel');
  const leeg = new Set<string>();
  return {
    modelId: id(o['modelId'], 'De koppeling met het hoofdmodel', leeg),
    stapId: id(o['stapId'], 'De koppeling met de stap van het hoofdmodel', leeg),
    modelTitel: tekst(o['modelTitel'], 'De titel van het hoofdmodel', LIMITS.titel),
    stapNaam: tekst(o['stapNaam'], 'De naam van de stap in het hoofdmodel', LIMITS.naam),
  };
}

export { Ongeldig, obj, lijst, tekst as leesTekst, keuze, id as leesId };

/** Validates model data of the current version. */
export function valideerModel(raw: unknown): Result<Model> {
  try {
    const o = obj(raw, 'Het model');
    const modelIds = new Set<string>();
    const partnerIds = new Set<string>();
    const partners: Partner[] = lijst(o['partners'], 'De lijst met partners', LIMITS.partners).map((r, i) => {
      const p = obj(r, `Partner ${i + 1}`);
      return { id: id(p['id'], `Partner ${i + 1}`, partnerIds), naam: tekst(p['naam'], `De naam van partner ${i + 1}`, LIMITS.naam, true) };
    });
    const ids = new Set<string>(partnerIds);
    const model: Model = {
      id: id(o['id'], 'Het model', modelIds),
      titel: tekst(o['titel'], 'De titel van het model', LIMITS.titel),
      omschrijving: tekst(o['omschrijving'], 'De omschrijving van het model', LIMITS.langeTekst),
      regio: tekst(o['regio'], 'De regio', LIMITS.korteTekst),
      datum: datum(o['datum'], 'De datum'),
      partners,
      stappen: lijst(o['stappen'], 'De lijst met stappen', LIMITS.stappen).map((r, i) => stap(r, i + 1, ids, partnerIds)),
      ouder: ouder(o['ouder']),
      stemming: stemming(o['stemming']),
      bijdragen: lijst(o['bijdragen'], 'De lijst met samengevoegde bijdragen', LIMITS.bijdragen).map((b, i) => id(b, `Bijdrage ${i + 1}`, new Set())),
    };
    return ok(model);
  } catch (e) {
    if (e instanceof Ongeldig) return fail(`Dit model klopt niet: ${e.message} Er is niets veranderd.`);
    return fail('Dit model kon niet worden gelezen. Er is niets veranderd.');
  }
}
