/** Training: the comparison with the model path at the end, and the optional feedback per decision. */
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import type { Dossier, Scherm, SectorRegels } from '../domain/model.ts';
import { feedbackVoorScherm, score, vergelijkMetModel, type Vergelijking as Vgl } from '../domain/training.ts';
import { tekst } from '../domain/teksten.ts';
import { Alert } from '../../../instrument/forms/index.ts';

export function Vergelijking({ t, d, sector, casus }: { t: MeldcodeTeksten; d: Dossier; sector: SectorRegels | null; casus: Casus }) {
  const v = vergelijkMetModel(d, sector, casus.model);
  const sc = score(v);
  const waarde = (x: string | null) => waardeTekst(t, x);
  return (
    <section aria-labelledby="mc-vergelijk-kop" class="mc-blok">
      <h3 class="utrecht-heading-3" id="mc-vergelijk-kop">
        {tekst(t, 'ui-training-vergelijk')}
      </h3>
      <p class="utrecht-paragraph" data-testid="score">
        {tekst(t, 'ui-training-score', { gelijk: String(sc.gelijk), totaal: String(sc.totaal) })}
      </p>
      <div class="mc-tabel-wrap">
        <table class="utrecht-table mc-vergelijk">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{tekst(t, 'ui-training-punt')}</th>
              <th class="utrecht-table__header-cell" scope="col">{tekst(t, 'ui-jouw')}</th>
              <th class="utrecht-table__header-cell" scope="col">{tekst(t, 'ui-model')}</th>
              <th class="utrecht-table__header-cell" scope="col">{tekst(t, 'ui-verschil')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {v.map((x) => (
              <tr class={`utrecht-table__row${x.gelijk ? '' : x.gevolgVan ? ' mc-gevolg' : ' mc-verschil'}`} data-punt={x.punt}>
                <th class="utrecht-table__header-cell" scope="row">
                  {tekst(t, `punt-${x.punt}`)}
                  <span class="mc-badge">{x.gelijk ? tekst(t, 'ui-gelijk') : tekst(t, 'ui-anders')}</span>
                </th>
                <td class="utrecht-table__cell">{waarde(x.jouw)}</td>
                <td class="utrecht-table__cell">{waarde(x.model)}</td>
                <td class="utrecht-table__cell">
                  {x.gevolgVan && <p class="utrecht-paragraph">{tekst(t, 'ui-gevolg-van', { punt: tekst(t, `punt-${x.gevolgVan}`) })}</p>}
                  {x.uitleg ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const waardeTekst = (t: MeldcodeTeksten, x: string | null) => (x === null ? tekst(t, 'ui-nvt') : tekst(t, `waarde-${x}`));

/** Feedback per decision (optional): the points decided on this screen, compared with the model path. */
export function FeedbackPaneel({ t, d, sector, casus, scherm }: { t: MeldcodeTeksten; d: Dossier; sector: SectorRegels | null; casus: Casus; scherm: Scherm }) {
  const v: Vgl[] = feedbackVoorScherm(d, sector, casus.model, scherm);
  if (!d.directeFeedback || v.length === 0) return null;
  return (
    <div aria-live="polite" class="mc-feedback">
      <Alert type="info" title={tekst(t, 'ui-feedback-titel')} role="none">
        <ul class="utrecht-unordered-list">
          {v.map((x) => (
            <li class="utrecht-unordered-list__item" data-punt={x.punt}>
              <strong>{tekst(t, `punt-${x.punt}`)}</strong>: {x.gelijk ? tekst(t, 'ui-gelijk') : tekst(t, 'ui-anders')} ({tekst(t, 'ui-jouw')}: {waardeTekst(t, x.jouw)}; {tekst(t, 'ui-model')}: {waardeTekst(t, x.model)}). {x.uitleg}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
