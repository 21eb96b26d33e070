import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../src/search/lexicon-file.ts';
import { compileLexicon, loadLexicon } from '../../../src/search/lexicon.ts';
import { planQuery } from '../../../src/search/plan.ts';
import { excerptParts, pagefindFilters, statusText, typeLabel } from '../../../src/search/present.ts';

describe('woordenlijst', () => {
  it('compileert met gevouwen sleutels, zonder verwijzing naar zichzelf', () => {
    const data = compileLexicon({
      stopwoorden: ['Ik', 'ik', 'wàt'],
      spelling: [{ fout: ['Sexueel'], goed: 'seksueel' }],
      synoniemen: [{ woorden: ['Wiet', 'hennep'], zoek: ['hennep'] }],
      afkortingen: [{ kort: 'VT', lang: ['Veilig Thuis'] }],
    });
    expect(data).toEqual({ s: ['ik', 'wat'], f: { sexueel: 'seksueel' }, y: { wiet: ['hennep'] }, a: { vt: ['Veilig Thuis'] } });
    expect(loadLexicon(data).longest).toBe(1);
  });
  it('het bestand content/zoeken/woorden.yaml klopt met het schema en bevat de woorden uit het issue', () => {
    const lexicon = loadLexicon(readLexicon());
    for (const w of ['ik', 'mijn', 'mag', 'wat', 'doen', 'een']) expect(lexicon.stopwords.has(w), w).toBe(true);
    expect(lexicon.synonyms.get('wiet')?.targets).toContain('hennep');
    expect(lexicon.synonyms.get('inlichten')?.targets).toContain('informeren');
    expect(lexicon.spelling.get('sexueel')).toBe('seksueel');
  });
  it('geeft een Nederlandse melding met het veld bij een fout in het bestand', () => {
    expect(() => readLexicon('tests/unit/search/fixtures/woorden-fout.yaml')).toThrow(/woorden-fout\.yaml klopt niet: synoniemen\.0\.zoek/);
  });
});

describe('weergave', () => {
  it('typelabels in kleine letters, onbekend wordt pagina', () => {
    expect(['Gids', 'Praktijkvoorbeeld', 'Begrip', 'Instrument', 'Thema'].map(typeLabel)).toEqual(['gids', 'praktijkvoorbeeld', 'begrip', 'instrument', 'thema']);
    expect(typeLabel(undefined)).toBe('pagina');
  });
  it('een uittreksel wordt tekst met gemarkeerde woorden; niets wordt opmaak', () => {
    expect(excerptParts('De <mark>meldcode</mark> &amp; &lt;script&gt;')).toEqual([
      { text: 'De ', mark: false },
      { text: 'meldcode', mark: true },
      { text: ' & <script>', mark: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>tekst')).toEqual([{ text: 'tekst', mark: false }]);
  });
  it('zegt hoeveel er is gevonden en waarop is gezocht', () => {
    const lexicon = loadLexicon(compileLexicon({ stopwoorden: ['ik', 'mijn'], spelling: [{ fout: ['sexueel'], goed: 'seksueel' }], synoniemen: [], afkortingen: [] }));
    expect(statusText('ik mijn klas', planQuery('ik mijn klas', lexicon), 1)).toBe('1 resultaat voor ‘ik mijn klas’. Gezocht op: klas.');
    expect(statusText('sexueel', planQuery('sexueel', lexicon), 0)).toBe(
      'Geen resultaten voor ‘sexueel’. Gelezen als: seksueel. Probeer een ander woord of minder woorden, of kijk in de overzichten.',
    );
    expect(statusText('  ', planQuery('', lexicon), 0)).toBe('');
  });
  it('filters: binnen een groep één van de waarden, lege groepen weg', () => {
    expect(pagefindFilters({ type: ['Gids', 'Begrip'], thema: [] })).toEqual({ type: { any: ['Gids', 'Begrip'] } });
    expect(pagefindFilters({ type: [] })).toBeUndefined();
  });
});
