/** The props the page passes to the islands: the catalogue plus the texts, links already resolved. */
import type { Catalogus, GemeenteRol, GrootteKlasse, RespondentRol } from '../domain/model.ts';
import type { RegiestijlId } from '../domain/scoring.ts';

export interface Link {
  href: string;
  titel: string;
}

export interface TipTekst {
  tekst: string;
  links: Link[];
}

export interface Teksten {
  schaal: string[];
  weetNiet: string;
  banden: { id: string; label: string; uitleg: string }[];
  context: {
    gemeenteRol: { vraag: string; opties: { id: GemeenteRol; label: string }[] };
    grootte: { vraag: string; opties: { id: GrootteKlasse; label: string }[] };
    respondentRol: { vraag: string; opties: { id: RespondentRol; label: string; kort?: string | undefined }[] };
    datum: { vraag: string };
  };
  /** By dimension id. */
  dimensies: Record<string, { uitleg: string; tips: Record<string, TipTekst[]> }>;
  regiestijl: { inleiding: string; stijlen: { id: RegiestijlId; titel: string; tekst: string; vragen: string[] }[] };
}

export interface RegiescanProps {
  catalogus: Catalogus;
  teksten: Teksten;
}
