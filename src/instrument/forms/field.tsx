/** The frame of one form control: label, description, error message, all wired with ids. */
import type { ComponentChildren } from 'preact';
import './styles.ts';

export const descriptionId = (id: string) => `${id}-uitleg`;
export const errorId = (id: string) => `${id}-fout`;

/** aria-describedby for a control with an optional description and error. */
export function describedBy(id: string, description?: ComponentChildren, error?: string): string | undefined {
  return [description ? descriptionId(id) : '', error ? errorId(id) : ''].filter(Boolean).join(' ') || undefined;
}

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  description?: ComponentChildren | undefined;
  error?: string | undefined;
}

export function FieldDescription({ id, children }: { id: string; children?: ComponentChildren }) {
  return children ? (
    <div class="utrecht-form-field-description" id={descriptionId(id)}>
      {children}
    </div>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p class="utrecht-form-field-error-message" id={errorId(id)}>
      {error}
    </p>
  ) : null;
}

/** label + description + error + the control (children). */
export function Field(props: FieldProps & { children: ComponentChildren; class?: string }) {
  const { id, label, description, error, children } = props;
  return (
    <div class={`utrecht-form-field instrument-field${error ? ' utrecht-form-field--invalid' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id}>{description}</FieldDescription>
      <FieldError id={id} error={error} />
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}
