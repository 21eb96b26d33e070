/** The answers per step (with change links on screen, without in print) and the outcome with its reasons. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier, Scherm } from '../domain/model.ts';
import type { Veld } from '../domain/regels.ts';
import { maakSamenvatting } from '../domain/samenvatting.ts';
import { tekst } from '../domain/teksten.ts';

export function Antwoorden({ t, d, onWijzig, kopNiveau = 3 }: { t: MeldcodeTeksten; d: Dossier; onWijzig?: (veld: Veld, scherm: Scherm) => void; kopNiveau?: 3 | 4 }) {
  const s = maakSamenvatting(d, t);
  const Kop = `h${kopNiveau}` as 'h3' | 'h4';
  return (
    <div class="mc-antwoorden">
      {s.secties
        .filter((x) => x.rijen.length > 0)
        .map((sectie) => (
          <section class="mc-sectie">
            <Kop class={`utrecht-heading-${kopNiveau}`}>{sectie.titel}</Kop>
            <dl class="mc-summary">
              {sectie.rijen.map((r) => (
                <div class={`mc-summary__rij${r.genegeerd ? ' mc-summary__rij--genegeerd' : ''}`}>
                  <dt class="mc-summary__label">{r.label}</dt>
                  <dd class="mc-summary__waarde">
                    {r.waarden.length === 1 ? (
                      <span class="mc-preserve">{r.waarden[0]}</span>
                    ) : (
                      <ul class="utrecht-unordered-list">
                        {r.waarden.map((w) => (
                          <li class="utrecht-unordered-list__item mc-preserve">{w}</li>
                        ))}
                      </ul>
                    )}
                    {r.genegeerd && <p class="mc-genegeerd">{tekst(t, 'ui-genegeerd')}</p>}
                  </dd>
                  {onWijzig && (
                    <dd class="mc-summary__actie">
                      <button type="button" data-veld={r.veld} class="utrecht-button utrecht-button--subtle mc-link-knop" onClick={() => onWijzig(r.veld, r.scherm)}>
                        {tekst(t, 'ui-wijzig')}
                        <span class="mc-visueel-verborgen"> {r.label}</span>
                      </button>
                    </dd>
                  )}
                </div>
              ))}
            </dl>
          </section>
        ))}
    </div>
  );
}

export function Uitkomst({ t, d, kopNiveau = 3, idPrefix = 'mc' }: { t: MeldcodeTeksten; d: Dossier; kopNiveau?: 3 | 4; idPrefix?: string }) {
  const s = maakSamenvatting(d, t);
  const Kop = `h${kopNiveau}` as 'h3' | 'h4';
  const lijst = (kop: string, items: string[], id: string) =>
    items.length > 0 && (
      <section aria-labelledby={id}>
        <Kop class={`utrecht-heading-${kopNiveau}`} id={id}>
          {kop}
        </Kop>
        <ul class="utrecht-unordered-list">
          {items.map((i) => (
            <li class="utrecht-unordered-list__item">{i}</li>
          ))}
        </ul>
      </section>
    );
  return (
    <div class={`mc-uitkomst mc-uitkomst--${s.uitkomst.soort}`}>
      {s.kop.length > 0 && (
        <dl class="mc-definities mc-kop">
          {s.kop.map((k) => (
            <>
              <dt>{k.label}</dt>
              <dd class="mc-preserve">{k.waarde}</dd>
            </>
          ))}
        </dl>
      )}
      <p class="utrecht-paragraph mc-uitkomst__titel" data-uitkomst={s.uitkomst.soort} data-tekst={s.uitkomst.tekst}>
        {s.uitkomstTitel}
      </p>
      <p class="utrecht-paragraph">{s.uitkomstTekst}</p>
      {s.beslissingen.length > 0 && (
        <dl class="mc-definities">
          {s.beslissingen.map((b) => (
            <>
              <dt>{b.vraag}</dt>
              <dd>{b.antwoord}</dd>
            </>
          ))}
        </dl>
      )}
      {s.routeStappen.length > 0 && (
        <section aria-labelledby={`${idPrefix}-route`}>
          <Kop class={`utrecht-heading-${kopNiveau}`} id={`${idPrefix}-route`}>
            {tekst(t, 'ui-route-medewerker')}
          </Kop>
          <ol class="utrecht-ordered-list">
            {s.routeStappen.map((x) => (
              <li class="utrecht-ordered-list__item">{x}</li>
            ))}
          </ol>
        </section>
      )}
      {lijst(tekst(t, 'label-meldnormen'), s.meldnormen, `${idPrefix}-normen`)}
      {lijst(tekst(t, 'label-redenen'), s.redenen, `${idPrefix}-redenen`)}
      {lijst(tekst(t, 'label-acties'), s.acties, `${idPrefix}-acties`)}
      {lijst(tekst(t, 'label-aandachtspunten'), s.aandachtspunten, `${idPrefix}-let`)}
    </div>
  );
}
