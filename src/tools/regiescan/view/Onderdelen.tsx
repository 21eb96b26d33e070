/** Jump to any dimension (or the result): one button per screen, with how far each is filled in. */
import type { Catalogus, Scan } from '../domain/model.ts';
import { voortgang } from '../domain/scoring.ts';

export function Onderdelen(props: { catalogus: Catalogus; scan: Scan; scherm: number; onGa: (n: number) => void }) {
  const { catalogus, scan, scherm } = props;
  const aantal = catalogus.dimensies.length;
  return (
    <nav class="regiescan__onderdelen no-print" aria-label="Onderdelen van de scan">
      <details>
        <summary>Naar een ander onderdeel</summary>
        <ol class="regiescan__onderdelen-lijst">
          {catalogus.dimensies.map((d, i) => {
            const v = voortgang(d, scan);
            return (
              <li key={d.id}>
                <button type="button" class="utrecht-button utrecht-button--subtle" aria-current={scherm === i ? 'step' : undefined} onClick={() => props.onGa(i)}>
                  {i + 1}. {d.titel} ({v.ingevuld} van {v.totaal})
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" class="utrecht-button utrecht-button--subtle" aria-current={scherm === aantal ? 'step' : undefined} onClick={() => props.onGa(aantal)}>
              Uitslag
            </button>
          </li>
        </ol>
      </details>
    </nav>
  );
}
