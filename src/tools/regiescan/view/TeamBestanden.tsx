/** The loaded scans: a label per respondent (role and code, never a name), other versions and incomplete scans. */
import { LIMIET_UITLEG, type Geladen } from '../domain/respondenten.ts';
import type { TeamUitslag } from '../domain/team.ts';

export function TeamBestanden({ team, u, onVerwijder }: { team: Geladen[]; u: TeamUitslag; onVerwijder: (index: number, naam: string) => void }) {
  const naam = (i: number) => team[i]!.naam;
  return (
    <section class="regiescan__sectie no-print" aria-labelledby="kop-bestanden">
      <h3 class="utrecht-heading-3" id="kop-bestanden">
        Geladen scans
      </h3>
      <details class="regiescan__details">
        <summary>Toon de {team.length} scans</summary>
        <ul class="utrecht-unordered-list regiescan__bestanden">
          {team.map((g, i) => (
            <li key={`${g.naam}-${g.respondent.opgeslagen}`}>
              {g.naam}{' '}
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => onVerwijder(i, g.naam)}>
                Verwijder {g.naam}
              </button>
            </li>
          ))}
        </ul>
        <p class="utrecht-paragraph">{LIMIET_UITLEG}</p>
      </details>
      {u.andereVersie.length > 0 && (
        <div class="utrecht-alert utrecht-alert--info regiescan__alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph">Deze scans zijn ingevuld met een andere versie van de stellingen. De antwoorden zijn per stelling gekoppeld:</p>
            <ul class="utrecht-unordered-list" id="andere-versie">
              {u.andereVersie.map((k) => (
                <li key={k.index}>
                  {naam(k.index)} (versie {k.stellingenVersie}): {k.gekoppeld} gekoppeld
                  {k.nietGekoppeld.length > 0 && `; niet te koppelen: ${k.nietGekoppeld.join(', ')}`}
                  {k.ontbrekend > 0 && `; ${k.ontbrekend} ${k.ontbrekend === 1 ? 'stelling' : 'stellingen'} zonder antwoord`}.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {u.onvolledig.length > 0 && (
        <div class="utrecht-alert utrecht-alert--info regiescan__alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph">Deze scans zijn niet helemaal ingevuld. Open stellingen tellen niet mee:</p>
            <ul class="utrecht-unordered-list" id="onvolledig">
              {u.onvolledig.map((k) => (
                <li key={k.index}>
                  {naam(k.index)}: {k.ontbrekend} {k.ontbrekend === 1 ? 'stelling' : 'stellingen'} open.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
