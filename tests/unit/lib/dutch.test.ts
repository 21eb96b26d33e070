import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, pluralCandidates, regularPlurals, searchVariants, singularCandidates, slugify, sortBy } from '../../../src/lib/dutch.ts';

describe('Dutch word forms for search', () => {
  it.each([
    ['voorbeelden', 'voorbeeld'],
    ['paden', 'pad'],
    ['werkwijzen', 'werkwijze'],
    ['huizen', 'huis'],
    ['veiligheidshuizen', 'veiligheidshuis'],
    ['brieven', 'brief'],
    ['straten', 'straat'],
    ['organisaties', 'organisatie'],
    ["thema's", 'thema'],
    ['kinderen', 'kind'],
    ['bakken', 'bak'],
  ])('guesses the singular of %s', (plural, singular) => {
    expect(singularCandidates(plural)).toContain(singular);
  });
  it('leaves short words alone', () => {
    expect(singularCandidates('en')).toEqual([]);
    expect(singularCandidates('de')).toEqual([]);
  });
  it('guesses only safe regular plurals', () => {
    expect(regularPlurals('werkwijze')).toEqual(['werkwijzen']);
    expect(regularPlurals('regeling')).toEqual(['regelingen']);
    expect(regularPlurals('veiligheid')).toEqual(['veiligheden']);
    expect(regularPlurals('knie')).toEqual([]);
    expect(regularPlurals('wijk')).toEqual([]);
    expect(regularPlurals('pad')).toContain('paden');
    expect(regularPlurals('maatregel')).toContain('maatregelen');
  });
  it('offers plural candidates for headings', () => {
    expect(pluralCandidates('huis')).toContain('huizen');
    expect(pluralCandidates('brief')).toContain('brieven');
    expect(pluralCandidates('werkwijze')).toContain('werkwijzen');
  });
  it('adds only forms the text lacks', () => {
    const v = searchVariants('Drie voorbeelden en één voorbeeld van een werkwijze.');
    expect(v).not.toContain('voorbeeld');
    expect(v).toContain('werkwijzen');
    expect(searchVariants('Twee paden')).toContain('pad');
  });
});

describe('sorting and the A–Z index', () => {
  it('sorts the Dutch way, ignoring case and accents', () => {
    expect(sortBy(['zsm', 'Barrière', 'aanpak', 'Éénloket'], (x) => x)).toEqual(['aanpak', 'Barrière', 'Éénloket', 'zsm']);
  });
  it('groups by first letter, accents folded, digits under #', () => {
    expect(initialOf('Éénloket')).toBe('E');
    expect(initialOf('112')).toBe('#');
    const g = groupByInitial(['Veilig Thuis', 'veelpleger', 'AMHK'], (x) => x);
    expect([...g.keys()]).toEqual(['A', 'V']);
    expect(g.get('V')).toEqual(['veelpleger', 'Veilig Thuis']);
  });
  it('makes anchors', () => {
    expect(slugify('Zorg- en Veiligheidshuis')).toBe('zorg-en-veiligheidshuis');
    expect(slugify('Barrière (model)')).toBe('barriere-model');
  });
});
