import type { StapProps } from './context.ts';
import { BijzondereVormMelding } from './BijzondereVormen.tsx';
import { Alert, Button, Checkbox, SelectField } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { isRelevant } from '../domain/regels.ts';
import { nieuwId, type Consultatie } from '../domain/model.ts';

export function Stap2({ t, d, wijzig, fout, sector }: StapProps) {
  const zet = (id: string, deel: Partial<Consultatie>) =>
    wijzig((x) => ({ ...x, consultaties: x.consultaties.map((c) => (c.id === id ? { ...c, ...deel } : c)) }));
  const voegToe = () => {
    const id = nieuwId('c', d.consultaties);
    wijzig((x) => ({ ...x, consultaties: [...x.consultaties, { id, met: '', wanneer: '', anoniem: false, advies: '' }] }));
    requestAnimationFrame(() => document.getElementById(`mc-${id}-met`)?.focus());
  };
  const verwijder = (id: string) => {
    wijzig((x) => ({ ...x, consultaties: x.consultaties.filter((c) => c.id !== id) }));
    requestAnimationFrame(() => document.getElementById('mc-consultatie-toevoegen')?.focus());
  };
  return (
    <>
      <Alert type="info" role="none">
        <p class="utrecht-paragraph">{tekst(t, 'ui-vt-anoniem')}</p>
      </Alert>
      <BijzondereVormMelding t={t} d={d} />
      <section aria-labelledby="mc-consultaties-kop" class="mc-blok">
        <h3 class="utrecht-heading-3" id="mc-consultaties-kop" tabIndex={-1}>
          {veldLabel(t, 2, 'consultaties')}
        </h3>
        <ol class="mc-kaarten">
          {d.consultaties.map((c, i) => (
            <li class="mc-kaart" key={c.id}>
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{tekst(t, 'ui-consultatie-nummer', { n: String(i + 1) })}</legend>
                <SelectField
                  id={`mc-${c.id}-met`}
                  label={veldLabel(t, 2, 'met')}
                  placeholder={tekst(t, 'ui-kies')}
                  options={t.lijsten.consultpartners.map((o) => ({ value: o.id, label: o.label }))}
                  value={c.met}
                  onChange={(v) => zet(c.id, { met: v })}
                  error={fout('consultaties') && !c.met ? fout('consultaties') : undefined}
                />
                <Tekstveld id={`mc-${c.id}-wanneer`} regel label={veldLabel(t, 2, 'wanneer')} description={veldHulp(t, 2, 'wanneer')} value={c.wanneer} onInput={(v) => zet(c.id, { wanneer: v })} />
                <Checkbox id={`mc-${c.id}-anoniem`} label={veldLabel(t, 2, 'anoniem')} checked={c.anoniem} onChange={(anoniem) => zet(c.id, { anoniem })} />
                <Tekstveld id={`mc-${c.id}-advies`} label={veldLabel(t, 2, 'advies')} value={c.advies} onInput={(v) => zet(c.id, { advies: v })} />
                <Button variant="subtle" onClick={() => verwijder(c.id)}>
                  {tekst(t, 'ui-consultatie-verwijderen', { n: String(i + 1) })}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button id="mc-consultatie-toevoegen" onClick={voegToe}>
          {tekst(t, 'ui-consultatie-toevoegen')}
        </Button>
      </section>
      {isRelevant(d, sector, 'geenVtReden') && (
        <Tekstveld
          id="mc-geen-vt-reden"
          label={veldLabel(t, 2, 'geenVtReden')}
          description={veldHulp(t, 2, 'geenVtReden')}
          value={d.geenVtReden}
          onInput={(v) => wijzig((x) => ({ ...x, geenVtReden: v }))}
          error={fout('geenVtReden')}
        />
      )}
    </>
  );
}
