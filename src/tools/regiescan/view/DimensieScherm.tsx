/** One dimension per screen: its statements, each a group of five radio buttons, and an optional note. */
import { RadioGroup, TextArea } from '../../../instrument/forms/index.ts';
import { WEET_NIET, type Antwoord, type Dimensie, type Scan } from '../domain/model.ts';
import { MAX_NOTITIE } from '../domain/formaat.ts';
import type { Teksten } from './types.ts';

export function DimensieScherm(props: { dimensie: Dimensie; scan: Scan; teksten: Teksten; onAntwoord: (stellingId: string, a: Antwoord) => void; onNotitie: (stellingId: string, tekst: string) => void }) {
  const { dimensie, scan, teksten } = props;
  const opties = [...teksten.schaal.map((label, i) => ({ value: String(i), label })), { value: WEET_NIET as string, label: teksten.weetNiet }];
  const alsAntwoord = (v: string): Antwoord => (v === WEET_NIET ? WEET_NIET : (Number(v) as Antwoord));
  return (
    <div class="regiescan__stellingen">
      <p class="utrecht-paragraph regiescan__uitleg">{teksten.dimensies[dimensie.id]?.uitleg}</p>
      <p class="utrecht-paragraph">In hoeverre klopt elke stelling voor uw gemeente?</p>
      {dimensie.stellingen.map((s, nr) => {
        const a = scan.antwoorden[s.id];
        return (
          <div class="regiescan__stelling" key={s.id}>
            <RadioGroup
              id={`st-${s.id}`}
              legend={
                <>
                  <span class="regiescan__nr">{nr + 1}.</span>
                  {s.tekst}
                </>
              }
              options={opties}
              value={a === undefined ? null : String(a)}
              onChange={(v) => props.onAntwoord(s.id, alsAntwoord(v))}
            />
            <TextArea
              id={`notitie-${s.id}`}
              label={`Notitie bij stelling ${nr + 1} (niet verplicht): waarom dit antwoord, wat laat het zien?`}
              rows={2}
              maxLength={MAX_NOTITIE}
              value={scan.notities[s.id] ?? ''}
              onInput={(t) => props.onNotitie(s.id, t)}
            />
          </div>
        );
      })}
    </div>
  );
}
