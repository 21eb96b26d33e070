import { reduce, type Actie, type Model } from '../../../src/tools/barrieremodel/domain/index.ts';

export function leegModel(): Model {
  return {
    id: 'm1', titel: 'Testfenomeen', omschrijving: '', regio: '', datum: '', partners: [], stappen: [], ouder: null,
    stemming: { deelnemers: 0, stippen: 3, regel: 'score' }, bijdragen: [],
  };
}

export function run(model: Model, ...acties: Actie[]): Model {
  return acties.reduce(reduce, model);
}

/** A small model: partners gem/pol, steps s1..s3, a few items. */
export function klein(): Model {
  return run(
    leegModel(),
    { type: 'partner-toevoegen', id: 'gem', naam: 'Gemeente' },
    { type: 'partner-toevoegen', id: 'pol', naam: 'Politie' },
    { type: 'stap-toevoegen', id: 's1', naam: 'Inreis' },
    { type: 'stap-toevoegen', id: 's2', naam: 'Verblijf' },
    { type: 'stap-toevoegen', id: 's3', naam: 'Opslag' },
    { type: 'item-toevoegen', stapId: 's1', onderdeel: 'gelegenheden', id: 'g1', tekst: 'Open grenzen' },
    { type: 'item-toevoegen', stapId: 's1', onderdeel: 'signalen', id: 'i1', tekst: 'Vreemde reisgroep' },
    { type: 'item-toevoegen', stapId: 's2', onderdeel: 'faciliteerders', id: 'f1', tekst: 'Vakantiepark' },
    { type: 'item-toevoegen', stapId: 's1', onderdeel: 'barrieres', id: 'b1', tekst: 'Controle' },
    { type: 'item-toevoegen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', tekst: 'Nachtregister' },
    { type: 'item-toevoegen', stapId: 's2', onderdeel: 'barrieres', id: 'b3', tekst: 'Chippen' },
  );
}

/** A model of n steps × 4 components × k items, for scale tests. */
export function groot(n = 20, k = 25): Model {
  let m = leegModel();
  const acties: Actie[] = [{ type: 'partner-toevoegen', id: 'p0', naam: 'Gemeente' }];
  for (let s = 0; s < n; s++) {
    acties.push({ type: 'stap-toevoegen', id: `s${s}`, naam: `Stap ${s + 1}` });
    for (const onderdeel of ['gelegenheden', 'signalen', 'faciliteerders', 'barrieres'] as const) {
      for (let i = 0; i < k; i++) acties.push({ type: 'item-toevoegen', stapId: `s${s}`, onderdeel, id: `${onderdeel[0]}${s}x${i}`, tekst: `Tekst ${s}-${i} bij ${onderdeel} met wat meer woorden om het realistisch te maken` });
    }
  }
  m = run(m, ...acties);
  return m;
}
