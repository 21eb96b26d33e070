import { describe, expect, it } from 'vitest';
import {
  pasKeuzesToe, push, reduce, startHistory, undo, verslagTekst, voegSamen, type Barriere, type Model,
} from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, leegModel, run } from './helpers.ts';

let n = 0;
const maakId = () => `nieuw${++n}`;

/** The model of another sub-group, built by hand (other ids, other partner ids). */
function anderModel(): Model {
  return run(
    { ...leegModel(), id: 'm2', titel: 'Testfenomeen' },
    { type: 'partner-toevoegen', id: 'p-pol', naam: ' politie ' }, // same partner as "Politie"
    { type: 'partner-toevoegen', id: 'p-rie', naam: 'RIEC' },
    { type: 'stap-toevoegen', id: 'x1', naam: 'inreis' }, // matches "Inreis" by name
    { type: 'stap-toevoegen', id: 'x2', naam: 'Vervoer' }, // new
    { type: 'item-toevoegen', stapId: 'x1', onderdeel: 'gelegenheden', id: 'y1', tekst: 'open  grenzen' }, // same as "Open grenzen"
    { type: 'item-toevoegen', stapId: 'x1', onderdeel: 'signalen', id: 'y2', tekst: 'Matrassen in een bestelbus' }, // new
    { type: 'item-toevoegen', stapId: 'x1', onderdeel: 'barrieres', id: 'y3', tekst: 'controle' }, // same as "Controle"
    { type: 'item-wijzigen', stapId: 'x1', onderdeel: 'barrieres', id: 'y3', patch: { impact: 4, eigenaren: ['p-pol'], status: 'gepland' } },
    { type: 'item-toevoegen', stapId: 'x2', onderdeel: 'barrieres', id: 'b1', tekst: 'Chippen van e-bikes' }, // id clash with b1 in "ons"
    { type: 'item-wijzigen', stapId: 'x2', onderdeel: 'barrieres', id: 'b1', patch: { eigenaren: ['p-rie'] } },
  );
}

describe('modellen samenvoegen', () => {
  const ons = run(klein(), { type: 'item-wijzigen', stapId: 's1', onderdeel: 'barrieres', id: 'b1', patch: { impact: 2, status: 'in-uitvoering' } });
  const s = voegSamen(ons, anderModel(), maakId);

  it('koppelt partners op naam en voegt nieuwe partners toe', () => {
    expect(s.model.partners.map((p) => p.naam)).toEqual(['Gemeente', 'Politie', 'RIEC']);
    expect(s.verslag.partners).toBe(1);
  });
  it('koppelt stappen op naam en zet nieuwe stappen achteraan', () => {
    expect(s.model.stappen.map((x) => x.naam)).toEqual(['Inreis', 'Verblijf', 'Opslag', 'Vervoer']);
    expect(s.verslag.stappen).toBe(1);
  });
  it('voegt alleen nieuwe onderdelen toe; gelijke tekst (hoofdletters en spaties tellen niet) is hetzelfde onderdeel', () => {
    const inreis = s.model.stappen[0]!;
    expect(inreis.gelegenheden.map((i) => i.tekst)).toEqual(['Open grenzen']);
    expect(inreis.signalen.map((i) => i.tekst)).toEqual(['Vreemde reisgroep', 'Matrassen in een bestelbus']);
    expect(inreis.barrieres.map((i) => i.tekst)).toEqual(['Controle']);
    expect(s.verslag.items).toBe(1); // the signaal; the new step brought its own barrière
  });
  it('geeft een nieuw onderdeel met een bezette id een nieuwe id en zet de eigenaar om naar de partner hier', () => {
    const chip = s.model.stappen[3]!.barrieres[0] as Barriere;
    expect(chip.tekst).toBe('Chippen van e-bikes');
    expect(chip.id).not.toBe('b1');
    const riec = s.model.partners.find((p) => p.naam === 'RIEC')!;
    expect(chip.eigenaren).toEqual([riec.id]);
  });
  it('neemt een waarde over waar dit model nog niets had, en toont verschillen als conflict', () => {
    const controle = s.model.stappen[0]!.barrieres[0] as Barriere;
    expect(controle.eigenaren).toEqual(['pol']); // was empty here: taken over, mapped to "Politie"
    expect(controle.impact).toBe(2); // conflict: stays "ons" until chosen
    expect(s.conflicten.map((c) => [c.waar, c.veld, c.onsTekst, c.hunTekst])).toEqual([
      ['Stap 1 "Inreis"', 'naam', 'Inreis', 'inreis'],
      ['Stap 1 "Inreis", gelegenheid "Open grenzen"', 'tekst', 'Open grenzen', 'open  grenzen'],
      ['Stap 1 "Inreis", barrière "Controle"', 'tekst', 'Controle', 'controle'],
      ['Stap 1 "Inreis", barrière "Controle"', 'impact', '2', '4'],
      ['Stap 1 "Inreis", barrière "Controle"', 'status', 'In uitvoering', 'Gepland'],
    ]);
    expect(verslagTekst(s.verslag, s.conflicten.length)).toBe('Toegevoegd: 1 stap, 1 onderdeel, 1 partner. 5 verschillen vragen om uw keuze.');
  });
  it('past per conflict de gekozen waarde toe; zonder keuze blijft de eigen waarde', () => {
    const impact = s.conflicten.find((c) => c.veld === 'impact')!;
    const status = s.conflicten.find((c) => c.veld === 'status')!;
    const m = pasKeuzesToe(s, { [impact.id]: 'hun', [status.id]: 'ons' });
    expect(m.stappen[0]!.barrieres[0]).toMatchObject({ impact: 4, status: 'in-uitvoering', tekst: 'Controle' });
    expect(m.stappen[0]!.naam).toBe('Inreis');
  });
  it('laat beide modellen zelf ongemoeid', () => {
    expect(ons.stappen).toHaveLength(3);
    expect(ons.partners).toHaveLength(2);
  });
  it('is in één stap ongedaan te maken', () => {
    const h0 = startHistory(ons);
    const h1 = push(h0, reduce(ons, { type: 'vervangen', model: pasKeuzesToe(s, {}) }));
    expect(h1.present.stappen).toHaveLength(4);
    expect(undo(h1).present).toBe(ons);
  });
  it('een model met zichzelf samenvoegen verandert niets en geeft geen conflicten', () => {
    const zelf = voegSamen(ons, ons, maakId);
    expect(zelf.conflicten).toEqual([]);
    expect(zelf.model).toEqual(ons);
  });
});
