/** The action plan: owner, date and status per action (edited in place), and the look back on an earlier plan. */
import { Button, SelectField, TextField } from '../../../instrument/forms/index.ts';
import { ACTIE_STATUSSEN, MAX_EIGENAAR, STATUS_LABELS, type Actie, type ActieWijziging, type Terugblik } from '../domain/actieplan.ts';
import type { PlanActie } from '../domain/werk.ts';
import { getal, verschilTekst } from './common.tsx';

export interface PlanActies {
  onKies: (dimensieId: string, tekst: string) => void;
  onWijzig: (id: string, w: ActieWijziging) => void;
  onVerwijder: (id: string) => void;
}

/** The plan's callbacks as actions of a reducer. */
export const planActies = (doe: (a: PlanActie) => void): PlanActies => ({
  onKies: (dimensieId, tekst) => doe({ type: 'actie-toevoegen', dimensieId, tekst }),
  onWijzig: (id, wijziging) => doe({ type: 'actie-wijzigen', id, wijziging }),
  onVerwijder: (id) => doe({ type: 'actie-verwijderen', id }),
});

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
                <TextField id={`actie-${a.id}-eigenaar`} label={`Eigenaar van actie ${i + 1}`} maxLength={MAX_EIGENAAR} value={a.eigenaar} onInput={(eigenaar) => props.onWijzig(a.id, { eigenaar })} />
                <TextField id={`actie-${a.id}-datum`} type="date" label={`Datum van actie ${i + 1}`} value={a.datum} onInput={(datum) => props.onWijzig(a.id, { datum })} />
                <SelectField
                  id={`actie-${a.id}-status`}
                  label={`Status van actie ${i + 1}`}
                  value={a.status}
                  options={ACTIE_STATUSSEN.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
                  onChange={(status) => status && props.onWijzig(a.id, { status })}
                />
                <Button variant="subtle" onClick={() => props.onVerwijder(a.id)}>
                  Haal actie {i + 1} uit het plan
                </Button>
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
