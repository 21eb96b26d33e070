import { describe, expect, it } from 'vitest';
import { VOORBEELD_FACETS, emptySelection, filterItems, knownValues, optionCounts, parseSelection, resultText, serializeSelection, type CatalogItem } from '../../../src/lib/catalogus.ts';

const F = VOORBEELD_FACETS;
const item = (id: string, v: Partial<Record<(typeof F)[number], string[]>>): CatalogItem => ({
  id,
  values: { thema: [], doelgroep: [], bron: [], regio: [], partner: [], ...v },
});
const items = [
  item('a', { thema: ['ondermijning'], regio: ['Tilburg'], partner: ['Politie', 'RIEC'], doelgroep: ['gemeente'] }),
  item('b', { thema: ['ondermijning', 'jeugd-en-veiligheid'], regio: ['Schiedam'], partner: ['Politie'], doelgroep: ['professional'] }),
  item('c', { thema: ['huiselijk-geweld'], regio: ['landelijk'], partner: ['Veilig Thuis'], doelgroep: ['professional'] }),
];

describe('catalogusfilters', () => {
  it('toont alles zonder keuze', () => {
    expect(filterItems(items, emptySelection(F))).toHaveLength(3);
  });
  it('waarden binnen één filter zijn alternatieven', () => {
    const sel = { ...emptySelection(F), thema: ['huiselijk-geweld', 'jeugd-en-veiligheid'] };
    expect(filterItems(items, sel).map((i) => i.id)).toEqual(['b', 'c']);
  });
  it('combineert filters', () => {
    const sel = { ...emptySelection(F), thema: ['ondermijning'], doelgroep: ['professional'] };
    expect(filterItems(items, sel).map((i) => i.id)).toEqual(['b']);
  });
  it('gaat heen en terug via de URL, met spaties en herhaalde sleutels', () => {
    const sel = { ...emptySelection(F), partner: ['Veilig Thuis'], thema: ['a', 'b'] };
    expect(parseSelection(serializeSelection(sel), F)).toEqual(sel);
  });
  it('laat onbekende waarden en filters uit een gemanipuleerde URL weg', () => {
    const sel = parseSelection('?thema=ondermijning&thema=<script>&regio=&evil=1', F, knownValues(items, F));
    expect(sel.thema).toEqual(['ondermijning']);
    expect(sel.regio).toEqual([]);
    expect(sel).not.toHaveProperty('evil');
  });
  it('telt opties met de andere filters toegepast', () => {
    const sel = { ...emptySelection(F), doelgroep: ['professional'] };
    expect(Object.fromEntries(optionCounts(items, sel, 'thema'))).toEqual({ ondermijning: 1, 'jeugd-en-veiligheid': 1, 'huiselijk-geweld': 1 });
    expect(optionCounts(items, sel, 'doelgroep').get('gemeente')).toBe(1);
  });
  it('beschrijft het resultaat in het Nederlands', () => {
    expect(resultText(3, 3, 'maatregelen')).toBe('Alle 3 maatregelen');
    expect(resultText(1, 3, 'maatregelen')).toBe('1 van de 3 maatregelen');
    expect(resultText(0, 3, 'maatregelen')).toContain('Geen maatregelen');
  });
});
