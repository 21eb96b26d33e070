/** Dutch labels for the fixed lists (the user interface is Dutch). */
import type { BarriereSoort, Bewustheid, Fase, Onderdeel, Status } from './types.ts';

export const ONDERDEEL_LABEL: Record<Onderdeel, string> = {
  gelegenheden: 'Gelegenheden',
  signalen: 'Signalen',
  faciliteerders: 'Faciliteerders',
  barrieres: 'Barrières',
};

export const ONDERDEEL_ENKELVOUD: Record<Onderdeel, string> = {
  gelegenheden: 'gelegenheid',
  signalen: 'signaal',
  faciliteerders: 'faciliteerder',
  barrieres: 'barrière',
};

export const BEWUSTHEID_LABEL: Record<Bewustheid, string> = {
  bewust: 'bewust',
  onbewust: 'onbewust',
  onbekend: 'onbekend',
};

export const SOORT_LABEL: Record<BarriereSoort, string> = {
  bestuurlijk: 'Bestuurlijk',
  strafrechtelijk: 'Strafrechtelijk',
  fiscaal: 'Fiscaal',
  'privaat-preventief': 'Privaat / preventief',
  anders: 'Anders',
};

export const STATUS_LABEL: Record<Status, string> = {
  idee: 'Idee',
  gepland: 'Gepland',
  'in-uitvoering': 'In uitvoering',
  gerealiseerd: 'Gerealiseerd',
};

export const FASE_LABEL: Record<Fase, string> = {
  voor: 'Voor het delict',
  tijdens: 'Tijdens het delict',
  na: 'Na het delict',
};
