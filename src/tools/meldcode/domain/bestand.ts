/**
 * The dossier as a file (export/import, device storage): the shared versioned envelope around a
 * dossier, and a strict reader that turns unknown JSON into a valid dossier or a Dutch message.
 *
 * Versions: 2 is the current format. Version 1 was the pre-release draft format (flat afwegingen
 * without the afweging-2 kinds); it is not read any more and gets a clear message.
 */
import { fail, ok, type Result } from '../../../lib/result.ts';
import { parseEnvelopeText, unwrap, wrap, type Envelope } from '../../../lib/envelope.ts';
import { leegDossier, type Dossier, type Consultatie, type Signaal } from './model.ts';

export const INSTRUMENT = 'meldcode';
export const VERSIE = 2;
export const OUDSTE_LEESBARE_VERSIE = 2;
/** A dossier is small; a much larger file is not ours. */
export const MAX_BESTAND_BYTES = 500_000;

const LIMIET_TEKST = 20_000;
const LIMIET_LIJST = 500;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Ongeldig extends Error {}
const stuk = (waar: string): never => {
  throw new Ongeldig(waar);
};

function str(o: Obj, k: string, waar: string): string {
  const v = o[k];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string' || v.length > LIMIET_TEKST) return stuk(`${waar}.${k}`);
  return v;
}
function keuze<T extends string>(o: Obj, k: string, opties: readonly T[], waar: string): T | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || !(opties as readonly string[]).includes(v)) return stuk(`${waar}.${k}`);
  return v as T;
}
function obj(o: Obj, k: string, waar: string): Obj {
  const v = o[k];
  if (v === undefined) return {};
  return isObj(v) ? v : stuk(`${waar}.${k}`);
}
function lijst(o: Obj, k: string, waar: string): unknown[] {
  const v = o[k];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > LIMIET_LIJST) return stuk(`${waar}.${k}`);
  return v;
}
function ids(o: Obj, k: string, waar: string): string[] {
  return lijst(o, k, waar).map((x) => (typeof x === 'string' && x.length < 100 ? x : stuk(`${waar}.${k}`)));
}
const JN = ['ja', 'nee'] as const;

