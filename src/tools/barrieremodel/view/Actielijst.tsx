/** All barrières ranked by the chosen rule; group by owner; filter by status and kind; edit each action. */
import { useState } from 'preact/hooks';
import {
  actielijst, BARRIERE_SOORTEN, filterActies, groepeerPerEigenaar, SOORT_LABEL, STATUS_LABEL, STATUSSEN,
  type BarriereSoort, type Model, type Status,
} from '../domain/index.ts';
import { ActieTabel } from './ActieTabel.tsx';
import { RegelKeuze, StemInstellingen } from './Stemming.tsx';
import { SchermKop, type Dispatch } from './ui.tsx';
export { ActieTabel };

export function Actielijst({ model, dispatch, setStatus }: { model: Model; dispatch: Dispatch; setStatus: (s: string) => void }) {
  const [statussen, setStatussen] = useState<Status[]>([]);
  const [soorten, setSoorten] = useState<BarriereSoort[]>([]);
  const [perEigenaar, setPerEigenaar] = useState(false);
  const alle = actielijst(model);
  const lijst = filterActies(alle, { statussen, soorten });
  const toggle = <T,>(list: T[], v: T, aan: boolean) => (aan ? [...list, v] : list.filter((x) => x !== v));
  return (
    <section aria-labelledby="bm-kop-acties">
      <SchermKop id="bm-kop-acties">Actielijst</SchermKop>
      <div class="bm-actie-instellingen">
        <RegelKeuze model={model} dispatch={dispatch} id="bm-regel" />
        <StemInstellingen model={model} dispatch={dispatch} id="bm-stemming" />
      </div>
      <div class="bm-filters">
        <fieldset class="utrecht-form-fieldset bm-fieldset">
          <legend class="utrecht-form-fieldset__legend bm-legend-klein">Filter op status</legend>
          {STATUSSEN.map((s) => (
            <div class="bm-check" key={s}>
              <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`bm-f-status-${s}`} checked={statussen.includes(s)} onChange={(e) => setStatussen(toggle(statussen, s, (e.currentTarget as HTMLInputElement).checked))} />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={`bm-f-status-${s}`}>{STATUS_LABEL[s]}</label>
            </div>
          ))}
        </fieldset>
        <fieldset class="utrecht-form-fieldset bm-fieldset">
          <legend class="utrecht-form-fieldset__legend bm-legend-klein">Filter op soort</legend>
          {BARRIERE_SOORTEN.map((s) => (
            <div class="bm-check" key={s}>
              <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`bm-f-soort-${s}`} checked={soorten.includes(s)} onChange={(e) => setSoorten(toggle(soorten, s, (e.currentTarget as HTMLInputElement).checked))} />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={`bm-f-soort-${s}`}>{SOORT_LABEL[s]}</label>
            </div>
          ))}
        </fieldset>
        <div class="bm-check">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="bm-f-groep" checked={perEigenaar} onChange={(e) => setPerEigenaar((e.currentTarget as HTMLInputElement).checked)} />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="bm-f-groep">Groeperen per eigenaar</label>
        </div>
      </div>
      <p class="utrecht-paragraph" role="status">{lijst.length} van {alle.length} barrières getoond.</p>
      {lijst.length > 0 && (perEigenaar
        ? groepeerPerEigenaar(model, lijst).map((g) => <ActieTabel key={g.partnerId ?? 'geen'} model={model} acties={g.acties} caption={`${g.naam} (${g.acties.length})`} dispatch={dispatch} setStatus={setStatus} />)
        : <ActieTabel model={model} acties={lijst} caption="Barrières in de volgorde van de gekozen regel" dispatch={dispatch} setStatus={setStatus} />)}
    </section>
  );
}
