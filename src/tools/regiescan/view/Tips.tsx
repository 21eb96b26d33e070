/** Tips per dimension for its band, each of which can be put in the action plan. */
import type { DimensieScore } from '../domain/scoring.ts';
import type { Teksten } from './types.ts';

export function Tips(props: { dimensies: DimensieScore[]; teksten: Teksten; inPlan: (dimensieId: string, tekst: string) => boolean; onKies: (dimensieId: string, tekst: string) => void }) {
  const { teksten } = props;
  return (
    <section class="regiescan__sectie" aria-labelledby="kop-tips">
      <h3 class="utrecht-heading-3" id="kop-tips">
        Tips per onderdeel
      </h3>
      {props.dimensies.map((d) => {
        const tips = d.band ? teksten.dimensies[d.dimensieId]?.tips[d.band.id] ?? [] : [];
        return (
          <div class="regiescan__tips" key={d.dimensieId}>
            <h4 class="utrecht-heading-4">
              {d.titel}: {d.score === null ? 'geen score' : `${d.score} (${d.band?.label})`}
            </h4>
            {d.band ? (
              <>
                <p class="utrecht-paragraph">{teksten.banden.find((b) => b.id === d.band!.id)?.uitleg}</p>
                <ul class="utrecht-unordered-list">
                  {tips.map((t) => (
                    <li key={t.tekst}>
                      {t.tekst}
                      {t.links.length > 0 && (
                        <>
                          {' '}
                          Lees verder:{' '}
                          {t.links.map((l, i) => (
                            <span key={l.href}>
                              {i > 0 && ', '}
                              <a class="utrecht-link" href={l.href}>
                                {l.titel}
                              </a>
                            </span>
                          ))}
                          .
                        </>
                      )}{' '}
                      {props.inPlan(d.dimensieId, t.tekst) ? (
                        <em class="no-print">(staat in het actieplan)</em>
                      ) : (
                        <button type="button" class="utrecht-button utrecht-button--subtle no-print regiescan__tip-knop" onClick={() => props.onKies(d.dimensieId, t.tekst)}>
                          Zet in actieplan<span class="regiescan__verborgen">: {t.tekst}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="utrecht-paragraph">Beantwoord minstens één stelling van dit onderdeel met een score om tips te zien.</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
