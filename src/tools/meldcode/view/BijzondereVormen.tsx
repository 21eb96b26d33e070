/** Special forms of violence: asked at the start and in step 1; when ticked, the shared rule is shown. */
import type { StapProps } from './context.ts';
import { CheckboxGroup, Alert } from '../../../instrument/forms/index.ts';
import { regelNotitie, veldHulp, veldLabel } from '../domain/teksten.ts';
import { RegelBlok } from './RegelBlok.tsx';

export function BijzondereVormen({ t, d, wijzig }: StapProps) {
  return (
    <>
      <CheckboxGroup
        id="mc-bijzondere-vormen"
        legend={veldLabel(t, 'start', 'bijzondereVormen')}
        description={veldHulp(t, 'start', 'bijzondereVormen')}
        options={t.lijsten['bijzondere-vormen'].map((o) => ({ value: o.id, label: o.label, description: o.uitleg }))}
        value={d.bijzondereVormen}
        onChange={(v) => wijzig((x) => ({ ...x, bijzondereVormen: v }))}
      />
      <BijzondereVormMelding {...{ t, d }} />
    </>
  );
}

/** The rule for special forms, shown wherever it changes what the user does (steps 2, 3 and 5). */
export function BijzondereVormMelding({ t, d }: Pick<StapProps, 't' | 'd'>) {
  if (d.bijzondereVormen.length === 0) return null;
  return (
    <Alert type="warning" role="none">
      <RegelBlok n={regelNotitie(t, 'bijzondere-vormen')} id="bijzondere-vormen" />
    </Alert>
  );
}
