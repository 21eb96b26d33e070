/** One dimension per screen: its statements, each a group of five radio buttons. */
import { WEET_NIET, type Antwoord, type Dimensie, type Scan } from '../domain/model.ts';
import { MAX_NOTITIE } from '../domain/bestand.ts';
import type { Teksten } from './types.ts';

export function DimensieScherm(props: { dimensie: Dimensie; scan: Scan; teksten: Teksten; onAntwoord: (stellingId: string, a: Antwoord) => void; onNotitie: (stellingId: string, tekst: string) => void }) {
  const { dimensie, scan, teksten } = props;
  const opties: { waarde: Antwoord; label: string }[] = [
    ...teksten.schaal.map((label, i) => ({ waarde: i as Antwoord, label })),
    { waarde: WEET_NIET, label: teksten.weetNiet },
  ];
  return (
    <div class="regiescan__stellingen">
      <p class="utrecht-paragraph regiescan__uitleg">{teksten.dimensies[dimensie.id]?.uitleg}</p>
      <p class="utrecht-paragraph">In hoeverre klopt elke stelling voor uw gemeente?</p>
      {dimensie.stellingen.map((s, nr) => (
        <fieldset class="utrecht-form-fieldset regiescan__fieldset regiescan__stelling" key={s.id}>
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend regiescan__legend">
            <span class="regiescan__nr">{nr + 1}.</span>
            {s.tekst}
          </legend>
          <div class="regiescan__schaal">
            {opties.map((o) => {
              const id = `st-${s.id}-${o.waarde}`;
              return (
                <div class={`regiescan__optie${o.waarde === WEET_NIET ? ' regiescan__optie--weet-niet' : ''}`} key={id}>
                  <input
                    class="utrecht-radio-button"
                    type="radio"
                    id={id}
                    name={`st-${s.id}`}
                    value={String(o.waarde)}
                    checked={scan.antwoorden[s.id] === o.waarde}
                    onChange={() => props.onAntwoord(s.id, o.waarde)}
                  />
                  <label class="utrecht-form-label utrecht-form-label--radio" for={id}>
                    {o.label}
                  </label>
                </div>
              );
            })}
          </div>
          <div class="utrecht-form-field regiescan__notitie">
            <label class="utrecht-form-label" for={`notitie-${s.id}`}>
              Notitie bij stelling {nr + 1} (niet verplicht): waarom dit antwoord, wat laat het zien?
            </label>
            <textarea
              class="utrecht-textarea"
              id={`notitie-${s.id}`}
              rows={2}
              maxLength={MAX_NOTITIE}
              value={scan.notities[s.id] ?? ''}
              onChange={(e) => props.onNotitie(s.id, e.currentTarget.value)}
            />
          </div>
        </fieldset>
      ))}
    </div>
  );
}
