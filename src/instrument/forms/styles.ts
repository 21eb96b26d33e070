/**
 * Importing this module makes the form CSS part of every page that uses a form component: Astro bundles
 * CSS that an island's modules import into the page. No page has to opt in.
 * - virtual:nlds-forms.css: the NLDS/Utrecht form components (checkbox, radio, select, textarea,
 *   form field, fieldset, description, error message, button group) with their design tokens,
 *   served by src/integrations/nlds-css.ts;
 * - forms.css: the layer's own small additions (growing textarea, long words wrap, print header).
 * In Vitest (no Astro plugins) mock the virtual module: `vi.mock('virtual:nlds-forms.css', () => ({}))`.
 */
import 'virtual:nlds-forms.css';
import './forms.css';
