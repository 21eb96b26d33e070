/**
 * Dutch singular and plural find the same pages. Pagefind 1.5+ stems Dutch so that, for example,
 * "voorbeeld" misses pages that only say "voorbeelden"; the index gets extra word forms
 * (src/integrations/pagefind.ts). Each pair below must find (nearly) the same pages both ways.
 */
import { describe, expect, it } from 'vitest';
import { topUrls } from '../support/pagefind.ts';

const PAIRS: [string, string][] = [
  ['voorbeeld', 'voorbeelden'],
  ['praktijkvoorbeeld', 'praktijkvoorbeelden'],
  ['werkwijze', 'werkwijzen'],
  ['pad', 'paden'],
  ['veiligheidshuis', 'veiligheidshuizen'],
  ['signaal', 'signalen'],
  ['maatregel', 'maatregelen'],
  ['barrière', 'barrières'],
  ['regeling', 'regelingen'],
  ['richtlijn', 'richtlijnen'],
  ['gemeente', 'gemeenten'],
  ['kind', 'kinderen'],
];

describe('enkelvoud en meervoud vinden dezelfde pagina’s', () => {
  it.each(PAIRS)('%s / %s', async (singular, plural) => {
    const one = new Set(await topUrls(singular, 1000));
    const many = new Set(await topUrls(plural, 1000));
    expect(one.size, `${singular} vindt niets`).toBeGreaterThan(0);
    const missedBySingular = [...many].filter((u) => !one.has(u));
    const missedByPlural = [...one].filter((u) => !many.has(u));
    // A compound can hide a form ("praktijkvoorbeelden" in a longer word); allow a few, not many.
    expect(missedBySingular.length, `"${singular}" mist: ${missedBySingular.join(', ')}`).toBeLessThanOrEqual(Math.max(2, many.size * 0.05));
    expect(missedByPlural.length, `"${plural}" mist: ${missedByPlural.join(', ')}`).toBeLessThanOrEqual(Math.max(2, one.size * 0.05));
  });
});
