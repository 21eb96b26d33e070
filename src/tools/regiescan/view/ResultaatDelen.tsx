/** Parts of the result of one scan: the comparison with an earlier scan, the regiestijl, the notes. */
import { parseDate, formatDate } from '../../../instrument/dates.ts';
import { UserText } from '../../../instrument/forms/index.ts';
import { alleStellingen, type Catalogus, type Scan } from '../domain/model.ts';
import { regiestijl } from '../domain/scoring.ts';
import { antwoordLabel, type Vergelijking } from '../domain/vergelijking.ts';
import type { Teksten } from './types.ts';

export const datumTekst = (iso: string) => {
  const d = iso ? parseDate(iso) : null;
  return d ? formatDate(d) : 'zonder datum';
};

export function VergelijkingSectie({ v, teksten }: { v: Vergelijking; teksten: Teksten }) {
  return (
      <section class="regiescan__sectie" aria-labelledby="kop-vergelijking">
        <h3 class="utrecht-heading-3" id="kop-vergelijking">
          Vergelijking met uw scan van {datumTekst(v.eerderDatum)}
        </h3>
        {v.nietGekoppeld.length > 0 && (
          <p class="utrecht-paragraph">
            De eerdere scan bevat {v.nietGekoppeld.length} antwoord(en) op stellingen die deze versie van de scan niet meer heeft ({v.nietGekoppeld.join(', ')}). Die
            tellen niet mee.
          </p>
        )}
        {v.gewijzigd.length ? (
          <details class="regiescan__details">
            <summary>{v.gewijzigd.length} stellingen hebben een ander antwoord dan de vorige keer</summary>
            <ul class="utrecht-unordered-list">
              {v.gewijzigd.map((s) => (
                <li key={s.stellingId}>
                  {s.tekst} <em>Eerder: {antwoordLabel(s.eerder, teksten.schaal, teksten.weetNiet)}; nu: {antwoordLabel(s.nu, teksten.schaal, teksten.weetNiet)}.</em>
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <p class="utrecht-paragraph">Alle antwoorden zijn gelijk aan de vorige keer.</p>
        )}
      </section>
  );
}

export function Regiestijl({ catalogus, teksten, scan }: { catalogus: Catalogus; teksten: Teksten; scan: Scan }) {
  const stijl = regiestijl(catalogus, scan);
  const stijlTekst = teksten.regiestijl.stijlen.find((s) => s.id === stijl.stijl);
  return (
      <section class="regiescan__sectie" aria-labelledby="kop-stijl">
        <h3 class="utrecht-heading-3" id="kop-stijl">
          Uw regiestijl{stijlTekst ? `: ${stijlTekst.titel.toLowerCase()}` : ''}
        </h3>
        <p class="utrecht-paragraph">{teksten.regiestijl.inleiding}</p>
        {stijlTekst ? (
          <>
            <p class="utrecht-paragraph">
              Sturen: {stijl.sturend} van 100. Verbinden: {stijl.verbindend} van 100.
            </p>
            <p class="utrecht-paragraph">{stijlTekst.tekst}</p>
            <p class="utrecht-paragraph">Vragen om samen te bespreken:</p>
            <ul class="utrecht-unordered-list">
              {stijlTekst.vragen.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="utrecht-paragraph">Er zijn nog te weinig antwoorden om iets over uw regiestijl te zeggen.</p>
        )}
      </section>
  );
}

export function Notities({ catalogus, scan }: { catalogus: Catalogus; scan: Scan }) {
  const notities = alleStellingen(catalogus).filter((s) => scan.notities[s.id]);
  if (!notities.length) return null;
  return (
        <section class="regiescan__sectie" aria-labelledby="kop-notities">
          <h3 class="utrecht-heading-3" id="kop-notities">
            Notities bij stellingen
          </h3>
          <dl class="regiescan__notities">
            {notities.map((s) => (
              <div key={s.id}>
                <dt>{s.tekst}</dt>
                <dd><UserText text={scan.notities[s.id]!} /></dd>
              </div>
            ))}
          </dl>
        </section>
  );
}
