/** One message at the top of the tool (errors are announced at once and take focus), and the polite status line. */
import { useEffect, useRef } from 'preact/hooks';
import { Knop } from './ui.tsx';

export interface Melding {
  soort: 'ok' | 'error' | 'warning' | 'info';
  tekst: string;
}

export function MeldingBlok({ melding, onSluit }: { melding: Melding | null; onSluit: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (melding?.soort === 'error') ref.current?.focus();
  }, [melding]);
  if (!melding) return null;
  return (
    <div ref={ref} id="bm-melding" tabIndex={-1} class={`utrecht-alert utrecht-alert--${melding.soort} bm-melding`} role={melding.soort === 'error' ? 'alert' : 'status'}>
      <p class="utrecht-paragraph instrument-user-text">{melding.tekst}</p>
      <Knop soort="subtle" klein onClick={onSluit}>Melding sluiten</Knop>
    </div>
  );
}

export const StatusRegel = ({ status }: { status: string }) => (
  <p class="bm-visueel-verborgen" role="status" aria-live="polite">{status}</p>
);
