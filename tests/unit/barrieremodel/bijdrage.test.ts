import { describe, expect, it } from 'vitest';
import {
  exporteerBijdrage, importeerBijdrage, isBijdrageFragment, leesBijdrageFragment, maakBijdrage, maakBijdrageFragment, reduce,
  voegBijdrageToe, type Bijdrage, type Model,
} from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, run } from './helpers.ts';

let n = 0;
const maakId = () => `id${++n}`;

/** The facilitator's model as shared: 2 participants with 3 dots each. */
const basis = (): Model => reduce(klein(), { type: 'stemming', patch: { deelnemers: 2, stippen: 3 } });

/** What a participant did in their own copy: one signaal, one new barrière with 1 vote, 2 votes on "Nachtregister". */
function deelnemerKopie(): Model {
  return run(
    basis(),
    { type: 'item-toevoegen', stapId: 's1', onderdeel: 'signalen', id: 'd1', tekst: 'Busje met buitenlands kenteken' },
    { type: 'item-toevoegen', stapId: 's3', onderdeel: 'barrieres', id: 'd2', tekst: 'Camera bij de opslag' },
    { type: 'stem', stapId: 's3', id: 'd2', delta: 1 },
    { type: 'stem', stapId: 's2', id: 'b2', delta: 1 },
    { type: 'stem', stapId: 's2', id: 'b2', delta: 1 },
  );
}

