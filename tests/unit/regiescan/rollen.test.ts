/** The breakdown by role, with the anonymity threshold of five. Expected values by hand. */
import { describe, expect, it } from 'vitest';
import type { RespondentRol } from '../../../src/tools/regiescan/domain/model.ts';
import { ANONIMITEITSDREMPEL, rolUitsplitsing } from '../../../src/tools/regiescan/domain/rollen.ts';
import { kleineCatalogus as cat, respondent } from './helpers.ts';

/** n respondents of a role who all answer `w` on a-1 and a-2 (dimension a = w/3·100, total the same). */
const groep = (rol: RespondentRol | '', n: number, w: 0 | 1 | 2 | 3) => Array.from({ length: n }, () => respondent({ 'a-1': w, 'a-2': w }, { context: { respondentRol: rol } }));
const vorm = (g: ReturnType<typeof rolUitsplitsing>) => g.map((x) => [x.rol, x.n, x.verborgen ?? Math.round(x.totaal!.gemiddelde!)]);

describe('uitsplitsing per rol', () => {
  it('heeft een drempel van vijf respondenten', () => {
    expect(ANONIMITEITSDREMPEL).toBe(5);
  });

  it('toont groepen van vijf of meer, in vaste volgorde, met hun eigen gemiddelden', () => {
    const g = rolUitsplitsing(cat, [...groep('ketenpartner', 6, 0), ...groep('bestuurder', 5, 3)]);
    expect(vorm(g)).toEqual([
      ['bestuurder', 5, 100],
      ['ketenpartner', 6, 0],
    ]);
    expect(g[0]!.dimensies!.map((d) => d.gemiddelde)).toEqual([100, null, null]);
  });

  it('verbergt een groep onder de vijf, en dan ook de kleinste andere groep als het verschil terug te rekenen is', () => {
    // 4 ketenpartners hidden; with the team total and the 5 bestuurders shown, the 4 could be worked out.
    expect(vorm(rolUitsplitsing(cat, [...groep('bestuurder', 5, 3), ...groep('ketenpartner', 4, 0)]))).toEqual([
      ['bestuurder', 5, 'terug-te-rekenen'],
      ['ketenpartner', 4, 'te-klein'],
    ]);
    // 6 bestuurders, 10 ketenpartners, 3 anders: the smallest shown group (6) is hidden as well.
    expect(vorm(rolUitsplitsing(cat, [...groep('bestuurder', 6, 3), ...groep('ketenpartner', 10, 1), ...groep('anders', 3, 2)]))).toEqual([
      ['bestuurder', 6, 'terug-te-rekenen'],
      ['ketenpartner', 10, 33],
      ['anders', 3, 'te-klein'],
    ]);
  });

  it('verbergt niets extra als de verborgen groepen samen vijf of meer zijn', () => {
    expect(vorm(rolUitsplitsing(cat, [...groep('bestuurder', 5, 3), ...groep('beleidsadviseur-oov', 2, 1), ...groep('anders', 3, 2), ...groep('ketenpartner', 7, 2)]))).toEqual([
      ['bestuurder', 5, 100],
      ['beleidsadviseur-oov', 2, 'te-klein'],
      ['ketenpartner', 7, 67],
      ['anders', 3, 'te-klein'],
    ]);
  });

  it('telt respondenten zonder rol als eigen groep', () => {
    expect(vorm(rolUitsplitsing(cat, [...groep('', 5, 1), ...groep('manager-zvh', 5, 2)]))).toEqual([
      ['manager-zvh', 5, 67],
      ['onbekend', 5, 33],
    ]);
    expect(rolUitsplitsing(cat, [])).toEqual([]);
  });
});
