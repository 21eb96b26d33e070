/**
 * De leesbaarheidsmaten, vergeleken met waarden die met de hand zijn uitgerekend
 * (Flesch-Douma = 206,84 − 0,77 × lettergrepen per 100 woorden − 0,93 × woorden per zin).
 */
import { describe, expect, it } from 'vitest';
import { lettergrepen, lopendProza, meetLeesbaarheid, prozaVanPagina, woorden, zinnen } from '../../src/lib/leesbaarheid.ts';

describe('lettergrepen tellen', () => {
  it.each([
    ['kat', 1],
    ['huis', 1],
    ['gemeente', 3], // ge-meen-te
    ['politie', 3], // po-li-tie
    ['Veiligheidshuis', 4], // vei-lig-heids-huis
    ['ideeën', 3], // i-dee-ën: het trema begint een nieuwe lettergreep
    ['beïnvloeden', 4], // be-ïn-vloe-den
    ['zorg-en-veiligheid', 5], // zorg + en + vei-lig-heid
    ["'s-Hertogenbosch", 4], // 's telt niet mee; her-to-gen-bosch
    ['OM', 2], // O-M: een afkorting spreek je letter voor letter uit
    ['NCTV', 4],
    ['2013', 4], // één lettergreep per cijfer
  ])('%s heeft %i lettergrepen', (woord, n) => {
    expect(lettergrepen(woord)).toBe(n);
  });
});

describe('woorden en zinnen', () => {
  it('telt samenstellingen met een streepje als één woord', () => {
    expect(woorden("Het Zorg- en Veiligheidshuis in 's-Hertogenbosch.")).toEqual(['Het', 'Zorg', 'en', 'Veiligheidshuis', 'in', 's-Hertogenbosch']);
  });
  it('splitst op punt, uitroepteken en vraagteken, maar niet na bijv. of in 1.200', () => {
    expect(zinnen('Dit is een zin. Dit is er nog een! Bijv. dit? Er wonen 1.200 mensen. Ja.')).toEqual([
      'Dit is een zin.',
      'Dit is er nog een!',
      'Bijv. dit?',
      'Er wonen 1.200 mensen.',
      'Ja.',
    ]);
  });
});

describe('Flesch-Douma', () => {
  it('twee korte zinnen van eenlettergrepige woorden', () => {
    // 10 woorden, 10 lettergrepen, 2 zinnen: 206,84 − 0,77 × 100 − 0,93 × 5 = 125,19
    const m = meetLeesbaarheid(['De kat zit op de mat. Het huis is groot.']);
    expect(m).toEqual({ score: 125.2, woorden: 10, zinnen: 2, lettergrepen: 10, woordenPerZin: 5, procentLangeWoorden: 0 });
  });
  it('één zin met langere woorden', () => {
    // ge-meen-ten (3) wer-ken (2) sa-men (2) met (1) de (1) po-li-tie (3): 12 lettergrepen, 6 woorden, 1 zin
    // 206,84 − 0,77 × 200 − 0,93 × 6 = 47,26
    const m = meetLeesbaarheid(['Gemeenten werken samen met de politie.']);
    expect(m.score).toBe(47.3);
    expect(m.lettergrepen).toBe(12);
  });
  it('over meer stukken samen, met een woord van vier lettergrepen', () => {
    // 13 woorden, 16 lettergrepen, 3 zinnen, 1 woord van ≥ 4 lettergrepen (Veiligheidshuis)
    // 206,84 − 0,77 × 123,077 − 0,93 × 4,333 = 108,04
    const m = meetLeesbaarheid(['De kat zit op de mat. Het huis is groot.', 'Het Veiligheidshuis helpt.']);
    expect(m).toEqual({ score: 108, woorden: 13, zinnen: 3, lettergrepen: 16, woordenPerZin: 4.3, procentLangeWoorden: 7.7 });
  });
  it('geeft geen score zonder tekst', () => {
    expect(meetLeesbaarheid([]).score).toBeNaN();
  });
});

describe('lopend proza uit Markdown', () => {
  const md = [
    '## Waar gaat het om?',
    '',
    'Dit is een **alinea** met een [link](/gidsen/x/).',
    'Ze loopt door op de volgende regel.',
    '',
    '- Een lijstitem dat een hele zin is.',
    '- een stukje zonder punt',
    '- [Een link in een lijst](/gidsen/y/)',
    '1. **Stap één.** Doe iets.',
    '',
    '| Kolom | Kolom |',
    '|---|---|',
    '| Een cel. | Nog een. |',
    '',
    '```',
    'Code telt niet.',
    '```',
    '',
    '> Een citaat als alinea.',
  ].join('\n');

  it('houdt alinea\'s en volledige zinnen in lijsten over, zonder opmaak', () => {
    expect(lopendProza(md)).toEqual([
      'Dit is een alinea met een link. Ze loopt door op de volgende regel.',
      'Een lijstitem dat een hele zin is.',
      'Stap één. Doe iets.',
      'Een citaat als alinea.',
    ]);
  });

  it('neemt de samenvatting en "In het kort" van een pagina mee', () => {
    expect(prozaVanPagina({ samenvatting: 'Over iets.', inHetKort: ['Punt één.', 'geen zin'], body: 'Tekst.' })).toEqual(['Over iets.', 'Punt één.', 'Tekst.']);
  });
});