function bijdrage(): Bijdrage {
  const r = maakBijdrage(basis(), deelnemerKopie(), '  Wijkagent ', 'bd1');
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('bijdragen van deelnemers', () => {
  it('bevat alleen wat de deelnemer toevoegde, en de stemmen één keer', () => {
    const b = bijdrage();
    expect(b).toMatchObject({ id: 'bd1', modelId: 'm1', deelnemer: 'Wijkagent' });
    expect(b.items.map((i) => [i.stapNaam, i.onderdeel, i.item.tekst])).toEqual([
      ['Inreis', 'signalen', 'Busje met buitenlands kenteken'],
      ['Opslag', 'barrieres', 'Camera bij de opslag'],
    ]);
    expect(b.items[1]!.item).toMatchObject({ stemmen: 0 });
    expect(b.stemmen.map((s) => [s.barriereTekst, s.aantal])).toEqual([['Nachtregister', 2], ['Camera bij de opslag', 1]]);
  });
  it('weigert een bijdrage zonder iets nieuws, en een met meer stippen dan één deelnemer heeft', () => {
    expect(maakBijdrage(basis(), basis(), '', 'x')).toEqual({ ok: false, message: 'U hebt nog niets toegevoegd of gestemd. Er is dus nog geen bijdrage om te sturen.' });
    // 4 votes; the shared model allows 3 per participant (the participant's copy itself had room for 6)
    const teVeel = run(deelnemerKopie(), { type: 'stem', stapId: 's1', id: 'b1', delta: 1 });
    const r = maakBijdrage(basis(), teVeel, '', 'x');
    expect(!r.ok && r.message).toBe('U hebt 4 stippen geplakt, maar iedere deelnemer heeft er 3. Haal er eerst 1 weg.');
  });
  it('de facilitator voegt hem samen: nieuwe onderdelen in hun stap, stemmen opgeteld', () => {
    const facilitator = run(basis(), { type: 'stem', stapId: 's2', id: 'b2', delta: 1 });
    const r = voegBijdrageToe(facilitator, bijdrage(), maakId);
    if (!r.ok) throw new Error(r.message);
    const m = r.value.model;
    expect(m.stappen[0]!.signalen.map((i) => i.tekst)).toEqual(['Vreemde reisgroep', 'Busje met buitenlands kenteken']);
    expect(m.stappen[1]!.barrieres.map((b) => [b.tekst, b.stemmen])).toEqual([['Nachtregister', 3], ['Chippen', 0]]);
    expect(m.stappen[2]!.barrieres.map((b) => [b.tekst, b.stemmen])).toEqual([['Camera bij de opslag', 1]]);
    expect(r.value.verslag).toEqual({ items: 2, stemmen: 3, nieuweStappen: 0, overgeslagen: 0, stemmenZonderBarriere: 0, anderModel: false, overBudget: false });
    expect(m.bijdragen).toEqual(['bd1']);
  });
  it('voegt dezelfde bijdrage geen tweede keer toe', () => {
    const r = voegBijdrageToe(basis(), bijdrage(), maakId);
    const twee = r.ok && voegBijdrageToe(r.value.model, bijdrage(), maakId);
    expect(twee).toEqual({ ok: false, message: 'Deze bijdrage is al eerder samengevoegd. Er is niets veranderd.' });
  });
  it('vindt een hernoemde stap via de id, en maakt een stap die er niet meer is opnieuw aan', () => {
    const facilitator = run(basis(), { type: 'stap-wijzigen', id: 's1', patch: { naam: 'Binnenkomst' } }, { type: 'stap-verwijderen', id: 's3' });
    const r = voegBijdrageToe(facilitator, bijdrage(), maakId);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.model.stappen.map((s) => s.naam)).toEqual(['Binnenkomst', 'Verblijf', 'Opslag']);
    expect(r.value.model.stappen[0]!.signalen).toHaveLength(2);
    expect(r.value.verslag.nieuweStappen).toBe(1);
  });
  it('meldt een bijdrage voor een ander model en stemmen boven het budget van de groep', () => {
    const ander = run({ ...basis(), id: 'ander' }, { type: 'stem', stapId: 's1', id: 'b1', delta: 1 }, { type: 'stem', stapId: 's1', id: 'b1', delta: 1 }, { type: 'stem', stapId: 's1', id: 'b1', delta: 1 }, { type: 'stem', stapId: 's1', id: 'b1', delta: 1 });
    const r = voegBijdrageToe(ander, bijdrage(), maakId);
    expect(r.ok && r.value.verslag).toMatchObject({ anderModel: true, overBudget: true });
  });
  it('reist als bestand en als link, en een bijdrage is geen model', async () => {
    const b = bijdrage();
    expect(importeerBijdrage(exporteerBijdrage(b))).toEqual({ ok: true, value: b });
    const f = await maakBijdrageFragment(b);
    expect(f.ok && isBijdrageFragment('#' + f.value)).toBe(true);
    expect(await leesBijdrageFragment('#' + (f.ok ? f.value : ''))).toEqual({ ok: true, value: b });
    const alsModel = importeerBijdrage(JSON.stringify({ instrument: 'barrieremodel', versie: 3, opgeslagen: '', data: basis() }));
    expect(alsModel.ok).toBe(false);
  });
  it('weigert een gemanipuleerde bijdrage met een duidelijke melding', () => {
    const env = (data: unknown) => JSON.stringify({ instrument: 'barrieremodel-bijdrage', versie: 1, opgeslagen: '', data });
    const b = bijdrage();
    const r1 = importeerBijdrage(env({ ...b, stemmen: [{ ...b.stemmen[0], aantal: 1000 }] }));
    expect(!r1.ok && r1.message).toBe('Dit bestand klopt niet. Stem 1: het aantal moet 1 tot en met 50 zijn. Er is niets veranderd.');
    const r2 = importeerBijdrage(env({ ...b, items: [{ ...b.items[0], onderdeel: 'wapens' }] }));
    expect(!r2.ok && r2.message).toMatch(/Onderdeel 1 van de bijdrage klopt niet\./);
    const r3 = importeerBijdrage(env({ ...b, items: [{ ...b.items[0], item: { ...b.items[0]!.item, tekst: '\u202E' } }] }));
    expect(!r3.ok && r3.message).toMatch(/de tekst mag niet leeg zijn/);
  });
});
