/** The list of steps: every screen can be opened; steps that do not apply say so. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Scherm } from '../domain/model.ts';
import { stapTekst, tekst } from '../domain/teksten.ts';

/** Before the later screens are loaded (nothing answered yet) every step is listed as it is. */
const STANDAARD = (['start', 1, 2, 3, 4, 5, 'overzicht'] as const).map((scherm) => ({ scherm, vanToepassing: true }));

export function StapNavigatie(props: { t: MeldcodeTeksten; lijst: { scherm: Scherm; vanToepassing: boolean }[] | null; scherm: Scherm; onGa: (s: Scherm) => void }) {
  const { t, scherm, onGa } = props;
  return (
    <nav class="mc-stappen" aria-label={tekst(t, 'ui-stappen-nav')}>
      <ol>
        {(props.lijst ?? STANDAARD).map(({ scherm: s, vanToepassing }) => (
          <li key={String(s)} class={s === scherm ? 'mc-stappen__huidig' : ''}>
            <button type="button" class="mc-stappen__knop" data-scherm={String(s)} aria-current={s === scherm ? 'step' : undefined} onClick={() => onGa(s)}>
              {typeof s === 'number' ? `${s}. ` : ''}
              {stapTekst(t, s).titel}
              {!vanToepassing && <span class="mc-stappen__nvt"> ({tekst(t, 'ui-niet-van-toepassing')})</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
