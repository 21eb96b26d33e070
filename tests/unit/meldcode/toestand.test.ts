import { describe, expect, it } from 'vitest';
import { beginToestand, meldcodeReducer, type Actie, type Toestand } from '../../../src/tools/meldcode/domain/toestand.ts';
import { naVolgende, schermFouten } from '../../../src/tools/meldcode/domain/navigatie.ts';
import type { Dossier, Scherm, SectorRegels } from '../../../src/tools/meldcode/domain/model.ts';
import { leegDossier } from '../../../src/tools/meldcode/domain/model.ts';
import { ALGEMEEN, dossier } from './helpers.ts';

const run = (acties: Actie[], s: Toestand = beginToestand()) => acties.reduce(meldcodeReducer, s);
/** "Volgende" as the view dispatches it: the errors of the screen and where to go (pure domain functions). */
const volgende = (s: Toestand, d: Dossier, sector: SectorRegels | null): Actie => ({ type: 'volgende', fouten: schermFouten(d, sector, s.scherm), naar: naVolgende(d, sector, s.scherm, s.vanOverzicht) as Scherm });

describe('toestand van het stappenplan (reducer)', () => {
  it('begint op het startscherm zonder openstaande zaken', () => {
    expect(beginToestand()).toEqual({ scherm: 'start', fouten: [], poging: 0, veranderd: [], vanOverzicht: false, training: null, navigatie: 0, focus: null });
  });

  it('"Volgende" met een ontbrekend antwoord blijft op het scherm met de fouten en telt de poging', () => {
    const leeg = leegDossier();
    const s = meldcodeReducer(beginToestand(), volgende(beginToestand(), leeg, null));
    expect(s.scherm).toBe('start');
    expect(s.fouten.map((f) => f.code)).toEqual(expect.arrayContaining(['fout-sector']));
    expect(s.poging).toBe(1);
    expect(s.navigatie).toBe(0);
    // The same errors again: the attempt counter still moves (the summary takes focus again).
    expect(meldcodeReducer(s, volgende(s, leeg, null)).poging).toBe(2);
  });

  it('"Volgende" na een ingevuld startscherm gaat naar stap 1 en wist fouten en wijzigingen', () => {
    const s0 = { ...beginToestand(), fouten: [{ veld: 'sector' as const, code: 'fout-sector' }], veranderd: [{ code: 'wijziging-x' }] as Toestand['veranderd'] };
    const s = meldcodeReducer(s0, volgende(s0, dossier(), ALGEMEEN));
    expect(s).toMatchObject({ scherm: 1, fouten: [], veranderd: [], navigatie: 1, focus: null });
  });

  it('"Wijzig" vanuit het overzicht gaat naar het veld, en "Volgende" keert terug naar het overzicht', () => {
    const d = dossier({ gesprek: { gevoerd: 'ja' }, afwegingen: { a1: 'nee', toelichting: { a1: 'geen zorg' } } });
    const s = run([{ type: 'ga', scherm: 'overzicht' }, { type: 'wijzigVanOverzicht', scherm: 4, veld: 'a1' }]);
    expect(s).toMatchObject({ scherm: 4, vanOverzicht: true, focus: 'a1', navigatie: 2 });
    expect(meldcodeReducer(s, volgende(s, d, ALGEMEEN)).scherm).toBe('overzicht');
  });

  it('na "Wijzig" stopt een wijziging die nieuwe vragen opent bij het eerste scherm dat ze nodig heeft', () => {
    // a1 = ja, a2 = nee: step 5 (afweging 3) is now needed.
    const d = dossier({ gesprek: { gevoerd: 'ja' }, afwegingen: { a1: 'ja', a2: 'nee' } });
    expect(naVolgende(d, ALGEMEEN, 4, true)).toBe(5);
    expect(naVolgende(d, ALGEMEEN, 4, false)).toBe(5);
    expect(naVolgende(dossier(), ALGEMEEN, 'start', false)).toBe(1);
  });

  it('"Volgende" gaat naar het gegeven scherm als er geen fouten zijn, en blijft staan als die er wel zijn', () => {
    expect(meldcodeReducer(beginToestand(), { type: 'volgende', fouten: [], naar: 3 })).toMatchObject({ scherm: 3, navigatie: 1 });
    expect(meldcodeReducer(beginToestand(), { type: 'volgende', fouten: [{ veld: 'sector', code: 'fout-sector' }], naar: 3 })).toMatchObject({ scherm: 'start', navigatie: 0, poging: 1 });
  });

  it('noteert alleen wat veranderde als er iets veranderde', () => {
    const s = beginToestand();
    expect(meldcodeReducer(s, { type: 'gewijzigd', wijzigingen: [] })).toBe(s);
    const w = [{ code: 'wijziging-uitkomst', van: 'hulp', naar: 'melden' }] as Toestand['veranderd'];
    expect(meldcodeReducer(s, { type: 'gewijzigd', wijzigingen: w }).veranderd).toEqual(w);
  });

  it('oefenen houdt een eigen dossier apart; stoppen laat alleen de oefencasus los', () => {
    const oefen = { ...leegDossier('training', 'school-blauwe-plekken'), sector: 'onderwijs' };
    const s1 = run([{ type: 'ga', scherm: 3 }, { type: 'oefen', dossier: oefen }]);
    expect(s1).toMatchObject({ scherm: 'start', training: oefen, vanOverzicht: false });
    const s2 = meldcodeReducer(s1, { type: 'oefenWijzig', f: (x) => ({ ...x, acuutGevaar: 'nee' }) });
    expect(s2.training?.acuutGevaar).toBe('nee');
    expect(oefen.acuutGevaar).toBeNull();
    const s3 = meldcodeReducer(s2, { type: 'stopOefenen' });
    expect(s3).toMatchObject({ scherm: 'start', training: null });
  });

  it('een wijziging van de oefencasus zonder oefening wordt genegeerd', () => {
    const s = beginToestand();
    expect(meldcodeReducer(s, { type: 'oefenWijzig', f: () => leegDossier() })).toBe(s);
  });

  it('na vervangen (import, ongedaan maken) naar het gegeven scherm, niet meer "vanuit het overzicht"', () => {
    const s = run([{ type: 'wijzigVanOverzicht', scherm: 2, veld: 'consultaties' }, { type: 'vervangen', scherm: 'overzicht' }]);
    expect(s).toMatchObject({ scherm: 'overzicht', vanOverzicht: false, focus: null, navigatie: 2 });
  });
});
