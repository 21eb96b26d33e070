/** The explanation above a step: short text, sector notes and the link to the guidance page. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Scherm } from '../domain/model.ts';
import { schermId, sectorTekst, stapTekst, tekst } from '../domain/teksten.ts';

export function StapInfo({ t, scherm, sectorId }: { t: MeldcodeTeksten; scherm: Scherm; sectorId: string | null }) {
  const stap = stapTekst(t, scherm);
  const sector = sectorTekst(t, sectorId);
  const notities = sector?.notities[schermId(scherm)] ?? [];
  return (
    <div class="mc-stapinfo">
      <p class="utrecht-paragraph mc-kort">{stap.kort}</p>
      <details class="mc-details">
        <summary>{tekst(t, 'ui-meer-uitleg')}</summary>
        {stap.uitleg.map((p) => (
          <p class="utrecht-paragraph">{p}</p>
        ))}
      </details>
      {notities.length > 0 && sector && (
        <div class="mc-sector-notitie">
          <p class="utrecht-paragraph mc-melding-titel">
            {tekst(t, 'ui-sector-notitie')}: {sector.naam}
          </p>
          {notities.map((n) => (
            <p class="utrecht-paragraph">{n}</p>
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
