/** The action plan: owner, date and status per action (edited in place), and the look back on an earlier plan. */
import { ACTIE_STATUSSEN, STATUS_LABELS, type Actie, type ActieWijziging, type Terugblik } from '../domain/actieplan.ts';
import { getal, verschilTekst } from './common.tsx';

export function Actieplan(props: { plan: Actie[]; titel: (dimensieId: string) => string; onWijzig: (id: string, w: ActieWijziging) => void; onVerwijder: (id: string) => void }) {
  const { plan } = props;
  return (
    <section class="regiescan__sectie" aria-labelledby="kop-actieplan">
      <h3 class="utrecht-heading-3" id="kop-actieplan">
        Actieplan
      </h3>
      {!plan.length ? (
        <p class="utrecht-paragraph">Nog geen acties. Kies bij de tips "Zet in actieplan" en geef elke actie een eigenaar, een datum en een status.</p>
      ) : (
        <ol class="regiescan__acties" id="actieplan">
          {plan.map((a, i) => (
            <li key={a.id} class="regiescan__actie">
              <p class="utrecht-paragraph">
                <strong>{props.titel(a.dimensieId)}:</strong> {a.tekst}
              </p>
              <p class="utrecht-paragraph regiescan__print-alleen">
                Eigenaar: {a.eigenaar || '–'}. Datum: {a.datum || '–'}. Status: {STATUS_LABELS[a.status]}.
              </p>
              <div class="regiescan__actie-velden no-print">
                <label class="utrecht-form-label" for={`actie-${a.id}-eigenaar`}>
                  Eigenaar van actie {i + 1}
                </label>
                <input class="utrecht-textbox" id={`actie-${a.id}-eigenaar`} maxLength={100} value={a.eigenaar} onChange={(e) => props.onWijzig(a.id, { eigenaar: e.currentTarget.value })} />
                <label class="utrecht-form-label" for={`actie-${a.id}-datum`}>
                  Datum van actie {i + 1}
                </label>
                <input class="utrecht-textbox" type="date" id={`actie-${a.id}-datum`} value={a.datum} onChange={(e) => props.onWijzig(a.id, { datum: e.currentTarget.value })} />
                <label class="utrecht-form-label" for={`actie-${a.id}-status`}>
                  Status van actie {i + 1}
                </label>
                <select class="utrecht-select" id={`actie-${a.id}-status`} value={a.status} onChange={(e) => props.onWijzig(a.id, { status: e.currentTarget.value as Actie['status'] })}>
                  {ACTIE_STATUSSEN.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
                <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => props.onVerwijder(a.id)}>
                  Haal actie {i + 1} uit het plan
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function TerugblikTabel({ terugblik }: { terugblik: Terugblik }) {
  if (!terugblik.acties.length) return null;
  const telling = ACTIE_STATUSSEN.filter((s) => terugblik.perStatus[s]).map((s) => `${STATUS_LABELS[s].toLowerCase()}: ${terugblik.perStatus[s]}`);
  return (
    <section class="regiescan__sectie" aria-labelledby="kop-terugblik">
      <h3 class="utrecht-heading-3" id="kop-terugblik">
        Wat is er van terechtgekomen?
      </h3>
      <p class="utrecht-paragraph">Het actieplan van de vorige keer ({telling.join('; ')}), met de score van het onderdeel toen en nu.</p>
      <div class="regiescan__tabel-wrap" role="region" aria-label="Tabel: wat is er van het vorige actieplan terechtgekomen" tabIndex={0}>
        <table class="utrecht-table regiescan__tabel" id="terugblik">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">Actie</th>
              <th class="utrecht-table__header-cell" scope="col">Eigenaar</th>
              <th class="utrecht-table__header-cell" scope="col">Status</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Score toen (0–100)</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Nu (0–100)</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Verschil (punten)</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {terugblik.acties.map((a) => (
              <tr class="utrecht-table__row" key={a.actie.id}>
                <th class="utrecht-table__header-cell regiescan__stelling-cel" scope="row">
                  {a.dimensieTitel}: {a.actie.tekst}
                </th>
                <td class="utrecht-table__cell">{a.actie.eigenaar || '–'}</td>
                <td class="utrecht-table__cell">{STATUS_LABELS[a.actie.status]}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(a.eerder)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(a.nu)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{verschilTekst(a.verschil)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
