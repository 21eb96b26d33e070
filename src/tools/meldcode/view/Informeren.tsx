/** Informing the client (or the parents) about the melding: planned, done, or an exception with its reason. */
import type { StapProps } from './context.ts';
import { RadioGroup, Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { regelNotitie, tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { informerenActie } from '../domain/regels.ts';
import type { Dossier, InformerenStatus } from '../domain/model.ts';
import { RegelBlok } from './RegelBlok.tsx';

export function Informeren({ t, d, wijzig, fout }: StapProps) {
  const inf = d.informeren;
  const zet = (deel: Partial<Dossier['informeren']>) => wijzig((x) => ({ ...x, informeren: { ...x.informeren, ...deel } }));
  const bijzonder = d.bijzondereVormen.length > 0;
  return (
    <section aria-labelledby="mc-informeren-kop" class="mc-blok">
      <h3 class="utrecht-heading-3" id="mc-informeren-kop">
        {tekst(t, d.betrokkene === 'kind' ? 'ui-informeren-titel-ouders' : 'ui-informeren-titel')}
      </h3>
      <p class="utrecht-paragraph">{tekst(t, informerenActie(d))}</p>
      {bijzonder && <p class="utrecht-paragraph">{tekst(t, 'ui-informeren-bijzondere-vorm')}</p>}
      <RadioGroup
        id="mc-informeren"
        legend={veldLabel(t, 5, 'informeren')}
        options={[
          { value: 'gepland', label: tekst(t, 'ui-informeren-gepland') },
          { value: 'gedaan', label: tekst(t, 'ui-informeren-gedaan') },
          { value: 'uitzondering', label: tekst(t, 'ui-informeren-nee') },
        ]}
        value={inf.status}
        onChange={(v) => zet({ status: v as InformerenStatus })}
        error={fout('informeren')}
      />
      {inf.status === 'gedaan' && (
        <>
          <Tekstveld id="mc-informeren-datum" regel type="date" label={veldLabel(t, 5, 'informerenDatum')} value={inf.datum} onInput={(v) => zet({ datum: v })} />
          <Tekstveld id="mc-informeren-reactie" label={veldLabel(t, 5, 'informerenReactie')} description={veldHulp(t, 5, 'informerenReactie')} value={inf.reactie} onInput={(v) => zet({ reactie: v })} />
        </>
      )}
      {inf.status === 'uitzondering' && (
        <>
          <Alert type="warning" role="none">
            <RegelBlok n={regelNotitie(t, 'uitzonderingen')} id="uitzonderingen" />
          </Alert>
          <RadioGroup
            id="mc-informeren-uitzondering"
            legend={veldLabel(t, 5, 'uitzondering')}
            options={t.lijsten.uitzonderingen.map((o) => ({ value: o.id, label: o.label }))}
            value={inf.uitzondering}
            onChange={(v) => zet({ uitzondering: v })}
            error={fout('informerenUitzondering') && !inf.uitzondering ? tekst(t, 'fout-uitzondering') : undefined}
          />
          <Tekstveld
            id="mc-informeren-reden"
            label={veldLabel(t, 5, 'reden')}
            description={veldHulp(t, 5, 'reden')}
            value={inf.reden}
            onInput={(v) => zet({ reden: v })}
            error={fout('informerenUitzondering') && !inf.reden.trim() ? tekst(t, 'fout-uitzondering-reden') : undefined}
          />
        </>
      )}
    </section>
  );
}
