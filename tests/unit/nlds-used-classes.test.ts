import { describe, expect, it } from 'vitest';
import { selectorUsesOnly, usedClasses } from '../../src/integrations/nlds-css.ts';

describe('NLDS-CSS: alleen gebruikte klassen', () => {
  const used = usedClasses(`<a class="utrecht-link">x</a>
    <button class={\`utrecht-button utrecht-button--\${soort}\`}/> <Knop soort="subtle" /> const s = 'primary-action';
    <h2 class={\`utrecht-heading-\${n}\`} />`);
  it('houdt letterlijk gebruikte klassen en opgebouwde klassen met een waarde uit de broncode', () => {
    expect(selectorUsesOnly('.utrecht-link', used)).toBe(true);
    expect(selectorUsesOnly('.utrecht-button--subtle:hover', used)).toBe(true);
    expect(selectorUsesOnly('.utrecht-button--primary-action', used)).toBe(true);
    expect(selectorUsesOnly('.utrecht-heading-4', used)).toBe(true);
  });
  it('laat ongebruikte varianten weg', () => {
    expect(selectorUsesOnly('.utrecht-button--warning', used)).toBe(false);
    expect(selectorUsesOnly('.utrecht-link--placeholder', used)).toBe(false);
    expect(selectorUsesOnly('.utrecht-link.utrecht-link--visited', used)).toBe(false);
  });
});
