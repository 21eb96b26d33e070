/** The list of steps: every screen can be opened; steps that do not apply say so. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier, Scherm, SectorRegels } from '../domain/model.ts';
import { schermen } from '../domain/regels.ts';
import { stapTekst, tekst } from '../domain/teksten.ts';

export function StapNavigatie(props: { t: MeldcodeTeksten; d: Dossier; sector: SectorRegels | null; scherm: Scherm; onGa: (s: Scherm) => void }) {
  const { t, scherm, onGa } = props;
  return (
    <nav class="mc-stappen" aria-label={tekst(t, 'ui-stappen-nav')}>
      <ol>
        {schermen(props.d, props.sector).map(({ scherm: s, vanToepassing }) => (
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
