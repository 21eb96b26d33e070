/** The explanation above a step: short text, shared rules, sector notes with their source, and the gids. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Scherm } from '../domain/model.ts';
import { regelNotitie, sectorNotities, sectorTekst, stapTekst, tekst } from '../domain/teksten.ts';
import { RegelBlok } from './RegelBlok.tsx';

export function StapInfo({ t, scherm, sectorId }: { t: MeldcodeTeksten; scherm: Scherm; sectorId: string | null }) {
  const stap = stapTekst(t, scherm);
  const sector = sectorTekst(t, sectorId);
  const notities = sectorNotities(t, sectorId, scherm);
  return (
    <div class="mc-stapinfo">
      <p class="utrecht-paragraph mc-kort">{stap.kort}</p>
      <details class="mc-details">
        <summary>{tekst(t, 'ui-meer-uitleg')}</summary>
        {stap.uitleg.map((p) => (
          <p class="utrecht-paragraph">{p}</p>
        ))}
        {stap.regels
          .filter((r) => r !== 'geen-meldplicht')
          .map((r) => (
            <RegelBlok n={regelNotitie(t, r)} id={r} />
          ))}
      </details>
      {stap.regels.includes('geen-meldplicht') && (
        <div class="mc-sector-notitie mc-geen-meldplicht">
          <RegelBlok n={regelNotitie(t, 'geen-meldplicht')} id="geen-meldplicht" />
        </div>
      )}
      {notities.length > 0 && sector && (
        <div class="mc-sector-notitie">
          <p class="utrecht-paragraph mc-melding-titel">
            {tekst(t, 'ui-sector-notitie')}: {sector.naam}
          </p>
          {notities.map((n) => (
            <RegelBlok n={n} kop={false} />
          ))}
        </div>
      )}
      {stap.gids && (
        <p class="utrecht-paragraph">
          {tekst(t, 'ui-meer-lezen')}{' '}
          <a class="utrecht-link" href={`/gidsen/${stap.gids}/`}>
            {t.codes[`gids-${stap.gids}`]?.tekst ?? stap.gids}
          </a>
        </p>
      )}
    </div>
  );
}
