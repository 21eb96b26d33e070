/**
 * A positive kindcheck: start the meldcode walk for the children, linked to the record of the adult.
 * What applies carries over (sector, role, acute danger, special forms, the kindcheck as a signal);
 * each record names the other, and the walk for the children keeps the kindcheck record as text so that
 * nothing of it is lost when it replaces the work on screen.
 */
import { leegDossier, type Dossier } from './model.ts';

export interface GekoppeldeStart {
  /** The adult's record, now naming the walk for the children. */
  volwassene: Dossier;
  /** The new walk for the children. */
  kinderen: Dossier;
}

/** The case reference of the walk for the children: the adult's reference with "-kinderen", or empty. */
export function kenmerkKinderen(volwassene: Dossier): string {
  return volwassene.kenmerk.trim() ? `${volwassene.kenmerk.trim()}-kinderen` : '';
}

/**
 * @param verslag the adult's record as text (the text export), kept in the children's walk
 * @param datum   today's local date, YYYY-MM-DD
 */
export function startVoorKinderen(volwassene: Dossier, verslag: string, datum: string, signaalOmschrijving: string): GekoppeldeStart {
  const kenmerk = kenmerkKinderen(volwassene);
  const kinderen: Dossier = {
    ...leegDossier(volwassene.modus, volwassene.casus),
    route: 'meldcode',
    rol: volwassene.rol,
    kenmerk,
    sector: volwassene.sector,
    betrokkene: 'kind',
    acuutGevaar: volwassene.acuutGevaar,
    bijzondereVormen: [...volwassene.bijzondereVormen],
    signalenDatum: datum,
    signalen: [
      {
        id: 's1',
        categorie: 'ouder-of-pleger',
        omschrijving: signaalOmschrijving,
        bronSoort: 'dossier',
        bron: volwassene.kenmerk,
        richting: 'bevestigt',
      },
    ],
    koppeling: { soort: 'uit-kindcheck', kenmerk: volwassene.kenmerk, datum, verslag },
  };
  return {
    volwassene: { ...volwassene, koppeling: { soort: 'vervolg-kinderen', kenmerk, datum, verslag: '' } },
    kinderen,
  };
}
