/** A shared rule (regels.yaml) or a sector note, with its sources: the same text the gidsen show. */
import type { Bron } from '../content-schema.ts';
import type { Notitie } from '../domain/teksten.ts';

export function BronLijst({ bronnen }: { bronnen: Bron[] }) {
  return (
    <p class="utrecht-paragraph mc-bron">
      Bron:{' '}
      {bronnen.map((b, i) => (
        <>
          {i > 0 && '; '}
          {'adres' in b ? (
            <a class="utrecht-link" href={b.adres} rel="noopener noreferrer">
              {b.titel}
            </a>
          ) : (
            <a class="utrecht-link" href={`/bronnen/${b.bron}/`}>
              {b.bron === 'basismodel-meldcode' ? 'Basismodel meldcode' : 'Geweld hoort nergens thuis'}
            </a>
          )}
          {`, ${b.plaats}`}
        </>
      ))}
    </p>
  );
}

export function RegelBlok({ n, id, kop = true }: { n: Notitie; id?: string; kop?: boolean }) {
  return (
    <div class="mc-regel" data-regel={id}>
      {kop && n.titel && <p class="utrecht-paragraph mc-melding-titel">{n.titel}</p>}
      {n.teksten.map((p) => (
        <p class="utrecht-paragraph">{p}</p>
      ))}
      {n.punten.length > 0 && (
        <ul class="utrecht-unordered-list">
          {n.punten.map((p) => (
            <li class="utrecht-unordered-list__item">
              {p.titel && <strong>{p.titel}: </strong>}
              {p.tekst}
              {p.uitleg && ` ${p.uitleg}`}
            </li>
          ))}
        </ul>
      )}
      <BronLijst bronnen={n.bronnen} />
    </div>
  );
}
