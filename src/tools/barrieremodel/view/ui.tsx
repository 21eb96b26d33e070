/** Small shared view pieces: text fields that commit on change, messages, help texts. */
import type { ComponentChildren } from 'preact';

export type Dispatch = (actie: import('../domain/index.ts').Actie) => void;

export interface UitlegTekst {
  titel: string;
  alineas: string[];
}

export function TekstVeld(props: {
  id: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  beschrijving?: string;
  verplicht?: boolean;
  onLeeg?: () => void;
  maxLength?: number;
}) {
  const { id, label, value, onCommit, multiline, beschrijving, verplicht, onLeeg, maxLength } = props;
  const onChange = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    if (verplicht && !el.value.trim()) {
      el.value = value;
      onLeeg?.();
      return;
    }
    if (el.value !== value) onCommit(el.value);
  };
  const descId = beschrijving ? `${id}-uitleg` : undefined;
  return (
    <div class="utrecht-form-field bm-veld">
      <label class="utrecht-form-label" for={id}>{label}</label>
      {beschrijving && <p class="utrecht-form-field-description" id={descId}>{beschrijving}</p>}
      {multiline ? (
        <textarea id={id} class="utrecht-textarea" rows={2} value={value} onChange={onChange} aria-describedby={descId} maxLength={maxLength} required={verplicht} />
      ) : (
        <input id={id} class="utrecht-textbox" type="text" value={value} onChange={onChange} aria-describedby={descId} maxLength={maxLength} required={verplicht} />
      )}
    </div>
  );
}

export function Keuze<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  opties: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div class="utrecht-form-field bm-veld">
      <label class="utrecht-form-label" for={props.id}>{props.label}</label>
      <select id={props.id} class="utrecht-select" value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        {props.opties.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

export function Uitleg({ tekst }: { tekst: UitlegTekst | undefined }) {
  if (!tekst) return null;
  return (
    <>
      {tekst.alineas.map((a, i) => (
        <p class="utrecht-paragraph" key={i}>{a}</p>
      ))}
    </>
  );
}

export function Knop(props: {
  onClick: () => void;
  children: ComponentChildren;
  soort?: 'primary-action' | 'secondary-action' | 'subtle';
  label?: string;
  disabled?: boolean;
  pressed?: boolean;
  klein?: boolean;
  class?: string;
  id?: string;
  describedBy?: string;
}) {
  return (
    <button
      type="button"
      id={props.id}
      class={`utrecht-button utrecht-button--${props.soort ?? 'secondary-action'}${props.klein ? ' bm-knop-klein' : ''}${props.class ? ` ${props.class}` : ''}`}
      onClick={props.onClick}
      aria-label={props.label}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      aria-describedby={props.describedBy}
    >
      {props.children}
    </button>
  );
}

/** Heading that receives focus when its screen opens. */
export function SchermKop({ children, id }: { children: ComponentChildren; id?: string }) {
  return (
    <h2 class="utrecht-heading-2 bm-schermkop" tabIndex={-1} id={id}>
      {children}
    </h2>
  );
}