/** Reads a dossier of the current version; throws Ongeldig with the path of the first bad field. */
function leesDossier(raw: unknown): Dossier {
  if (!isObj(raw)) return stuk('data');
  const d = leegDossier();
  d.modus = keuze(raw, 'modus', ['eigen', 'training'] as const, 'data') ?? 'eigen';
  d.casus = str(raw, 'casus', 'data') || null;
  if (raw['directeFeedback'] !== undefined && typeof raw['directeFeedback'] !== 'boolean') stuk('data.directeFeedback');
  d.directeFeedback = raw['directeFeedback'] === true;
  d.route = keuze(raw, 'route', ['meldcode', 'kindcheck'] as const, 'data') ?? 'meldcode';
  d.rol = str(raw, 'rol', 'data');
  d.kenmerk = str(raw, 'kenmerk', 'data');
  if (raw['koppeling'] !== undefined && raw['koppeling'] !== null) {
    const kp = obj(raw, 'koppeling', 'data');
    d.koppeling = {
      soort: keuze(kp, 'soort', ['vervolg-kinderen', 'uit-kindcheck'] as const, 'koppeling') ?? stuk('koppeling.soort'),
      kenmerk: str(kp, 'kenmerk', 'koppeling'),
      datum: str(kp, 'datum', 'koppeling'),
      verslag: str(kp, 'verslag', 'koppeling'),
    };
  }
  const mw = obj(raw, 'medewerker', 'data');
  d.medewerker = {
    feiten: str(mw, 'feiten', 'medewerker'),
    gemeldAan: str(mw, 'gemeldAan', 'medewerker'),
    gemeldOp: str(mw, 'gemeldOp', 'medewerker'),
    overleg: str(mw, 'overleg', 'medewerker'),
    maatregelen: str(mw, 'maatregelen', 'medewerker'),
  };
  d.signalenDatum = str(raw, 'signalenDatum', 'data');
  d.sector = str(raw, 'sector', 'data') || null;
  d.betrokkene = keuze(raw, 'betrokkene', ['kind', 'volwassene', 'oudere'] as const, 'data');
  d.acuutGevaar = keuze(raw, 'acuutGevaar', JN, 'data');
  d.medewerkerVermoeden = keuze(raw, 'medewerkerVermoeden', JN, 'data');
  d.signalen = lijst(raw, 'signalen', 'data').map((s, i): Signaal => {
    if (!isObj(s)) return stuk(`signalen[${i}]`);
    const w = `signalen[${i}]`;
    return {
      id: str(s, 'id', w) || `s${i + 1}`,
      categorie: str(s, 'categorie', w),
      omschrijving: str(s, 'omschrijving', w),
      bronSoort: str(s, 'bronSoort', w),
      bron: str(s, 'bron', w),
      richting: keuze(s, 'richting', ['bevestigt', 'ontkracht'] as const, w) ?? 'bevestigt',
    };
  });
  d.beschermendeFactoren = str(raw, 'beschermendeFactoren', 'data');
  const k = obj(raw, 'kindcheck', 'data');
  d.kindcheck = {
    kinderen: keuze(k, 'kinderen', JN, 'kindcheck'),
    aanleidingen: ids(k, 'aanleidingen', 'kindcheck'),
    nagegaan: ids(k, 'nagegaan', 'kindcheck'),
    uitkomst: keuze(k, 'uitkomst', ['positief', 'geen-zorg', 'onduidelijk'] as const, 'kindcheck'),
    notitie: str(k, 'notitie', 'kindcheck'),
  };
  d.consultaties = lijst(raw, 'consultaties', 'data').map((c, i): Consultatie => {
    const w = `consultaties[${i}]`;
    if (!isObj(c)) return stuk(w);
    if (c['anoniem'] !== undefined && typeof c['anoniem'] !== 'boolean') stuk(`${w}.anoniem`);
    return { id: str(c, 'id', w) || `c${i + 1}`, met: str(c, 'met', w), wanneer: str(c, 'wanneer', w), anoniem: c['anoniem'] === true, advies: str(c, 'advies', w) };
  });
  d.bijzondereVormen = ids(raw, 'bijzondereVormen', 'data');
  d.geenVtReden = str(raw, 'geenVtReden', 'data');
  const g = obj(raw, 'gesprek', 'data');
  d.gesprek = {
    gevoerd: keuze(g, 'gevoerd', JN, 'gesprek'),
    datum: str(g, 'datum', 'gesprek'),
    doel: str(g, 'doel', 'gesprek'),
    feiten: str(g, 'feiten', 'gesprek'),
    reactie: str(g, 'reactie', 'gesprek'),
    interpretatie: str(g, 'interpretatie', 'gesprek'),
    afspraken: str(g, 'afspraken', 'gesprek'),
    uitzondering: str(g, 'uitzondering', 'gesprek') || null,
    uitzonderingReden: str(g, 'uitzonderingReden', 'gesprek'),
  };
  const a = obj(raw, 'afwegingen', 'data');
  const t = obj(a, 'toelichting', 'afwegingen');
  d.afwegingen = {
    a1: keuze(a, 'a1', JN, 'afwegingen'),
    a2: keuze(a, 'a2', ['ja', 'nee', 'twijfel'] as const, 'afwegingen'),
    a2Soort: ids(a, 'a2Soort', 'afwegingen').map((s) =>
      s === 'acuut' || s === 'structureel' || s === 'disclosure' ? s : stuk('afwegingen.a2Soort'),
    ),
    a3: keuze(a, 'a3', JN, 'afwegingen'),
    a4: keuze(a, 'a4', JN, 'afwegingen'),
    a5: keuze(a, 'a5', ['ja', 'nee', 'loopt'] as const, 'afwegingen'),
    datum: str(a, 'datum', 'afwegingen'),
    toelichting: {
      a1: str(t, 'a1', 'toelichting'),
      a2: str(t, 'a2', 'toelichting'),
      a3: str(t, 'a3', 'toelichting'),
      a4: str(t, 'a4', 'toelichting'),
      a5: str(t, 'a5', 'toelichting'),
    },
  };
  const inf = obj(raw, 'informeren', 'data');
  const mld = obj(raw, 'melding', 'data');
  d.melding = { datum: str(mld, 'datum', 'melding'), afspraken: str(mld, 'afspraken', 'melding') };
  // Earlier files recorded "gedaan: ja/nee"; "nee" meant an exception.
  const oud = keuze(inf, 'gedaan', JN, 'informeren');
  d.informeren = {
    status: keuze(inf, 'status', ['gepland', 'gedaan', 'uitzondering'] as const, 'informeren') ?? (oud === 'ja' ? 'gedaan' : oud === 'nee' ? 'uitzondering' : null),
    datum: str(inf, 'datum', 'informeren'),
    reactie: str(inf, 'reactie', 'informeren'),
    uitzondering: str(inf, 'uitzondering', 'informeren') || null,
    reden: str(inf, 'reden', 'informeren'),
  };
  const m = obj(raw, 'monitoring', 'data');
  d.monitoring = { wat: str(m, 'wat', 'monitoring'), wanneer: str(m, 'wanneer', 'monitoring') };
  return d;
}

export function migreer(data: unknown, van: number): Result<Dossier> {
  if (van < OUDSTE_LEESBARE_VERSIE) {
    return fail(
      `Dit bestand is gemaakt met een oudere versie van het meldcode-stappenplan (versie ${van}) die deze site niet meer kan lezen. Er is niets veranderd.`,
    );
  }
  try {
    return ok(leesDossier(data));
  } catch (e) {
    if (e instanceof Ongeldig) {
      return fail(`Dit bestand is beschadigd of onvolledig: het onderdeel "${e.message}" klopt niet. Er is niets veranderd.`);
    }
    throw e;
  }
}

const opties = { instrument: INSTRUMENT, versie: VERSIE, migrate: migreer };

export function naarBestand(d: Dossier, nu = new Date()): string {
  return JSON.stringify(wrap(INSTRUMENT, VERSIE, d, nu), null, 2);
}

/** Reads an exported file; on any problem a Dutch message and the caller keeps the current work. */
export function leesBestand(tekst: string): Result<Envelope<Dossier>> {
  return parseEnvelopeText(tekst, opties, MAX_BESTAND_BYTES);
}

/** For device storage: the stored envelope (already parsed JSON). */
export function leesOpgeslagen(raw: unknown): Result<Envelope<Dossier>> {
  return unwrap(raw, opties);
}

export function naarOpslag(d: Dossier, nu = new Date()): Envelope<Dossier> {
  return wrap(INSTRUMENT, VERSIE, d, nu);
}
