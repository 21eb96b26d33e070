/**
 * Fixed vocabularies of the content model. One place, shared by the Astro schemas,
 * the standalone content check and the pages (labels).
 */
export const DOELGROEPEN = ['professional', 'gemeente', 'trainer'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

export const DOELGROEP_LABELS: Record<Doelgroep, string> = {
  professional: 'Professionals',
  gemeente: 'Gemeenten',
  trainer: 'Trainers',
};

export const ROLLEN = [
  'wijkagent',
  'leerkracht',
  'kinderopvang',
  'huisarts',
  'zorgverlener',
  'jeugdhulpverlener',
  'wijkteam',
  'procesregisseur',
  'beleidsadviseur-oov',
  'bestuurder',
  'ketenpartner',
  'reclassering',
  'politie',
  'openbaar-ministerie',
] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABELS: Record<Rol, string> = {
  wijkagent: 'Wijkagent',
  leerkracht: 'Leerkracht',
  kinderopvang: 'Medewerker kinderopvang',
  huisarts: 'Huisarts',
  zorgverlener: 'Zorgverlener',
  jeugdhulpverlener: 'Jeugdhulpverlener',
  wijkteam: 'Wijkteam',
  procesregisseur: 'Procesregisseur',
  'beleidsadviseur-oov': 'Beleidsadviseur openbare orde en veiligheid',
  bestuurder: 'Bestuurder',
  ketenpartner: 'Ketenpartner',
  reclassering: 'Reclassering',
  politie: 'Politie',
  'openbaar-ministerie': 'Openbaar Ministerie',
};

export const INSTRUMENTEN = ['meldcode', 'regiescan', 'barrieremodel'] as const;
export type Instrument = (typeof INSTRUMENTEN)[number];

export const INSTRUMENT_INFO: Record<Instrument, { naam: string; url: string; kort: string }> = {
  meldcode: {
    naam: 'Meldcode-stappenplan',
    url: '/instrumenten/meldcode/',
    kort: 'Loop de vijf stappen van de meldcode door voor één situatie en maak een verslag voor het dossier.',
  },
  regiescan: {
    naam: 'Regiescan',
    url: '/instrumenten/regiescan/',
    kort: 'Scan als gemeente uw regierol op het Zorg- en Veiligheidshuis, alleen of met uw team.',
  },
  barrieremodel: {
    naam: 'Barrièremodel-bouwer',
    url: '/instrumenten/barrieremodel/',
    kort: 'Breng een crimineel proces in kaart met de partners en kies barrières die het verstoren.',
  },
};

export const BRON_SOORTEN = [
  'verhalenbundel',
  'beleidsplan',
  'programma',
  'voorstel',
  'krant',
  'evaluatie',
  'inspiratieboek',
  'richtlijn',
  'wet',
  'website',
] as const;

/** Body sections of a praktijkvoorbeeld: each optional, but in this order (as `## Kop`). */
export const VOORBEELD_SECTIES = [
  'Aanleiding',
  'Aanpak',
  'Partners',
  'Resultaten',
  'Succesfactoren',
  'Knelpunten',
  'Lessen',
] as const;
