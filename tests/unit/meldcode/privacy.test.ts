import { describe, expect, it } from 'vitest';
import { isBsn, zoekPersoonsgegevens } from '../../../src/tools/meldcode/domain/privacy.ts';

const nu = new Date('2026-03-12T10:00:00');

describe('waarschuwing bij gegevens die iemand herkenbaar maken (lokaal)', () => {
  const gevallen: [string, string[]][] = [
    ['Moeder vertelt dat vader vaak boos is.', []],
    ['R. (9) heeft blauwe plekken. Overleg met Veilig Thuis op 03-03-2026.', []],
    ['Gesprek met mevrouw Jansen over de plekken.', ['naam']],
    ['Vader, Piet van Dam, wil geen hulp.', ['naam']],
    ['BSN 111222333 staat in het dossier.', ['bsn']],
    ['Nummer 123456789 is geen BSN.', []],
    ['Bel moeder op 06-12345678.', ['telefoon']],
    ['Telefoon +31 6 12345678', ['telefoon']],
    ['Woont op 1234 AB 12, derde verdieping.', ['adres']],
    ['Adres: Dorpsstraat 14', ['adres']],
    ['Geboren op 4 mei 2015.', ['geboortedatum']],
    ['Het kind is van 12-07-2016.', ['geboortedatum']],
  ];
  for (const [tekst, verwacht] of gevallen) {
    it(`"${tekst}" → ${verwacht.join(', ') || 'niets'}`, () => {
      expect(zoekPersoonsgegevens(tekst, nu).sort()).toEqual([...verwacht].sort());
    });
  }
  it('de elfproef van het BSN', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
  });
});
