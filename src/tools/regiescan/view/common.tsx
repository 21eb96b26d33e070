/** Small view pieces both pages use: messages in a live region, number formatting, details open on paper. */
import { Alert, LiveRegion, type AlertType } from '../../../instrument/forms/index.ts';
import { usePrintHooks } from '../../../instrument/hooks/useShell.ts';

export interface Melding {
  soort: AlertType;
  tekst: string;
  /** The file the message is about (after the message: a file name can be anything). */
  bestand?: string;
}

/** The live region exists before messages arrive, so screen readers announce them. */
export function Meldingen({ meldingen }: { meldingen: Melding[] }) {
  return (
    <LiveRegion>
      {meldingen.map((m, i) => (
        <Alert key={`${i}-${m.tekst}-${m.bestand ?? ''}`} type={m.soort}>
          <p class="utrecht-paragraph instrument-user-text">{m.tekst}</p>
          {m.bestand && <p class="utrecht-paragraph instrument-user-text">Bestand: {m.bestand}</p>}
        </Alert>
      ))}
    </LiveRegion>
  );
}

export const getal = (n: number | null, decimalen = 0): string =>
  n === null ? '–' : n.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });

export const verschilTekst = (n: number | null): string => (n === null ? '–' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Opens every <details> before printing, so the printed report contains all of it. */
export function useDetailsOpenBijAfdrukken() {
  usePrintHooks(() => document.querySelectorAll<HTMLDetailsElement>('.regiescan details').forEach((d) => (d.open = true)));
}
