/** Text field, growing textarea and select on the NLDS classes. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { cleanText } from '../text.ts';
import { describedBy, Field, type FieldProps } from './field.tsx';

interface TextProps extends FieldProps {
  value: string;
  /** Called on every keystroke with the cleaned text (bidi control characters removed). */
  onInput: (value: string) => void;
  maxLength?: number;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
}

/**
 * One-line text field. Enter never submits a form or a step here (it is swallowed), so a user who
 * presses Enter out of habit does not lose their place.
 */
export function TextField(props: TextProps & { type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'search'; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'text' }) {
  const { id, value, onInput, error, description } = props;
  return (
    <Field {...props}>
      <input
        id={id}
        class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        type={props.type ?? 'text'}
        value={value}
        maxLength={props.maxLength}
        required={props.required}
        disabled={props.disabled}
        placeholder={props.placeholder}
        autocomplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) e.preventDefault();
        }}
        onInput={(e) => onInput(cleanText(e.currentTarget.value))}
      />
    </Field>
  );
}

/** Sets the height to the content where CSS `field-sizing: content` is not supported. */
function useGrow(ref: { current: HTMLTextAreaElement | null }, value: string) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || (typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content'))) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
}

/** Multi-line text that grows with its content. */
export function TextArea(props: TextProps & { rows?: number }) {
  const { id, value, onInput, error, description } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  useGrow(ref, value);
  return (
    <Field {...props}>
      <textarea
        ref={ref}
        id={id}
        class={`utrecht-textarea utrecht-textarea--html-textarea instrument-grow${error ? ' utrecht-textarea--invalid' : ''}`}
        rows={props.rows ?? 3}
        value={value}
        maxLength={props.maxLength}
        required={props.required}
        disabled={props.disabled}
        placeholder={props.placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
        onInput={(e) => onInput(cleanText(e.currentTarget.value))}
      />
    </Field>
  );
}

export interface Option<V extends string = string> {
  value: V;
  label: string;
  description?: string | undefined;
}

/** A select; `placeholder` adds a first empty option ("Kies …") with value "". */
export function SelectField<V extends string>(props: FieldProps & {
  value: V | '';
  options: readonly Option<V>[];
  onChange: (value: V | '') => void;
  placeholder?: string;
  disabled?: boolean;
}) {
  const { id, value, options, onChange, error, description, placeholder } = props;
  return (
    <Field {...props}>
      <select
        id={id}
        class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        value={value}
        disabled={props.disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
        onChange={(e) => onChange(e.currentTarget.value as V | '')}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
