import { describe, expect, it } from 'vitest';
import { withVariants } from '../../src/integrations/pagefind.ts';
import { buildNldsCss, pickTokens, wantedSelector } from '../../src/integrations/nlds-css.ts';

describe('search index enrichment', () => {
  const page = (body: string) => `<html><body><header>kop</header><main id="inhoud" data-pagefind-body>${body}</main></body></html>`;
  it('adds missing word forms, also of the trefwoorden, inside the indexed body', () => {
    const out = withVariants(page('<h1>Werkwijze</h1><p>Veel voorbeelden.</p><span data-pagefind-meta="trefwoorden:ZSM, huizen"></span>'));
    const block = out.slice(out.indexOf('data-pagefind-meta="varianten:'), out.indexOf('</main>'));
    expect(block).toContain('voorbeeld');
    expect(block).toContain('werkwijzen');
    expect(block).toContain('huis');
    expect(out.indexOf('varianten:')).toBeGreaterThan(out.indexOf('data-pagefind-body'));
  });
  it('leaves pages without an indexed body alone', () => {
    const html = '<html><body><main>voorbeelden</main></body></html>';
    expect(withVariants(html)).toBe(html);
  });
  it('escapes what it adds', () => {
    const out = withVariants(page('<p>dingen&lt;script&gt;</p><span data-pagefind-meta="trefwoorden:huizen&quot;onload"></span>'));
    const added = out.slice(out.indexOf('varianten:'), out.indexOf('</main>'));
    expect(added).not.toMatch(/<script>|"onload/);
  });
});

describe('NL Design System CSS, trimmed', () => {
  const wanted = new Set(['button', 'link']);
  it('keeps selectors of wanted components only', () => {
    expect(wantedSelector('.utrecht-button--primary-action:hover', wanted)).toBe(true);
    expect(wantedSelector('.utrecht-link .utrecht-button__icon', wanted)).toBe(true);
    expect(wantedSelector('.utrecht-rich-text .utrecht-button', wanted)).toBe(false);
    expect(wantedSelector('.utrecht-button-group', wanted)).toBe(false);
    expect(wantedSelector('html', wanted)).toBe(false);
  });
  it('keeps referenced tokens and the tokens they refer to', () => {
    const theme = '.t { --a: var(--b); --b: red; --c: blue; }';
    const out = pickTokens(theme, new Set(['--a']));
    expect(out).toContain('--a');
    expect(out).toContain('--b: red');
    expect(out).not.toContain('--c');
  });
  it('builds a base bundle that defines the tokens its components use', () => {
    const css = buildNldsCss('src', 'base');
    expect(css).toContain('.utrecht-button');
    expect(css).toContain('.utrecht-skip-link');
    expect(css).not.toContain('.utrecht-radio-button');
    expect(css).toMatch(/--utrecht-button-primary-action-background-color:/);
    expect(css.length).toBeLessThan(250_000);
  });
  it('builds a forms bundle with the form controls', () => {
    const css = buildNldsCss('src', 'forms');
    expect(css).toContain('.utrecht-radio-button');
    expect(css).toContain('.utrecht-checkbox');
  });
});

describe('content check', async () => {
  const { sectionProblems, h2s } = await import('../../src/cli/check-content.ts');
  it('reads level-2 headings outside code blocks', () => {
    expect(h2s('## Aanleiding\ntext\n```\n## niet\n```\n## Aanpak')).toEqual(['Aanleiding', 'Aanpak']);
  });
  it('accepts the fixed sections in order, with gaps', () => {
    expect(sectionProblems('## Aanleiding\n\n## Resultaten\n\n## Lessen')).toEqual([]);
  });
  it('rejects sections out of order or unknown', () => {
    expect(sectionProblems('## Aanpak\n\n## Aanleiding')[0]).toContain('niet op zijn plaats');
    expect(sectionProblems('## Conclusie')[0]).toContain('onbekende sectie');
    expect(sectionProblems('geen koppen')[0]).toContain('minstens één sectie');
  });
});
