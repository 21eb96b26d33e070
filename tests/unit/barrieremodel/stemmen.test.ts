import { describe, expect, it } from 'vitest';
import {
  actielijst, budgetTekst, importeerJson, REGEL_UITLEG, reduce, stembudget, type Actie, type Model,
} from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, run } from './helpers.ts';

const stem = (id: string, stapId: string, n = 1): Actie[] => Array.from({ length: n }, () => ({ type: 'stem', stapId, id, delta: 1 }) as Actie);
const score = (id: string, stapId: string, impact: 1 | 2 | 3 | 4 | 5, haalbaarheid: 1 | 2 | 3 | 4 | 5): Actie => ({
  type: 'item-wijzigen', stapId, onderdeel: 'barrieres', id, patch: { impact, haalbaarheid },
});
const volgorde = (m: Model) => actielijst(m).map((a) => a.barriere.id);

describe('stembudget', () => {
  it('zonder deelnemers is er geen budget en tellen alle stemmen', () => {
    const m = run(klein(), ...stem('b2', 's2', 7));
    expect(stembudget(m)).toEqual({ totaal: null, gebruikt: 7, over: null });
    expect(budgetTekst(stembudget(m))).toBe('7 stippen geplakt; er is geen stembudget ingesteld.');
  });
  it('4 deelnemers met elk 2 stippen: na 8 stemmen wordt een negende geweigerd, een stem terug mag wel', () => {
    let m = reduce(klein(), { type: 'stemming', patch: { deelnemers: 4, stippen: 2 } });
    m = run(m, ...stem('b1', 's1', 5), ...stem('b2', 's2', 3));
    expect(stembudget(m)).toEqual({ totaal: 8, gebruikt: 8, over: 0 });
    expect(budgetTekst(stembudget(m))).toBe('8 stippen geplakt van 8; nog 0 stippen over.');
    expect(reduce(m, { type: 'stem', stapId: 's2', id: 'b3', delta: 1 })).toBe(m);
    const terug = reduce(m, { type: 'stem', stapId: 's1', id: 'b1', delta: -1 });
    expect(terug.stappen[0]?.barrieres[0]?.stemmen).toBe(4);
    expect(budgetTekst(stembudget(terug))).toBe('7 stippen geplakt van 8; nog 1 stip over.');
  });
  it('een verlaagd budget laat de stemmen staan en zegt hoeveel er te veel zijn', () => {
    let m = run(klein(), ...stem('b1', 's1', 5));
    m = reduce(m, { type: 'stemming', patch: { deelnemers: 1, stippen: 3 } });
    expect(m.stappen[0]?.barrieres[0]?.stemmen).toBe(5);
    expect(budgetTekst(stembudget(m))).toBe('5 stippen geplakt van 3: 2 stippen meer dan het budget.');
  });
  it('begrenst deelnemers en stippen en negeert een onbekende regel', () => {
    const m = reduce(klein(), { type: 'stemming', patch: { deelnemers: -3, stippen: 0, regel: 'loterij' as never } });
    expect(m.stemming).toEqual({ deelnemers: 0, stippen: 1, regel: 'score' });
    expect(reduce(klein(), { type: 'stemming', patch: { deelnemers: 1e9, stippen: 1e9 } }).stemming).toMatchObject({ deelnemers: 500, stippen: 50 });
    const k = klein();
    expect(reduce(k, { type: 'stemming', patch: { regel: 'score' } })).toBe(k);
  });
});

describe('rangschikregels', () => {
  // b1: 12 stemmen, niet beoordeeld; b2: 1 × 1, geen stemmen; b3: 5 × 5, 2 stemmen.
  const m = run(klein(), ...stem('b1', 's1', 12), score('b2', 's2', 1, 1), score('b3', 's2', 5, 5), ...stem('b3', 's2', 2));
  const met = (regel: Model['stemming']['regel']) => reduce(m, { type: 'stemming', patch: { regel } });

  it('op stemmen: 12 stemmen zonder scores staat boven 1 × 1 zonder stemmen', () => {
    expect(volgorde(met('stemmen'))).toEqual(['b1', 'b3', 'b2']);
  });
  it('op impact × haalbaarheid: onbeoordeeld onderaan, ook met 12 stemmen', () => {
    expect(volgorde(met('score'))).toEqual(['b3', 'b2', 'b1']);
  });
  it('stemmen eerst: bij gelijke stemmen beslist impact × haalbaarheid', () => {
    const gelijk = run(met('stemmen-eerst'), ...stem('b2', 's2', 2)); // b2 en b3 allebei 2 stemmen
    expect(volgorde(gelijk)).toEqual(['b1', 'b3', 'b2']);
    // with "alleen stemmen" the tie keeps the order of the model (b2 before b3)
    expect(volgorde(reduce(gelijk, { type: 'stemming', patch: { regel: 'stemmen' } }))).toEqual(['b1', 'b2', 'b3']);
  });
  it('de actielijst kan ook met een andere regel dan die van het model worden berekend', () => {
    expect(actielijst(met('score'), 'stemmen').map((a) => [a.barriere.id, a.rang])).toEqual([['b1', 1], ['b3', 2], ['b2', 3]]);
  });
  it('elke regel is in woorden uitgelegd', () => {
    expect(REGEL_UITLEG['stemmen-eerst']).toMatch(/^Gerangschikt op stemmen/);
    expect(REGEL_UITLEG.score).toMatch(/impact × haalbaarheid/);
  });
});

describe('versie 3', () => {
  it('een model van versie 2 houdt zijn oude rangschikking (impact × haalbaarheid) en krijgt lege deadlines', () => {
    const v2 = {
      instrument: 'barrieremodel', versie: 2, opgeslagen: '2025-01-01T00:00:00.000Z',
      data: {
        id: 'v2', titel: 'Oud', omschrijving: '', regio: '', datum: '', partners: [], ouder: null,
        stappen: [{ id: 's1', naam: 'Stap', omschrijving: '', fase: null, eigenaar: null, gelegenheden: [], signalen: [], faciliteerders: [],
          barrieres: [{ id: 'b1', tekst: 'B', notitie: '', eigenaren: [], soort: 'anders', impact: 2, haalbaarheid: null, status: 'idee', waterbed: '', stemmen: 4 }] }],
      },
    };
    const r = importeerJson(JSON.stringify(v2));
    expect(r.ok && r.value.stemming).toEqual({ deelnemers: 0, stippen: 3, regel: 'score' });
    expect(r.ok && r.value.stappen[0]?.barrieres[0]).toMatchObject({ deadline: '', instrument: '', stemmen: 4 });
    expect(r.ok && r.value.bijdragen).toEqual([]);
  });
  it('weigert een ongeldige deadline en een onbekende regel met een melding', () => {
    const maak = (patch: object) => JSON.stringify({
      instrument: 'barrieremodel', versie: 3, opgeslagen: '',
      data: { id: 'x', titel: 'x', partners: [], stappen: [{ id: 's1', naam: 'S', barrieres: [{ id: 'b1', tekst: 'B', ...patch }] }] },
    });
    const d = importeerJson(maak({ deadline: '31-12-2025' }));
    expect(!d.ok && d.message).toMatch(/Stap 1, barrière 1: de deadline heeft niet de vorm jjjj-mm-dd\./);
    const r = importeerJson(JSON.stringify({ instrument: 'barrieremodel', versie: 3, opgeslagen: '', data: { id: 'x', stemming: { regel: 'loterij' } } }));
    expect(!r.ok && r.message).toMatch(/de regel voor de volgorde van de actielijst heeft een waarde die dit instrument niet kent/);
  });
});
