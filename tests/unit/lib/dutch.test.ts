import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, pluralCandidates, regularPlurals, searchVariants, singularCandidates, slugify, sortBy } from '../../../src/lib/dutch.ts';

describe('Nederlandse woordvormen voor zoeken', () => {
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
  it('laat korte woorden met rust', () => {
    expect(singularCandidates('en')).toEqual([]);
    expect(singularCandidates('de')).toEqual([]);
  });
  it('raadt alleen veilige regelmatige meervouden', () => {
    expect(regularPlurals('werkwijze')).toEqual(['werkwijzen']);
    expect(regularPlurals('regeling')).toEqual(['regelingen']);
    expect(regularPlurals('veiligheid')).toEqual(['veiligheden']);
    expect(regularPlurals('knie')).toEqual([]);
    expect(regularPlurals('wijk')).toEqual([]);
    expect(regularPlurals('pad')).toContain('paden');
    expect(regularPlurals('maatregel')).toContain('maatregelen');
  });
  it('geeft meervoudsvormen voor tussenkoppen', () => {
    expect(pluralCandidates('huis')).toContain('huizen');
    expect(pluralCandidates('brief')).toContain('brieven');
    expect(pluralCandidates('werkwijze')).toContain('werkwijzen');
  });
  it('voegt alleen vormen toe die de tekst mist', () => {
    const v = searchVariants('Drie voorbeelden en één voorbeeld van een werkwijze.');
    expect(v).not.toContain('voorbeeld');
    expect(v).toContain('werkwijzen');
    expect(searchVariants('Twee paden')).toContain('pad');
  });
});

describe('sorteren en de A–Z-index', () => {
  it('sorteert op zijn Nederlands, zonder op hoofdletters en accenten te letten', () => {
    expect(sortBy(['zsm', 'Barrière', 'aanpak', 'Éénloket'], (x) => x)).toEqual(['aanpak', 'Barrière', 'Éénloket', 'zsm']);
  });
  it('groepeert op eerste letter, accenten gelijk, cijfers onder #', () => {
    expect(initialOf('Éénloket')).toBe('E');
    expect(initialOf('112')).toBe('#');
    const g = groupByInitial(['Veilig Thuis', 'veelpleger', 'AMHK'], (x) => x);
    expect([...g.keys()]).toEqual(['A', 'V']);
    expect(g.get('V')).toEqual(['veelpleger', 'Veilig Thuis']);
  });
  it('maakt ankers', () => {
    expect(slugify('Zorg- en Veiligheidshuis')).toBe('zorg-en-veiligheidshuis');
    expect(slugify('Barrière (model)')).toBe('barriere-model');
  });
});
