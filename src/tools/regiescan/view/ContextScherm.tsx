/** The first screen: who fills in the scan (no names). */
import { RadioGroup, TextField } from '../../../instrument/forms/index.ts';
import type { ScanContext } from '../domain/model.ts';
import type { Teksten } from './types.ts';

type Keuze = 'gemeenteRol' | 'grootte' | 'respondentRol';

export function ContextScherm(props: { context: ScanContext; teksten: Teksten; onContext: (c: ScanContext) => void }) {
  const { context, teksten } = props;
  const zet = (k: keyof ScanContext, v: string) => props.onContext({ ...context, [k]: v });
  const keuze = (k: Keuze) => (
    <RadioGroup
      id={`ctx-${k}`}
      legend={teksten.context[k].vraag}
      options={teksten.context[k].opties.map((o) => ({ value: o.id as string, label: o.label }))}
      value={context[k]}
      onChange={(v) => zet(k, v)}
    />
  );
  return (
    <div class="regiescan__context">
      <p class="utrecht-paragraph">Eerst een paar vragen over uw situatie. Namen zijn niet nodig. Alle vragen zijn vrijwillig.</p>
      {keuze('gemeenteRol')}
      {keuze('grootte')}
      {keuze('respondentRol')}
      <TextField
        id="ctx-code"
        label="Uw code (niet verplicht)"
        description="Geen naam. Bijvoorbeeld een letter of nummer van de begeleider van een teamscan, zodat bestanden van dezelfde rol uit elkaar te houden zijn. Hooguit 12 letters, cijfers of streepjes."
        maxLength={12}
        value={context.code}
        onInput={(v) => zet('code', v.replace(/[^A-Za-z0-9-]/g, '').slice(0, 12))}
      />
      <TextField id="ctx-datum" type="date" label={teksten.context.datum.vraag} value={context.datum} onInput={(v) => zet('datum', v)} />
    </div>
  );
}
