/** Small shared view pieces: alerts, a file picker, focus on screen change, number formatting. */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export type Soort = 'error' | 'warning' | 'info' | 'ok';
export interface Melding {
  soort: Soort;
  tekst: string;
}

export function Alert({ melding, children }: { melding: Melding; children?: ComponentChildren }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${melding.soort} regiescan__alert`} role={melding.soort === 'error' ? 'alert' : 'status'}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="utrecht-paragraph">{melding.tekst}</p>
          {children}
        </div>
      </div>
    </div>
  );
}

export function Meldingen({ meldingen }: { meldingen: Melding[] }) {
  // The live region exists before messages arrive, so screen readers announce them.
  return (
    <div aria-live="polite" class="regiescan__meldingen">
      {meldingen.map((m, i) => (
        <Alert key={`${i}-${m.tekst}`} melding={m} />
      ))}
    </div>
  );
}

/** Moves focus to the heading (tabindex="-1") and sets the document title whenever `key` changes. */
export function useSchermFocus(key: string, titel: string, eerste = false) {
  const ref = useRef<HTMLHeadingElement>(null);
  const gestart = useRef(eerste);
  useEffect(() => {
    const basis = document.title.includes(' | ') ? document.title.slice(document.title.indexOf(' | ')) : '';
    document.title = `${titel}${basis}`;
    if (gestart.current) ref.current?.focus();
    gestart.current = true;
  }, [key]);
  return ref;
}

export function BestandKiezer(props: { id: string; label: string; uitleg?: string; meerdere?: boolean; onKies: (files: File[]) => void }) {
  return (
    <div class="utrecht-form-field regiescan__bestand no-print">
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      {props.uitleg && (
        <p class="utrecht-form-field-description" id={`${props.id}-uitleg`}>
          {props.uitleg}
        </p>
      )}
      <input
        id={props.id}
        type="file"
        accept=".json,application/json"
        multiple={props.meerdere}
        aria-describedby={props.uitleg ? `${props.id}-uitleg` : undefined}
        onChange={(e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length) props.onKies(files);
        }}
      />
    </div>
  );
}

export const getal = (n: number | null, decimalen = 0): string =>
  n === null ? '–' : n.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });

export const verschilTekst = (n: number | null): string => (n === null ? '–' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Opens every <details> before printing, so the printed report contains all of it. */
export function useDetailsOpenBijAfdrukken() {
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('.regiescan details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
}
