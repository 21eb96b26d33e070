import { describe, expect, it } from 'vitest';
import { afkapMelding, importeerJson, knip, LIMITS, reduce, schoon } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, leegModel } from './helpers.ts';

const RLO = '\u202E';

describe('tekst van gebruikers', () => {
  it('haalt bidi-stuurtekens en andere stuurtekens weg, maar laat tab, nieuwe regel en accenten staan', () => {
    expect(schoon(`${RLO}droW\u2066x\u2069\u200F\u061C`)).toBe('droWx');
    expect(schoon('a\tb\nc\u0007d é ë')).toBe('a\tb\ncd é ë');
  });
  it('een titel met een right-to-left override wordt zonder dat teken bewaard', () => {
    const m = reduce(leegModel(), { type: 'meta', patch: { titel: `Hennep${RLO}teelt` } });
    expect(m.titel).toBe('Hennepteelt');
    const i = reduce(klein(), { type: 'item-toevoegen', stapId: 's1', onderdeel: 'signalen', id: 'n1', tekst: `${RLO}lanimirC` });
    expect(i.stappen[0]?.signalen[1]?.tekst).toBe('lanimirC');
  });
  it('ook een geïmporteerd bestand verliest de bidi-tekens', () => {
    const r = importeerJson(JSON.stringify({ instrument: 'barrieremodel', versie: 3, opgeslagen: '', data: { id: 'x', titel: `A${RLO}B`, partners: [], stappen: [] } }));
    expect(r.ok && r.value.titel).toBe('AB');
  });
  it('knipt een plaktekst van 100.000 tekens af op 4.000 en zegt dat in een melding', () => {
    const g = knip('x'.repeat(100_000), LIMITS.langeTekst);
    expect(g).toEqual({ tekst: 'x'.repeat(4000), afgekapt: 96_000 });
    expect(afkapMelding('Notitie', g, LIMITS.langeTekst)).toBe(
      'Notitie: de tekst was 100.000 tekens lang. Alleen de eerste 4.000 tekens zijn bewaard; de laatste 96.000 tekens zijn weggelaten.',
    );
    expect(afkapMelding('Notitie', knip('kort', 10), 10)).toBeNull();
  });
});
