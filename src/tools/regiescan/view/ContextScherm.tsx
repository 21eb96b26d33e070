/** The first screen: who fills in the scan (no names), plus opening a saved scan. */
import type { Scan, ScanContext } from '../domain/model.ts';
import type { Teksten } from './types.ts';

type Keuze = 'gemeenteRol' | 'grootte' | 'respondentRol';

export function ContextScherm(props: {
  scan: Scan;
  teksten: Teksten;
  onContext: (c: ScanContext) => void;
}) {
  const { context } = props.scan;
  const zet = (k: keyof ScanContext, v: string) => props.onContext({ ...context, [k]: v });
  const keuze = (k: Keuze) => {
    const vraag = props.teksten.context[k];
    return (
      <fieldset class="utrecht-form-fieldset regiescan__fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend regiescan__legend">{vraag.vraag}</legend>
        {vraag.opties.map((o) => (
          <div class="regiescan__optie" key={o.id}>
            <input
              class="utrecht-radio-button"
              type="radio"
              id={`ctx-${k}-${o.id}`}
              name={`ctx-${k}`}
              value={o.id}
              checked={context[k] === o.id}
              onChange={() => zet(k, o.id)}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`ctx-${k}-${o.id}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    );
  };
  return (
    <div class="regiescan__context">
      <p class="utrecht-paragraph">Eerst een paar vragen over uw situatie. Namen zijn niet nodig. Alle vragen zijn vrijwillig.</p>
      {keuze('gemeenteRol')}
      {keuze('grootte')}
      {keuze('respondentRol')}
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="ctx-code">
          Uw code (niet verplicht)
        </label>
        <p class="utrecht-form-field-description" id="ctx-code-uitleg">
          Geen naam. Bijvoorbeeld een letter of nummer van de begeleider van een teamscan, zodat bestanden van dezelfde rol uit elkaar te houden zijn.
          Hooguit 12 letters, cijfers of streepjes.
        </p>
        <input
          class="utrecht-textbox regiescan__code"
          id="ctx-code"
          maxLength={12}
          aria-describedby="ctx-code-uitleg"
          value={context.code}
          onInput={(e) => {
            const schoon = e.currentTarget.value.replace(/[^A-Za-z0-9-]/g, '').slice(0, 12);
            e.currentTarget.value = schoon;
            zet('code', schoon);
          }}
        />
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="ctx-datum">
          {props.teksten.context.datum.vraag}
        </label>
        <input class="utrecht-textbox regiescan__datum" type="date" id="ctx-datum" value={context.datum} onInput={(e) => zet('datum', e.currentTarget.value)} />
      </div>
    </div>
  );
}
