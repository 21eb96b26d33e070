import { describe, expect, it } from 'vitest';
import { compileLexicon, loadLexicon } from '../../../src/search/lexicon.ts';
import { joinCandidates, planQuery, splitCandidates, TYPED_WEIGHT } from '../../../src/search/plan.ts';
import { fold, namesAll, words } from '../../../src/search/text.ts';

// A small hand-made word list with known answers (not the site's list).
const lexicon = loadLexicon(
  compileLexicon({
    stopwoorden: ['ik', 'de', 'een', 'mag', 'wat', 'doe', 'doen', 'voordat', 'moet', 'over', 'in', 'mijn', 'me', 'maak', 'op'],
    spelling: [{ fout: ['sexueel', 'sexuele'], goed: 'seksueel' }],
    synoniemen: [
      { woorden: ['wiet', 'Weed'], zoek: ['hennep'] },
      { woorden: ['op de hoogte brengen', 'inlichten'], zoek: ['informeren'] },
      { woorden: ['wat doe ik'], zoek: ['stappen'] },
    ],
    afkortingen: [{ kort: 'VT', lang: ['Veilig Thuis'] }],
  }),
);

describe('tekst van een vraag', () => {
  it('vouwt hoofdletters en accenten weg', () => {
    expect(fold('Cliënt Barrière')).toBe('client barriere');
  });
  it('splitst in woorden, houdt koppeltekens binnen een woord en de apostrof van een meervoud', () => {
    expect(words('Zorg- en Veiligheidshuis, re-integratie; thema’s?')).toEqual(['zorg', 'en', 'veiligheidshuis', 're-integratie', "thema's"]);
  });
  it('herkent een woord in een titel, ook met een korte uitgang, maar niet midden in een woord', () => {
    expect(namesAll(['signalen', 'herkennen'], ['signaal'])).toBe(false);
    expect(namesAll(['signalen', 'herkennen'], ['signalen'])).toBe(true);
    expect(namesAll(['overvallen', 'voorkomen'], ['overval'])).toBe(true);
    expect(namesAll(['ouderenmishandeling'], ['mishandeling'])).toBe(false);
    expect(namesAll(['titel'], [])).toBe(false);
  });
});

describe('een vraag plannen', () => {
  it('laat woorden zonder betekenis weg en houdt de rest', () => {
    const plan = planQuery('Ik maak me zorgen over een kind in mijn klas', lexicon);
    expect(plan.concepts.map((c) => c.typed)).toEqual(['zorgen', 'kind', 'klas']);
    expect(plan.dropped).toEqual(['ik', 'maak', 'me', 'over', 'een', 'in', 'mijn']);
  });
  it('zoekt een vraag van alleen lege woorden zoals getypt', () => {
    expect(planQuery('wat doen', lexicon).concepts.map((c) => c.typed)).toEqual(['wat', 'doen']);
  });
  it('verbetert spelfouten', () => {
    const plan = planQuery('Sexueel geweld', lexicon);
    expect(plan.concepts.map((c) => c.forms[0]!.text)).toEqual(['seksueel', 'geweld']);
    expect(plan.corrected).toEqual([['sexueel', 'seksueel']]);
  });
  it('zoekt een alledaags woord op het woord van de site, en het getypte woord minder zwaar', () => {
    const [wiet] = planQuery('wiet', lexicon).concepts;
    expect(wiet!.forms).toEqual([
      { text: 'hennep', weight: 1 },
      { text: 'wiet', weight: TYPED_WEIGHT },
    ]);
  });
  it('herkent een zinsdeel met lege woorden erin als één begrip', () => {
    const plan = planQuery('moet ik de ouders op de hoogte brengen', lexicon);
    expect(plan.concepts.map((c) => c.typed)).toEqual(['ouders', 'op de hoogte brengen']);
    expect(plan.concepts[1]!.forms).toEqual([
      { text: 'informeren', weight: 1 },
      { text: 'hoogte brengen', weight: TYPED_WEIGHT },
    ]);
  });
  it('een zinsdeel van alleen lege woorden telt alleen met de woorden van de site', () => {
    expect(planQuery('wat doe ik bij geweld', lexicon).concepts.map((c) => c.forms)).toEqual([[{ text: 'stappen', weight: 1 }], [{ text: 'bij', weight: 1 }], [{ text: 'geweld', weight: 1 }]]);
  });
  it('een afkorting telt zelf volledig mee, met de volledige naam', () => {
    expect(planQuery('vt', lexicon).concepts[0]!.forms).toEqual([
      { text: 'vt', weight: 1 },
      { text: 'Veilig Thuis', weight: 1 },
    ]);
  });
});

describe('samenstellingen', () => {
  it('voegt buurwoorden samen, ook met hun synoniemen', () => {
    const plan = planQuery('kinder mishandeling', lexicon);
    expect(joinCandidates(plan.concepts).map((j) => j.text)).toEqual(['kindermishandeling']);
    const wiet = planQuery('wiet kwekerij', lexicon);
    expect(joinCandidates(wiet.concepts)).toEqual([
      { text: 'hennepkwekerij', covers: [0, 1], weight: 1 },
      { text: 'wietkwekerij', covers: [0, 1], weight: TYPED_WEIGHT },
    ]);
  });
  it('splitst een lang woord op elke plek met delen van minstens vier letters, ook zonder tussen-s', () => {
    expect(splitCandidates('mensenhandel')).toEqual([
      ['mens', 'enhandel'],
      ['mense', 'nhandel'],
      ['mensen', 'handel'],
      ['mensenh', 'andel'],
      ['mensenha', 'ndel'],
    ]);
    expect(splitCandidates('veiligheidsplan')).toContainEqual(['veiligheid', 'plan']);
    expect(splitCandidates('re-integratie').every(([l, r]) => !l.includes('-') && !r.includes('-'))).toBe(true);
  });
});
