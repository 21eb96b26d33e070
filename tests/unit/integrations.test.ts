import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { begripRecords, escapeAttr, indexedText, stripIgnored, vocabulary, withVariants } from '../../src/integrations/pagefind.ts';
import { buildNldsCss, pickTokens, wantedSelector } from '../../src/integrations/nlds-css.ts';

describe('zoekindex verrijken', () => {
  const page = (body: string) => `<html><body><header>kop</header><main id="inhoud" data-pagefind-body>${body}</main></body></html>`;
  it('voegt ontbrekende woordvormen toe, ook van de trefwoorden, binnen de geïndexeerde body', () => {
    const out = withVariants(page('<h1>Werkwijze</h1><p>Veel voorbeelden.</p><span data-pagefind-meta="trefwoorden:ZSM, huizen"></span>'));
    const block = out.slice(out.indexOf('data-pagefind-meta="varianten:'), out.indexOf('</main>'));
    expect(block).toContain('voorbeeld');
    expect(block).toContain('werkwijzen');
    expect(block).toContain('huis');
    expect(out.indexOf('varianten:')).toBeGreaterThan(out.indexOf('data-pagefind-body'));
  });
  it('laat pagina\'s zonder geïndexeerde body ongemoeid', () => {
    const html = '<html><body><main>voorbeelden</main></body></html>';
    expect(withVariants(html)).toBe(html);
  });
  it('zet een waarde veilig in een attribuut (escapeAttr, bekende antwoorden)', () => {
    expect(escapeAttr('huizen"onload=alert(1)')).toBe('huizen&quot;onload=alert(1)');
    expect(escapeAttr('<script>')).toBe('&lt;script>');
    expect(escapeAttr('a&amp;b')).toBe('a&amp;amp;b');
    expect(escapeAttr("thema's")).toBe("thema's");
  });
  it('voegt één goed gevormd attribuut toe, ook bij vijandige tekst op de pagina', () => {
    const out = withVariants(page('<p>dingen&lt;script&gt; "huizen"</p><span data-pagefind-meta="trefwoorden:huizen&quot;onload"></span>'));
    const added = out.slice(out.lastIndexOf('<span data-pagefind-meta="varianten:'), out.indexOf('</main>'));
    expect(added).toMatch(/^<span data-pagefind-meta="varianten:[^"<>]+"><\/span>$/);
    expect(added).toContain('huis');
  });
});

