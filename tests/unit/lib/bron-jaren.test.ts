import { describe, expect, it } from 'vitest';
import { bronJaar, bronnenZin } from '../../../src/lib/bron-jaren.ts';

describe('leeftijd van de bronnen', () => {
  it('leest het eerste jaartal uit het veld jaar', () => {
    expect(bronJaar('2013')).toEqual({ jaar: 2013, circa: false });
    expect(bronJaar('circa 2018')).toEqual({ jaar: 2018, circa: true });
    expect(bronJaar('versie 2017, met afwegingskader vanaf 2019')).toEqual({ jaar: 2017, circa: false });
    expect(bronJaar('onbekend')).toBeNull();
  });
  it('maakt er één zin van, in volgorde en zonder dubbele jaren', () => {
    expect(bronnenZin(['2019'])).toBe('Gebaseerd op een bron uit 2019.');
    expect(bronnenZin(['2019', '2013', '2019'])).toBe('Gebaseerd op bronnen uit 2013 en 2019.');
    expect(bronnenZin(['circa 2018', '2013', '2022'])).toBe('Gebaseerd op bronnen uit 2013, rond 2018 en 2022.');
    expect(bronnenZin(['circa 2017', '2017'])).toBe('Gebaseerd op bronnen uit 2017.');
    expect(bronnenZin([''])).toBeNull();
  });
});
