/**
 * Leesbaarheid van de gidsen en praktijkvoorbeelden (Flesch-Douma over lopend proza, zie
 * src/lib/leesbaarheid.ts). De site schrijft op B1-niveau: ongeveer 60 of hoger. De vloer is 55.
 *
 * Waarom een lijst: toen deze test kwam, zat een groot deel van de pagina's nog onder de vloer. Die
 * pagina's staan hieronder met hun score van dat moment, naar beneden afgerond. De test faalt als
 * - een pagina die niet op de lijst staat onder de vloer komt (een nieuwe of herschreven pagina), of
 * - een pagina op de lijst moeilijker wordt dan haar score hier.
 * Herschrijft u een pagina naar 55 of hoger, haal haar dan van de lijst; komt ze hoger maar nog niet
 * boven 55, zet dan de nieuwe score erin. Zo krimpt de lijst tot hij leeg is.
 * De test print ook het volledige rapport (zoals npm run check:leesbaarheid).
 */
import { describe, expect, it } from 'vitest';
import { leesbaarheidVanInhoud, rapport, VLOER } from '../../src/cli/check-leesbaarheid.ts';

/** Pagina's die nog onder de vloer zitten, met hun score (naar beneden afgerond). */
const ONDER_DE_VLOER: Readonly<Record<string, number>> = {
};

const rijen = leesbaarheidVanInhoud('content');

describe('leesbaarheid', () => {
  it('meet alle gidsen en praktijkvoorbeelden, elk met lopend proza', () => {
    console.info(`\n${rapport(rijen)}\n`);
    expect(rijen.length).toBeGreaterThan(100);
    expect(rijen.filter((r) => !(r.woorden > 50)).map((r) => r.pagina)).toEqual([]);
  });

  it(`laat geen pagina onder de vloer van ${VLOER} komen die daar niet al zat`, () => {
    const nieuw = rijen.filter((r) => r.score < VLOER && !(r.pagina in ONDER_DE_VLOER)).map((r) => `${r.pagina}: ${r.score}`);
    expect(nieuw, 'kortere zinnen en gewonere woorden helpen (npm run check:leesbaarheid)').toEqual([]);
  });

  it('laat geen pagina op de lijst moeilijker worden', () => {
    const slechter = rijen
      .filter((r) => r.pagina in ONDER_DE_VLOER && r.score < ONDER_DE_VLOER[r.pagina]!)
      .map((r) => `${r.pagina}: ${r.score} (was ${ONDER_DE_VLOER[r.pagina]})`);
    expect(slechter).toEqual([]);
  });

  it('heeft alleen bestaande pagina\'s op de lijst', () => {
    const bestaand = new Set(rijen.map((r) => r.pagina));
    expect(Object.keys(ONDER_DE_VLOER).filter((p) => !bestaand.has(p))).toEqual([]);
  });
});
