/** Small form building blocks with NL Design System classes: labels, descriptions and errors wired up. */
import type { ComponentChildren } from 'preact';
import { zoekPersoonsgegevens, type Persoonsgegeven } from '../domain/privacy.ts';

/** Words for the privacy warning (texts from content, set once by the tool). */
let privacyTekst: ((soorten: Persoonsgegeven[]) => string) | null = null;
export function zetPrivacyTekst(f: (soorten: Persoonsgegeven[]) => string) {
  privacyTekst = f;
}

export interface Optie {
  value: string;
  label: string;
  uitleg?: string | undefined;
}

const descId = (id: string) => `${id}-hulp`;
const errId = (id: string) => `${id}-fout`;
const describedBy = (id: string, hulp?: string, fout?: string) => [hulp ? descId(id) : '', fout ? errId(id) : ''].filter(Boolean).join(' ') || undefined;

function Fout({ id, fout }: { id: string; fout?: string | undefined }) {
  return fout ? (
    <p class="utrecht-form-field-error-message" id={errId(id)}>
      {fout}
    </p>
  ) : null;
}

/** The frame of a group of radios or checkboxes: fieldset, legend, description and error. */
function Groep(props: { id: string; legend: ComponentChildren; hulp?: string | undefined; fout?: string | undefined; children: ComponentChildren }) {
  const { id, legend, hulp, fout, children } = props;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mc-veld${fout ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={describedBy(id, hulp, fout)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {hulp && (
        <p class="utrecht-form-field-description" id={descId(id)}>
          {hulp}
        </p>
      )}
      <Fout id={id} fout={fout} />
      {children}
    </fieldset>
  );
}

/** One radio or checkbox with its label and optional explanation. */
function Keuze(props: { id: string; type: 'radio' | 'checkbox'; name?: string; o: Optie; checked: boolean; onChange: (aan: boolean) => void }) {
  const { id, type, name, o, checked, onChange } = props;
  const cid = `${id}-${o.value}`;
  return (
    <div class={`utrecht-form-field utrecht-form-field--${type} mc-optie`}>
      <input
        class={type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
        type={type}
        id={cid}
        name={name}
        value={o.value}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-describedby={o.uitleg ? `${cid}-uitleg` : undefined}
      />
      <label class={`utrecht-form-label utrecht-form-label--${type}`} for={cid}>
        {o.label}
      </label>
      {o.uitleg && (
        <p class="utrecht-form-field-description mc-optie-uitleg" id={`${cid}-uitleg`}>
          {o.uitleg}
        </p>
      )}
    </div>
  );
}

export function RadioGroep(props: {
  id: string;
  legend: ComponentChildren;
  hulp?: string | undefined;
  opties: Optie[];
  value: string | null;
  onChange: (v: string) => void;
  fout?: string | undefined;
}) {
  const { id, opties, value, onChange } = props;
  return (
    <Groep {...props}>
      {opties.map((o) => (
        <Keuze key={o.value} id={id} type="radio" name={id} o={o} checked={value === o.value} onChange={() => onChange(o.value)} />
      ))}
    </Groep>
  );
}

export function Vinkjes(props: {
  id: string;
  legend: ComponentChildren;
  hulp?: string | undefined;
  opties: Optie[];
  value: string[];
  onChange: (v: string[]) => void;
  fout?: string | undefined;
}) {
  const { id, opties, value, onChange } = props;
  const zet = (v: string, aan: boolean) => onChange(aan ? [...value.filter((x) => x !== v), v] : value.filter((x) => x !== v));
  return (
    <Groep {...props}>
      {opties.map((o) => (
        <Keuze key={o.value} id={id} type="checkbox" o={o} checked={value.includes(o.value)} onChange={(aan) => zet(o.value, aan)} />
      ))}
    </Groep>
  );
}

export function Tekstveld(props: {
  id: string;
  label: string;
  hulp?: string | undefined;
  value: string;
  onInput: (v: string) => void;
  fout?: string | undefined;
  regel?: boolean;
  type?: string;
}) {
  const { id, label, hulp, value, onInput, fout, regel, type } = props;
  // Free text only: a date field cannot hold a name. Checked locally; nothing leaves the device.
  const soorten = type === 'date' || !privacyTekst ? [] : zoekPersoonsgegevens(value);
  const common = {
    id,
    value,
    'aria-describedby': describedBy(id, hulp, fout),
    'aria-invalid': fout ? ('true' as const) : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`utrecht-form-field mc-veld${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {hulp && (
        <p class="utrecht-form-field-description" id={descId(id)}>
          {hulp}
        </p>
      )}
      <Fout id={id} fout={fout} />
      {regel ? (
        <input class="utrecht-textbox utrecht-textbox--html-input" type={type ?? 'text'} autocomplete="off" {...common} />
      ) : (
        <textarea class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} {...common} />
      )}
      <p class="mc-privacy-let-op" id={`${id}-privacy`} aria-live="polite">
        {soorten.length > 0 && privacyTekst ? privacyTekst(soorten) : ''}
      </p>
    </div>
  );
}

export function Keuzelijst(props: {
  id: string;
  label: string;
  hulp?: string | undefined;
  leeg: string;
  opties: Optie[];
  value: string;
  onChange: (v: string) => void;
  fout?: string | undefined;
}) {
  const { id, label, hulp, leeg, opties, value, onChange, fout } = props;
  return (
    <div class={`utrecht-form-field mc-veld${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {hulp && (
        <p class="utrecht-form-field-description" id={descId(id)}>
          {hulp}
        </p>
      )}
      <Fout id={id} fout={fout} />
      <select
        class="utrecht-select utrecht-select--html-select"
        id={id}
        value={value}
        aria-describedby={describedBy(id, hulp, fout)}
        aria-invalid={fout ? 'true' : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{leeg}</option>
        {opties.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Melding({ soort, titel, children, rol }: { soort: 'info' | 'warning' | 'error' | 'ok'; titel?: string | undefined; children?: ComponentChildren; rol?: 'alert' | 'status' }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${soort} mc-melding`} role={rol}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          {titel && <p class="utrecht-paragraph mc-melding-titel">{titel}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