describe('zoekindex: woordvormen beperkt tot woorden van de site', () => {
  const page = (body: string) => `<html><body><main data-pagefind-body>${body}</main></body></html>`;
  const variantsOf = (html: string) => html.match(/varianten:([^"]*)/)?.[1]?.split(' ') ?? [];
  it('laat geraden vormen weg die geen pagina gebruikt, maar houdt vormen die wel voorkomen', () => {
    const html = page('<h1>Overzicht</h1><p>Alle voorbeelden bij de paden.</p>');
    const all = variantsOf(withVariants(html));
    expect(all).toEqual(expect.arrayContaining(['voorbeeld', 'voorbeelde', 'pad']));
    const known = new Set(['voorbeeld', 'pad']);
    // The guesses of the title (overzichten, overzichts) always stay; "voorbeelde" goes.
    expect(variantsOf(withVariants(html, known))).toEqual(['pad', 'voorbeeld', 'overzichten', 'overzichts']);
  });
  it('houdt altijd de vormen van de eigen titel, trefwoorden en regelmatige meervouden', () => {
    const html = page('<h1>Werkwijze</h1><p>Een maatregel en voorbeelden.</p><span data-pagefind-meta="trefwoorden:huizen"></span>');
    const kept = variantsOf(withVariants(html, new Set()));
    expect(kept).toEqual(expect.arrayContaining(['werkwijzen', 'huis', 'maatregelen']));
    expect(kept).not.toContain('voorbeeld');
  });
  it('rekent niet met tekst die Pagefind overslaat (data-pagefind-ignore, ook genest)', () => {
    const html = page('<p>kind</p><div data-pagefind-ignore="all"><div><p>kinderen</p></div></div><p>einde</p>');
    expect(stripIgnored(html)).not.toContain('kinderen');
    expect(stripIgnored(html)).toContain('einde');
    expect(indexedText(html)).toMatch(/kind\b[\s\S]*einde/);
    expect(variantsOf(withVariants(html))).toContain('kinderen');
  });
  it('kent alle woorden van de site, ook de delen van woorden met een koppelteken', () => {
    expect([...vocabulary(['ISD-maatregel en de Re-integratie'])].sort()).toEqual(['de', 'en', 'integratie', 'isd', 'isd-maatregel', 'maatregel', 're', 're-integratie']);
  });
});

describe('zoekindex: elk begrip een eigen resultaat', () => {
  const html = `<html><body><main data-pagefind-body><h1>Begrippen A–Z</h1>
    <section aria-labelledby="letter-k" data-pagefind-ignore="all"><h2 id="letter-k">K</h2>
      <section class="begrip" id="kindcheck" aria-labelledby="kindcheck-term" data-begrip="Kindcheck" data-trefwoorden="kinderen, check"><h3 id="kindcheck-term">Kindcheck</h3><p>Zijn er kinderen?</p></section>
      <section class="begrip" id="veilig-thuis" aria-labelledby="veilig-thuis-term" data-begrip="Veilig Thuis (VT)"><h3 id="veilig-thuis-term">Veilig Thuis (VT)</h3><p>Het meldpunt.</p></section>
    </section></main></body></html>`;
  it('maakt per begrip een record op zijn anker, met de term als titel, type Begrip en trefwoorden', () => {
    const records = begripRecords(html, '/begrippen/');
    expect(records.map((r) => r.url)).toEqual(['/begrippen/#kindcheck', '/begrippen/#veilig-thuis']);
    const [kindcheck, vt] = records;
    expect(kindcheck!.content).toContain('data-pagefind-filter="type:Begrip"');
    expect(kindcheck!.content).toContain('data-pagefind-meta="title:Kindcheck"');
    expect(kindcheck!.content).toContain('data-pagefind-meta="trefwoorden:kinderen, check"');
    expect(kindcheck!.content).toContain('<h1 id="kindcheck-term">Kindcheck</h1>');
    expect(kindcheck!.content).not.toContain('Het meldpunt');
    expect(vt!.content).not.toContain('trefwoorden:');
  });
  it('de A–Z-pagina zelf telt de begrippen niet meer mee', () => {
    expect(indexedText(html)).not.toContain('meldpunt');
  });
});

describe('NL Design System-CSS, ingekort', () => {
  const wanted = new Set(['button', 'link']);
  it('houdt alleen selectors van gewenste componenten', () => {
    expect(wantedSelector('.utrecht-button--primary-action:hover', wanted)).toBe(true);
    expect(wantedSelector('.utrecht-link .utrecht-button__icon', wanted)).toBe(true);
    expect(wantedSelector('.utrecht-rich-text .utrecht-button', wanted)).toBe(false);
    expect(wantedSelector('.utrecht-button-group', wanted)).toBe(false);
    expect(wantedSelector('html', wanted)).toBe(false);
  });
  it('houdt gebruikte tokens en de tokens waarnaar zij verwijzen', () => {
    const theme = '.t { --a: var(--b); --b: red; --c: blue; }';
    const out = pickTokens(theme, new Set(['--a']));
    expect(out).toContain('--a');
    expect(out).toContain('--b: red');
    expect(out).not.toContain('--c');
  });
  it('bouwt een basisbundel die de tokens van zijn componenten definieert', () => {
    const css = buildNldsCss('src', 'base');
    expect(css).toContain('.utrecht-button');
    expect(css).toContain('.utrecht-skip-link');
    expect(css).not.toContain('.utrecht-radio-button');
    expect(css).toMatch(/--utrecht-button-primary-action-background-color:/);
    expect(css.length).toBeLessThan(250_000);
  });
  it('bouwt een formulierbundel met de formulierelementen', () => {
    const css = buildNldsCss('src', 'forms');
    expect(css).toContain('.utrecht-radio-button');
    expect(css).toContain('.utrecht-checkbox');
  });
  it('de formulierbundel laat ongebruikte varianten weg en definieert geen token dat de site zelf overschrijft', () => {
    const css = buildNldsCss('src', 'forms');
    // A modifier no source file uses (the site uses the native checkbox, not the custom one).
    expect(css).not.toContain('.utrecht-checkbox--custom');
    // The forms bundle comes after the site's CSS: a theme token it defined again would undo the site's colours.
    const site = readFileSync('src/styles/site.css', 'utf8');
    const eigen = [...site.slice(site.indexOf('.veiligwijzer-theme {'), site.indexOf('}', site.indexOf('.veiligwijzer-theme {'))).matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]!);
    expect(eigen).toContain('--voorbeeld-kleuren-violet-600');
    const tokens = css.slice(0, css.indexOf('}'));
    for (const naam of eigen) expect(tokens, naam).not.toContain(`${naam}:`);
  });
});

describe('inhoudscontrole', async () => {
  const { sectionProblems, h2s } = await import('../../src/cli/check-content.ts');
  it('leest koppen van niveau 2 buiten codeblokken', () => {
    expect(h2s('## Aanleiding\ntext\n```\n## niet\n```\n## Aanpak')).toEqual(['Aanleiding', 'Aanpak']);
  });
  it('accepteert de vaste secties op volgorde, met gaten', () => {
    expect(sectionProblems('## Aanleiding\n\n## Resultaten\n\n## Lessen')).toEqual([]);
  });
  it('weigert secties op de verkeerde plaats of onbekende secties', () => {
    expect(sectionProblems('## Aanpak\n\n## Aanleiding')[0]).toContain('niet op zijn plaats');
    expect(sectionProblems('## Conclusie')[0]).toContain('onbekende sectie');
    expect(sectionProblems('geen koppen')[0]).toContain('minstens één sectie');
  });
});
