/** Alerts, the error summary and buttons on the NLDS classes. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './styles.ts';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message box. Errors are announced at once (role="alert"); other types politely (role="status").
 * Put changing alerts inside a container that exists before they appear (see LiveRegion).
 */
export function Alert(props: { type: AlertType; title?: string | undefined; children?: ComponentChildren; role?: 'alert' | 'status' | 'none'; id?: string }) {
  const role = props.role ?? (props.type === 'error' ? 'alert' : 'status');
  return (
    <div id={props.id} class={`utrecht-alert utrecht-alert--${props.type} instrument-alert`} role={role === 'none' ? undefined : role}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          {props.title && <p class="utrecht-paragraph instrument-alert__title">{props.title}</p>}
          {typeof props.children === 'string' ? <p class="utrecht-paragraph">{props.children}</p> : props.children}
        </div>
      </div>
    </div>
  );
}

/** A container for messages that appear later: screen readers announce what is added. */
export function LiveRegion({ children }: { children?: ComponentChildren }) {
  return (
    <div aria-live="polite" class="instrument-live">
      {children}
    </div>
  );
}

export interface FieldError {
  /** id of the field (or fieldset) the error belongs to. */
  fieldId: string;
  message: string;
}

/**
 * "Er zijn N dingen die nog niet kloppen" with one link per error; a link moves focus to its field.
 * The summary takes focus when it appears (and when the list of errors changes).
 */
export function ErrorSummary(props: { errors: readonly FieldError[]; title?: string; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = props.errors.map((e) => `${e.fieldId}:${e.message}`).join('|');
  useEffect(() => {
    if (props.errors.length) ref.current?.focus();
  }, [key]);
  if (!props.errors.length) return null;
  const n = props.errors.length;
  const title = props.title ?? (n === 1 ? 'Er is 1 ding dat nog niet klopt' : `Er zijn ${n} dingen die nog niet kloppen`);
  return (
    <div ref={ref} id={props.id} tabIndex={-1} class="utrecht-alert utrecht-alert--error instrument-error-summary" role="alert" aria-labelledby={`${props.id ?? 'foutsamenvatting'}-titel`}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="utrecht-heading-2" id={`${props.id ?? 'foutsamenvatting'}-titel`}>
            {title}
          </h2>
          <ul class="utrecht-unordered-list">
            {props.errors.map((e) => (
              <li class="utrecht-unordered-list__item" key={e.fieldId + e.message}>
                <a
                  class="utrecht-link"
                  href={`#${e.fieldId}`}
                  onClick={(ev) => {
                    const el = document.getElementById(e.fieldId);
                    if (!el) return;
                    ev.preventDefault();
                    const target = el.matches('fieldset') ? (el.querySelector<HTMLElement>('input, select, textarea') ?? el) : el;
                    target.focus();
                    el.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export type ButtonVariant = 'primary' | 'secondary' | 'subtle';

export function Button(props: {
  children: ComponentChildren;
  onClick?: () => void;
  variant?: ButtonVariant;
  type?: 'button' | 'submit';
  disabled?: boolean;
  busy?: boolean;
  id?: string;
  /** Accessible name when the visible text is not enough. */
  label?: string;
  pressed?: boolean;
  describedBy?: string;
  class?: string;
}) {
  const variant = props.variant ?? 'secondary';
  return (
    <button
      type={props.type ?? 'button'}
      id={props.id}
      class={`utrecht-button utrecht-button--${variant === 'subtle' ? 'subtle' : `${variant}-action`}${props.busy ? ' utrecht-button--busy' : ''}${props.class ? ` ${props.class}` : ''}`}
      disabled={props.disabled}
      aria-busy={props.busy ? 'true' : undefined}
      aria-label={props.label}
      aria-pressed={props.pressed}
      aria-describedby={props.describedBy}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export function ButtonGroup({ children, label }: { children: ComponentChildren; label?: string }) {
  return (
    <div class="utrecht-button-group instrument-button-group" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}

/** Text from a user, shown as text (never as markup) and wrapping even without spaces. */
export function UserText({ text, as = 'span' }: { text: string; as?: 'span' | 'p' | 'div' }) {
  const Tag = as;
  return <Tag class={`instrument-user-text${as === 'p' ? ' utrecht-paragraph' : ''}`}>{text}</Tag>;
}
