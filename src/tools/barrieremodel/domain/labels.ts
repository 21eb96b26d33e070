/** Dutch labels for the fixed lists (the user interface is Dutch). */
import type { BarriereSoort, Bewustheid, Fase, Onderdeel, Rangschikregel, Status } from './types.ts';

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

export const REGEL_LABEL: Record<Rangschikregel, string> = {
  'stemmen-eerst': 'Stemmen eerst, dan impact × haalbaarheid',
  stemmen: 'Alleen op stemmen',
  score: 'Op impact × haalbaarheid, dan stemmen',
};

/** The ranking rule in one sentence, as shown above the action list and in the exports. */
export const REGEL_UITLEG: Record<Rangschikregel, string> = {
  'stemmen-eerst':
    'Gerangschikt op stemmen: de meeste stemmen eerst. Bij gelijke stemmen gaat de hoogste impact × haalbaarheid voor, daarna de volgorde in het model.',
  stemmen: 'Gerangschikt op stemmen: de meeste stemmen eerst. Bij gelijke stemmen telt de volgorde in het model.',
  score:
    'Gerangschikt op impact × haalbaarheid (1 tot 25): de hoogste eerst, nog niet beoordeelde barrières onderaan. Bij gelijke uitkomst gaan meer stemmen voor, daarna de hoogste impact en de volgorde in het model.',
};
