/** The markup of the form components (server-rendered, as Astro does before hydration). */
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';

vi.mock('virtual:nlds-forms.css', () => ({}));
const forms = await import('../../../src/instrument/forms/index.ts');
const noop = () => undefined;

describe('formuliercomponenten', () => {
  it('tekstveld: label, uitleg en fout gekoppeld, NLDS-klassen', () => {
    const html = renderToString(h(forms.TextField, { id: 'titel', label: 'Titel', description: 'Kort', error: 'Vul een titel in.', value: '<b>x</b>', onInput: noop }));
    expect(html).toContain('<label class="utrecht-form-label" for="titel">Titel</label>');
    expect(html).toContain('id="titel-uitleg"');
    expect(html).toContain('<p class="utrecht-form-field-error-message" id="titel-fout">Vul een titel in.</p>');
    expect(html).toMatch(/<input[^>]*class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid"/);
    expect(html).toContain('aria-describedby="titel-uitleg titel-fout"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="&lt;b>x&lt;/b>"');
    expect(html).toContain('utrecht-form-field--invalid');
  });
  it('textarea groeit mee en select heeft een lege eerste keuze', () => {
    expect(renderToString(h(forms.TextArea, { id: 'n', label: 'Notitie', value: '', onInput: noop }))).toMatch(/<textarea[^>]*class="utrecht-textarea utrecht-textarea--html-textarea instrument-grow"/);
    const sel = renderToString(h(forms.SelectField, { id: 'f', label: 'Fase', placeholder: 'Kies een fase', options: [{ value: 'a', label: 'A' }], value: '', onChange: noop }));
    expect(sel).toMatch(/<select[^>]*class="utrecht-select utrecht-select--html-select"/);
    expect(sel).toContain('<option selected value>Kies een fase</option><option value="a">A</option>');
  });
  it('radiogroep: fieldset met legend, ids per keuze, één naam', () => {
    const html = renderToString(h(forms.RadioGroup, { id: 'a1', legend: 'Vermoeden?', options: [{ value: 'ja', label: 'Ja' }, { value: 'nee', label: 'Nee' }], value: 'nee', onChange: noop }));
    expect(html).toMatch(/^<fieldset id="a1" class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset instrument-fieldset"/);
    expect(html).toContain('<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Vermoeden?</legend>');
    expect(html.match(/name="a1"/g)?.length).toBe(2);
    expect(html).toMatch(/id="a1-nee"[^>]*checked/);
    expect(html).toContain('for="a1-ja"');
  });
  it('foutsamenvatting linkt naar de velden; gebruikerstekst blijft tekst', () => {
    const html = renderToString(h(forms.ErrorSummary, { errors: [{ fieldId: 'titel', message: 'Vul een titel in.' }, { fieldId: 'a1', message: 'Kies ja of nee.' }] }));
    expect(html).toContain('Er zijn 2 dingen die nog niet kloppen');
    expect(html).toContain('<a class="utrecht-link" href="#titel">Vul een titel in.</a>');
    expect(html).toContain('href="#a1"');
    expect(renderToString(h(forms.UserText, { text: '<script>x</script>' }))).toBe('<span class="instrument-user-text">&lt;script>x&lt;/script></span>');
  });
  it('knoppen: type button tenzij anders, varianten op NLDS-klassen', () => {
    expect(renderToString(h(forms.Button, { variant: 'primary', children: 'Volgende' }))).toBe('<button type="button" class="utrecht-button utrecht-button--primary-action">Volgende</button>');
    expect(renderToString(h(forms.ButtonGroup, { children: 'x' }))).toBe('<div class="utrecht-button-group instrument-button-group">x</div>');
    expect(renderToString(h(forms.Alert, { type: 'error' }, 'Mis'))).toContain('role="alert"');
  });
});
