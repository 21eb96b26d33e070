/**
 * Leesbaarheid van de gidsen en praktijkvoorbeelden (Flesch-Douma over lopend proza, zie
 * src/lib/leesbaarheid.ts). De site schrijft op B1-niveau: 60 of hoger. De vloer is 55: daaronder faalt
 * de test. Tussen 55 en 60 is een pagina nog te verbeteren; de test meldt haar in het rapport.
 * De test print het volledige rapport (zoals npm run check:leesbaarheid).
 */
import { describe, expect, it } from 'vitest';
import { leesbaarheidVanInhoud, rapport, VLOER } from '../../src/cli/check-leesbaarheid.ts';

const rijen = leesbaarheidVanInhoud('content');

describe('leesbaarheid', () => {
  it('meet alle gidsen en praktijkvoorbeelden, elk met lopend proza', () => {
    console.info(`\n${rapport(rijen)}\n`);
    expect(rijen.length).toBeGreaterThan(100);
    expect(rijen.filter((r) => !(r.woorden > 50)).map((r) => r.pagina)).toEqual([]);
  });

  it(`geen pagina onder de vloer van ${VLOER}`, () => {
    const onder = rijen.filter((r) => r.score < VLOER).map((r) => `${r.pagina}: ${r.score}`);
    expect(onder, 'kortere zinnen en gewonere woorden helpen (npm run check:leesbaarheid)').toEqual([]);
  });
});
