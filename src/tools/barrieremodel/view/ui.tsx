/** Small shared view pieces: text fields that commit on change, messages, help texts. */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { afkapMelding, knip } from '../domain/index.ts';

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
  /** Longest text kept. Not a maxLength attribute: the browser would cut a paste without a word. */
  maxLength?: number;
  /** Suggestions (a datalist id). */
  lijst?: string;
}) {
  const { id, label, value, onCommit, multiline, beschrijving, verplicht, onLeeg, maxLength, lijst } = props;
  const [afgekapt, setAfgekapt] = useState<string | null>(null);
  // Not a controlled value: any render (e.g. the save status after an earlier change) would then put the stored
  // text back over what the user is typing, before it is committed on leaving the field. The field follows
  // `value` only when that changes (undo, another tab, an edit elsewhere).
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const getoond = useRef(value);
  useLayoutEffect(() => {
    if (getoond.current !== value && ref.current) ref.current.value = value;
    getoond.current = value;
  }, [value]);
  const onChange = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    if (verplicht && !el.value.trim()) {
      el.value = value;
      onLeeg?.();
      return;
    }
    const g = knip(el.value, maxLength ?? Number.MAX_SAFE_INTEGER);
    setAfgekapt(maxLength ? afkapMelding(label, g, maxLength) : null);
    if (g.tekst !== el.value) el.value = g.tekst;
    if (g.tekst !== value) onCommit(g.tekst);
  };
  const descId = [beschrijving ? `${id}-uitleg` : '', afgekapt ? `${id}-afgekapt` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="utrecht-form-field bm-veld">
      <label class="utrecht-form-label" for={id}>{label}</label>
      {beschrijving && <p class="utrecht-form-field-description" id={`${id}-uitleg`}>{beschrijving}</p>}
      {multiline ? (
        <textarea id={id} ref={ref} class="utrecht-textarea bm-groeit" rows={2} defaultValue={value} onChange={onChange} aria-describedby={descId} required={verplicht} />
      ) : (
        <input id={id} ref={ref} class="utrecht-textbox" type="text" defaultValue={value} onChange={onChange} aria-describedby={descId} required={verplicht} list={lijst} />
      )}
      {afgekapt && <p class="utrecht-form-field-description bm-afgekapt" id={`${id}-afgekapt`} role="alert">{afgekapt}</p>}
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
  /** A submit button of its form (Enter in the form's field adds, as people expect). */
  submit?: boolean;
  /** Marks the button (data-bewerk) so focus can return to it. */
  data?: string;
  /**
   * The light look-alike of a small button (class bm-itemknop, see barrieremodel.css), for lists with hundreds
   * of buttons: the Utrecht classes give every button some fifty custom properties to compute.
   */
  licht?: boolean;
}) {
  const soort = props.soort ?? 'secondary-action';
  const klasse = props.licht
    ? `bm-itemknop${soort === 'subtle' ? '' : ' bm-itemknop--rand'}`
    : `utrecht-button utrecht-button--${soort}${props.klein ? ' bm-knop-klein' : ''}`;
  return (
    <button
      type={props.submit ? 'submit' : 'button'}
      id={props.id}
      class={`${klasse}${props.class ? ` ${props.class}` : ''}`}
      onClick={props.submit ? undefined : props.onClick}
      aria-label={props.label}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      aria-describedby={props.describedBy}
      data-bewerk={props.data}
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
