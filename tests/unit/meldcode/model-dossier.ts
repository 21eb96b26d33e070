import { laadTeksten } from './laad-teksten.ts';
import { leegDossier, type Dossier } from '../../../src/tools/meldcode/domain/model.ts';
import { sectorRegels } from '../../../src/tools/meldcode/domain/teksten.ts';

const t = laadTeksten();

/** A dossier that follows a case's model path. */
export function modelDossier(casusId: string): Dossier {
  const c = t.casussen.find((x) => x.id === casusId)!;
  const d = leegDossier('training', c.id);
  const m = c.model;
  d.route = c.route;
  d.sector = c.sector;
  d.betrokkene = c.betrokkene;
  d.acuutGevaar = m.acuutGevaar;
  d.medewerkerVermoeden = sectorRegels(t, c.sector)?.medewerkerRoute ? 'nee' : null;
  d.kindcheck.uitkomst = m.kindcheck ?? null;
  d.bijzondereVormen = m.bijzondereVorm ? ['eergerelateerd'] : [];
  d.gesprek.gevoerd = m.gesprek ?? null;
  d.informeren.status = m.informeren === 'uitzondering' ? 'uitzondering' : m.informeren ? 'gedaan' : null;
  d.afwegingen = { ...d.afwegingen, a1: m.a1 ?? null, a2: m.a2 ?? null, a3: m.a3 ?? null, a4: m.a4 ?? null, a5: m.a5 ?? null, a2Soort: m.a2 === 'ja' ? ['acuut'] : [] };
  return d;
}

