/** Informing the client (or the parents) about the melding: planned, done, or an exception with its reason. */
import type { StapProps } from './context.ts';
import { RadioGroep, Tekstveld, Melding } from './velden.tsx';
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
      <RadioGroep
        id="mc-informeren"
        legend={veldLabel(t, 5, 'informeren')}
        opties={[
          { value: 'gepland', label: tekst(t, 'ui-informeren-gepland') },
          { value: 'gedaan', label: tekst(t, 'ui-informeren-gedaan') },
          { value: 'uitzondering', label: tekst(t, 'ui-informeren-nee') },
        ]}
        value={inf.status}
        onChange={(v) => zet({ status: v as InformerenStatus })}
        fout={fout('informeren')}
      />
      {inf.status === 'gedaan' && (
        <>
          <Tekstveld id="mc-informeren-datum" regel type="date" label={veldLabel(t, 5, 'informerenDatum')} value={inf.datum} onInput={(v) => zet({ datum: v })} />
          <Tekstveld id="mc-informeren-reactie" label={veldLabel(t, 5, 'informerenReactie')} hulp={veldHulp(t, 5, 'informerenReactie')} value={inf.reactie} onInput={(v) => zet({ reactie: v })} />
        </>
      )}
      {inf.status === 'uitzondering' && (
        <>
          <Melding soort="warning">
            <RegelBlok n={regelNotitie(t, 'uitzonderingen')} id="uitzonderingen" />
          </Melding>
          <RadioGroep
            id="mc-informeren-uitzondering"
            legend={veldLabel(t, 5, 'uitzondering')}
            opties={t.lijsten.uitzonderingen.map((o) => ({ value: o.id, label: o.label }))}
            value={inf.uitzondering}
            onChange={(v) => zet({ uitzondering: v })}
            fout={fout('informerenUitzondering') && !inf.uitzondering ? tekst(t, 'fout-uitzondering') : undefined}
          />
          <Tekstveld
            id="mc-informeren-reden"
            label={veldLabel(t, 5, 'reden')}
            hulp={veldHulp(t, 5, 'reden')}
            value={inf.reden}
            onInput={(v) => zet({ reden: v })}
            fout={fout('informerenUitzondering') && !inf.reden.trim() ? tekst(t, 'fout-uitzondering-reden') : undefined}
          />
        </>
      )}
    </section>
  );
}
