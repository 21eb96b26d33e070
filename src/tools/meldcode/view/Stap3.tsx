import type { StapProps } from './context.ts';
import { RadioGroup, Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { regelNotitie, tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { RegelBlok } from './RegelBlok.tsx';
import { BijzondereVormMelding } from './BijzondereVormen.tsx';
import type { Dossier, JaNee } from '../domain/model.ts';

export function Stap3({ t, d, wijzig, fout }: StapProps) {
  const g = d.gesprek;
  const zet = (deel: Partial<Dossier['gesprek']>) => wijzig((x) => ({ ...x, gesprek: { ...x.gesprek, ...deel } }));
  return (
    <>
      <BijzondereVormMelding t={t} d={d} />
      <RadioGroup
        id="mc-gesprek"
        legend={veldLabel(t, 3, 'gesprek')}
        options={[
          { value: 'ja', label: tekst(t, 'waarde-ja') },
          { value: 'nee', label: tekst(t, 'ui-gesprek-nee') },
        ]}
        value={g.gevoerd}
        onChange={(v) => zet({ gevoerd: v as JaNee })}
        error={fout('gesprek')}
      />
      {g.gevoerd === 'ja' && (
        <section aria-labelledby="mc-gesprek-kop" class="mc-blok">
          <h3 class="utrecht-heading-3" id="mc-gesprek-kop">
            {veldLabel(t, 3, 'gesprekInhoud')}
          </h3>
          <p class="utrecht-paragraph">{tekst(t, 'ui-gesprek-voorbereiden')}</p>
          <Tekstveld id="mc-gesprek-datum" regel type="date" label={veldLabel(t, 3, 'datum')} value={g.datum} onInput={(v) => zet({ datum: v })} />
          {(['doel', 'feiten', 'reactie', 'interpretatie', 'afspraken'] as const).map((k) => (
            <Tekstveld id={`mc-gesprek-${k}`} label={veldLabel(t, 3, k)} description={veldHulp(t, 3, k)} value={g[k]} onInput={(v) => zet({ [k]: v })} />
          ))}
        </section>
      )}
      {g.gevoerd === 'nee' && (
        <section aria-labelledby="mc-uitzondering-kop" class="mc-blok">
          <h3 class="utrecht-heading-3" id="mc-uitzondering-kop">
            {veldLabel(t, 3, 'gesprekUitzondering')}
          </h3>
          <Alert type="warning" role="none">
            <RegelBlok n={regelNotitie(t, 'uitzonderingen')} id="uitzonderingen" />
          </Alert>
          <RadioGroup
            id="mc-gesprek-uitzondering"
            legend={veldLabel(t, 3, 'uitzondering')}
            options={t.lijsten.uitzonderingen.map((o) => ({ value: o.id, label: o.label }))}
            value={g.uitzondering}
            onChange={(v) => zet({ uitzondering: v })}
            error={fout('gesprekUitzondering') && !g.uitzondering ? tekst(t, 'fout-uitzondering') : undefined}
          />
          <Tekstveld
            id="mc-gesprek-uitzondering-reden"
            label={veldLabel(t, 3, 'uitzonderingReden')}
            description={veldHulp(t, 3, 'uitzonderingReden')}
            value={g.uitzonderingReden}
            onInput={(v) => zet({ uitzonderingReden: v })}
            error={fout('gesprekUitzondering') && !g.uitzonderingReden.trim() ? tekst(t, 'fout-uitzondering-reden') : undefined}
          />
        </section>
      )}
    </>
  );
}
