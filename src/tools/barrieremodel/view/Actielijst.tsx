/** All barrières sorted by priority; group by owner; filter by status and kind. */
import { useState } from 'preact/hooks';
import {
  actielijst, BARRIERE_SOORTEN, filterActies, groepeerPerEigenaar, KLASSE_LABEL, partnerNaam, SOORT_LABEL, STATUS_LABEL, STATUSSEN,
  type Actiepunt, type BarriereSoort, type Model, type Status,
} from '../domain/index.ts';
import { SchermKop, Uitleg, type UitlegTekst } from './ui.tsx';

export function ActieTabel({ model, acties, caption }: { model: Model; acties: Actiepunt[]; caption: string }) {
  return (
    <table class="utrecht-table bm-actietabel">
      <caption class="bm-tabelkop">{caption}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th scope="col" class="utrecht-table__header-cell">Rang</th>
          <th scope="col" class="utrecht-table__header-cell">Barrière</th>
          <th scope="col" class="utrecht-table__header-cell">Stap</th>
          <th scope="col" class="utrecht-table__header-cell">Eigenaren</th>
          <th scope="col" class="utrecht-table__header-cell">Soort</th>
          <th scope="col" class="utrecht-table__header-cell">Prioriteit</th>
          <th scope="col" class="utrecht-table__header-cell">Stemmen</th>
          <th scope="col" class="utrecht-table__header-cell">Status</th>
          <th scope="col" class="utrecht-table__header-cell">Verwacht waterbedeffect</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {acties.map((a) => (
          <tr class="utrecht-table__row" key={a.barriere.id}>
            <td class="utrecht-table__cell">{a.rang}</td>
            <td class="utrecht-table__cell bm-tekstcel">{a.barriere.tekst}</td>
            <td class="utrecht-table__cell">{a.stapNummer}. {a.stap.naam}</td>
            <td class="utrecht-table__cell">{a.barriere.eigenaren.map((e) => partnerNaam(model, e)).join(', ') || '—'}</td>
            <td class="utrecht-table__cell">{SOORT_LABEL[a.barriere.soort]}</td>
            <td class="utrecht-table__cell">{a.prioriteit === null ? KLASSE_LABEL.onbeoordeeld : `${a.prioriteit} (${KLASSE_LABEL[a.klasse].toLowerCase()})`}</td>
            <td class="utrecht-table__cell">{a.barriere.stemmen}</td>
            <td class="utrecht-table__cell">{STATUS_LABEL[a.barriere.status]}</td>
            <td class="utrecht-table__cell bm-tekstcel">{a.barriere.waterbed || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Actielijst({ model, uitleg }: { model: Model; uitleg: Record<string, UitlegTekst> }) {
  const [statussen, setStatussen] = useState<Status[]>([]);
  const [soorten, setSoorten] = useState<BarriereSoort[]>([]);
  const [perEigenaar, setPerEigenaar] = useState(false);
  const alle = actielijst(model);
  const lijst = filterActies(alle, { statussen, soorten });
  const toggle = <T,>(list: T[], v: T, aan: boolean) => (aan ? [...list, v] : list.filter((x) => x !== v));
  return (
    <section aria-labelledby="bm-kop-acties">
      <SchermKop id="bm-kop-acties">Actielijst</SchermKop>
      <Uitleg tekst={uitleg['prioriteit-regel']} />
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
        ? groepeerPerEigenaar(model, lijst).map((g) => <ActieTabel key={g.partnerId ?? 'geen'} model={model} acties={g.acties} caption={`${g.naam} (${g.acties.length})`} />)
        : <ActieTabel model={model} acties={lijst} caption="Barrières op volgorde van prioriteit" />)}
    </section>
  );
}
