import { describe, expect, it } from 'vitest';
import { assignedVars, replaceVars, resolveTokens } from '../../src/integrations/nlds-css.ts';

describe('NLDS-CSS: design-tokens invullen', () => {
  const theme = new Map([
    ['--kleur-basis', '#123456'],
    ['--knop-achtergrond', 'var(--kleur-basis)'],
    ['--knop-rand', '1px solid var(--knop-achtergrond)'],
    ['--kop-grootte', '2rem'],
    ['--lus-a', 'var(--lus-b)'],
    ['--lus-b', 'var(--lus-a)'],
  ]);

  it('vult een token in dat niemand anders zet, ook via een keten', () => {
    const resolve = resolveTokens(theme, new Set());
    expect(resolve('var(--knop-achtergrond)')).toBe('#123456');
    expect(resolve('var(--knop-rand) dashed')).toBe('1px solid #123456 dashed');
    expect(resolve('calc(var(--kop-grootte) * 2)')).toBe('calc(2rem * 2)');
  });

  it('laat een token staan dat de site of een component zelf zet, met ingevulde terugval', () => {
    const resolve = resolveTokens(theme, new Set(['--kop-grootte', '--_knop-kleur']));
    expect(resolve('var(--kop-grootte)')).toBe('var(--kop-grootte)');
    expect(resolve('var(--_knop-kleur, var(--knop-achtergrond))')).toBe('var(--_knop-kleur,#123456)');
    // A token whose value reads an overridden token keeps that reference.
    const over = resolveTokens(theme, new Set(['--kleur-basis']));
    expect(over('var(--knop-rand)')).toBe('1px solid var(--kleur-basis)');
  });

  it('gebruikt de terugval van een token dat nergens bestaat, en laat een kale onbekende var() staan', () => {
    const resolve = resolveTokens(theme, new Set());
    expect(resolve('var(--bestaat-niet, 4px)')).toBe('4px');
    expect(resolve('var(--bestaat-niet, var(--kop-grootte))')).toBe('2rem');
    expect(resolve('var(--bestaat-niet)')).toBe('var(--bestaat-niet)');
  });

  it('blijft niet hangen in een kringverwijzing', () => {
    const resolve = resolveTokens(theme, new Set());
    expect(resolve('var(--lus-a)')).toMatch(/var\(--lus-/);
  });

  it('leest var() met geneste haakjes en komma’s in de terugval', () => {
    const seen: [string, string | undefined][] = [];
    const out = replaceVars('a var(--x, rgb(1, 2, 3)) b var(--y) c somevar(--z)', (n, fb) => {
      seen.push([n, fb]);
      return 'X';
    });
    expect(out).toBe('a X b X c somevar(--z)');
    expect(seen).toEqual([
      ['--x', 'rgb(1, 2, 3)'],
      ['--y', undefined],
    ]);
  });

  it('vindt de tokens die de broncode zelf zet (CSS en stijlobjecten)', () => {
    const set = assignedVars(`.a { --kleur: red; color: var(--niet-gezet); } const s = { '--breedte': '2px' };`);
    expect([...set].sort()).toEqual(['--breedte', '--kleur']);
  });
});
