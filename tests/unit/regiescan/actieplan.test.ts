import { describe, expect, it } from 'vitest';
import { MAX_ACTIES, terugblik, verwijderActie, voegActieToe, wijzigActie, type Actie } from '../../../src/tools/regiescan/domain/actieplan.ts';

const plan = (...acties: Partial<Actie>[]): Actie[] =>
  acties.map((a, i) => ({ id: `a${i + 1}`, dimensieId: 'a', tekst: `Actie ${i + 1}`, eigenaar: '', datum: '', status: 'gepland', ...a }));

describe('actieplan', () => {
  it('maakt van een tip een geplande actie met een eigen id', () => {
    const r = voegActieToe([], 'visie', '  Maak één kort verhaal over het huis.  ');
    expect(r).toEqual({ ok: true, value: [{ id: 'a1', dimensieId: 'visie', tekst: 'Maak één kort verhaal over het huis.', eigenaar: '', datum: '', status: 'gepland' }] });
    const twee = voegActieToe(verwijderActie(plan({}, {}), 'a1'), 'b', 'Nog een');
    expect(twee.ok && twee.value.map((a) => a.id)).toEqual(['a2', 'a3']);
  });
  it('weigert dezelfde tip twee keer, een lege actie en een te vol plan', () => {
    expect(voegActieToe(plan({ dimensieId: 'a', tekst: 'X' }), 'a', 'X')).toEqual({ ok: false, message: 'Deze actie staat al in het actieplan.' });
    expect(voegActieToe([], 'a', '   ').ok).toBe(false);
    expect(voegActieToe(plan(...Array.from({ length: MAX_ACTIES }, () => ({}))), 'z', 'Eén te veel').ok).toBe(false);
  });
  it('geeft een actie een eigenaar, datum en status, en weigert een slechte datum zonder iets te veranderen', () => {
    const p = plan({}, {});
    const r = wijzigActie(p, 'a2', { eigenaar: 'beleidsadviseur OOV', datum: '2027-03-01', status: 'bezig' });
    expect(r.ok && r.value[1]).toEqual({ id: 'a2', dimensieId: 'a', tekst: 'Actie 2', eigenaar: 'beleidsadviseur OOV', datum: '2027-03-01', status: 'bezig' });
    expect(r.ok && r.value[0]).toEqual(p[0]);
    expect(wijzigActie(p, 'a2', { datum: '1 maart' })).toEqual({ ok: false, message: 'Vul een geldige datum in, of laat de datum leeg.' });
    expect(wijzigActie(p, 'a9', { status: 'klaar' }).ok).toBe(false);
    expect(p[1]!.status).toBe('gepland');
  });
  it('blikt terug: per actie de score van het onderdeel toen en nu, en het aantal per status', () => {
    const t = terugblik(plan({ dimensieId: 'a', status: 'klaar' }, { dimensieId: 'b', status: 'gestopt' }, { dimensieId: 'weg', status: 'klaar' }), [
      { dimensieId: 'a', titel: 'A', eerder: 33, nu: 67, verschil: 34 },
      { dimensieId: 'b', titel: 'B', eerder: 50, nu: null, verschil: null },
    ]);
    expect(t.acties.map((a) => [a.actie.id, a.dimensieTitel, a.eerder, a.nu, a.verschil])).toEqual([
      ['a1', 'A', 33, 67, 34],
      ['a2', 'B', 50, null, null],
      ['a3', 'onderdeel bestaat niet meer', null, null, null],
    ]);
    expect(t.perStatus).toEqual({ gepland: 0, bezig: 0, klaar: 2, gestopt: 1 });
  });
});
