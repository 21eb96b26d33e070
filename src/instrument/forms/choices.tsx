/** Radio group, checkbox group and a single checkbox, in a fieldset with legend, description and error. */
import type { ComponentChildren } from 'preact';
import { describedBy, FieldDescription, FieldError } from './field.tsx';
import type { Option } from './text.tsx';
import './styles.ts';

interface GroupProps {
  id: string;
  legend: ComponentChildren;
  description?: ComponentChildren | undefined;
  error?: string | undefined;
}

function Group(props: GroupProps & { children: ComponentChildren }) {
  const { id, legend, description, error, children } = props;
  return (
    <fieldset
      id={id}
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset instrument-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, description, error)}
      tabIndex={-1}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <FieldDescription id={id}>{description}</FieldDescription>
      <FieldError id={id} error={error} />
      {children}
    </fieldset>
  );
}

function Choice(props: { id: string; type: 'radio' | 'checkbox'; name?: string; option: Option; checked: boolean; invalid?: boolean; onChange: (on: boolean) => void }) {
  const { id, type, name, option, checked, onChange } = props;
  const kind = type === 'radio' ? 'radio-button' : 'checkbox';
  return (
    <div class={`utrecht-form-field utrecht-form-field--${type} instrument-option instrument-field`}>
      <div class={`utrecht-form-field__input`}>
        <input
          class={`utrecht-${kind} utrecht-${kind}--html-input${props.invalid ? ` utrecht-${kind}--invalid` : ''}`}
          type={type}
          id={id}
          name={name}
          value={option.value}
          checked={checked}
          aria-describedby={option.description ? `${id}-uitleg` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      </div>
      <div class={`utrecht-form-field__label utrecht-form-field__label--${type}`}>
        <label class={`utrecht-form-label utrecht-form-label--${type}`} for={id}>
          {option.label}
        </label>
      </div>
      {option.description && (
        <div class="utrecht-form-field-description" id={`${id}-uitleg`}>
          {option.description}
        </div>
      )}
    </div>
  );
}

/** Option ids are `${id}-${value}`; the fieldset itself has `id` (an error summary can link to it). */
export function RadioGroup<V extends string>(props: GroupProps & { options: readonly Option<V>[]; value: V | null | ''; onChange: (value: V) => void }) {
  const { id, options, value, onChange, error } = props;
  return (
    <Group {...props}>
      {options.map((o) => (
        <Choice key={o.value} id={`${id}-${o.value}`} type="radio" name={id} option={o} checked={value === o.value} invalid={!!error} onChange={() => onChange(o.value)} />
      ))}
    </Group>
  );
}

export function CheckboxGroup<V extends string>(props: GroupProps & { options: readonly Option<V>[]; value: readonly V[]; onChange: (value: V[]) => void }) {
  const { id, options, value, onChange, error } = props;
  const set = (v: V, on: boolean) => onChange(on ? [...value.filter((x) => x !== v), v] : value.filter((x) => x !== v));
  return (
    <Group {...props}>
      {options.map((o) => (
        <Choice key={o.value} id={`${id}-${o.value}`} type="checkbox" option={o} checked={value.includes(o.value)} invalid={!!error} onChange={(on) => set(o.value, on)} />
      ))}
    </Group>
  );
}

/** One checkbox with its own label (e.g. "Bewaar op dit apparaat"). */
export function Checkbox(props: { id: string; label: string; description?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Choice
      id={props.id}
      type="checkbox"
      option={{ value: 'ja', label: props.label, description: props.description }}
      checked={props.checked}
      onChange={props.onChange}
    />
  );
}
