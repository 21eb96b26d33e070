/** Training mode: choosing a fictional case, the case panel per step, and the comparison with the model path. */
import { useState } from 'preact/hooks';
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import type { Dossier, Scherm, SectorRegels } from '../domain/model.ts';
import { feedbackVoorScherm, score, vergelijkMetModel, type Vergelijking as Vgl } from '../domain/training.ts';
import { tekst } from '../domain/teksten.ts';
import { Alert, Button, Checkbox, SelectField } from '../../../instrument/forms/index.ts';

export function TrainingKiezer({ t, onStart }: { t: MeldcodeTeksten; onStart: (c: Casus, direct: boolean) => void }) {
  const [keuze, setKeuze] = useState('');
  const [direct, setDirect] = useState(false);
  const casus = t.casussen.find((c) => c.id === keuze);
  return (
    <details class="mc-details mc-training-kiezer">
      <summary>{tekst(t, 'ui-modus-training')}</summary>
      <p class="utrecht-paragraph">{tekst(t, 'ui-training-uitleg')}</p>
      <SelectField
        id="mc-casus"
        label={tekst(t, 'ui-training-kies')}
        placeholder={tekst(t, 'ui-kies')}
        options={t.casussen.map((c) => ({ value: c.id, label: `${c.titel} (${c.setting})` }))}
        value={keuze}
        onChange={setKeuze}
      />
      <Checkbox id="mc-directe-feedback" label={tekst(t, 'ui-directe-feedback')} checked={direct} onChange={setDirect} />
      {casus && (
        <p class="utrecht-paragraph">
          <Button id="mc-training-start" onClick={() => onStart(casus, direct)}>
            {tekst(t, 'ui-training-start')}
          </Button>
        </p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link mc-doel-24" href="/instrumenten/meldcode/casuskaarten/">
          {tekst(t, 'ui-casuskaarten')}
        </a>
      </p>
    </details>
  );
}

export function CasusPaneel({ t, casus, scherm, onStop }: { t: MeldcodeTeksten; casus: Casus; scherm: Scherm; onStop: () => void }) {
  const verloop = typeof scherm === 'number' ? (casus.verloop[String(scherm) as '1'] ?? []) : [];
  return (
    <aside class="mc-casus" aria-labelledby="mc-casus-kop">
      <h3 class="utrecht-heading-3" id="mc-casus-kop">
        {tekst(t, 'ui-training-casus', { titel: casus.titel })}
      </h3>
      {(scherm === 'start' || scherm === 1) && casus.situatie.map((p) => <p class="utrecht-paragraph">{p}</p>)}
      {verloop.length > 0 && (
        <>
          <p class="utrecht-paragraph mc-melding-titel">{tekst(t, 'ui-training-verloop')}</p>
          {verloop.map((p) => (
            <p class="utrecht-paragraph">{p}</p>
          ))}
        </>
      )}
      <p class="utrecht-paragraph">{tekst(t, 'ui-training-eigen-werk')}</p>
      <Button id="mc-training-stop" onClick={onStop}>
        {tekst(t, 'ui-training-stoppen')}
      </Button>
    </aside>
  );
}

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
