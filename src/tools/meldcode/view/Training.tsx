/** Training mode: choosing a fictional case and the case panel per step (the comparison is in TrainingVergelijking.tsx, loaded later). */
import { useState } from 'preact/hooks';
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import type { Scherm } from '../domain/model.ts';
import { tekst } from '../domain/teksten.ts';
import { Button, Checkbox, SelectField } from '../../../instrument/forms/index.ts';

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
