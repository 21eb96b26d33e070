import type { StapProps } from './context.ts';
import { RadioGroep, Tekstveld, Melding } from './velden.tsx';
import { Afweging, jaNee } from './Afweging.tsx';
import { tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { bepaalUitkomst, isRelevant } from '../domain/regels.ts';
import type { Dossier, JaNee } from '../domain/model.ts';

export function Stap5(p: StapProps) {
  const { t, d, sector, wijzig, fout } = p;
  const u = bepaalUitkomst(d, sector);
  const r = (v: Parameters<typeof isRelevant>[2]) => isRelevant(d, sector, v);
  const inf = d.informeren;
  const zetInf = (deel: Partial<Dossier['informeren']>) => wijzig((x) => ({ ...x, informeren: { ...x.informeren, ...deel } }));
  const zetMon = (deel: Partial<Dossier['monitoring']>) => wijzig((x) => ({ ...x, monitoring: { ...x.monitoring, ...deel } }));
  return (
    <>
      {u.samenMetVeiligThuis && (
        <Melding soort="warning">
          <p class="utrecht-paragraph">{tekst(t, 'ui-vt-samen')}</p>
        </Melding>
      )}
      {r('a3') ? (
        <Afweging {...p} a="a3" opties={jaNee(t)} />
      ) : (
        <Melding soort="info">
          <p class="utrecht-paragraph">{d.afwegingen.a1 === 'nee' ? tekst(t, 'ui-a1-nee') : tekst(t, 'ui-eerst-stap-4')}</p>
        </Melding>
      )}
      {r('a4') && <Afweging {...p} a="a4" opties={jaNee(t)} />}
      {r('a5') && (
        <Afweging
          {...p}
          a="a5"
          opties={[...jaNee(t), { value: 'loopt', label: tekst(t, 'waarde-loopt') }]}
        />
      )}

      <section aria-labelledby="mc-beslissingen-kop" class="mc-blok mc-beslissingen" aria-live="polite">
        <h3 class="utrecht-heading-3" id="mc-beslissingen-kop">
          {tekst(t, 'ui-beslissingen-titel')}
        </h3>
        <dl class="mc-definities">
          <dt>{tekst(t, 'beslissing-1')}</dt>
          <dd>{tekst(t, `beslissing-${u.melden}`)}</dd>
          <dt>{tekst(t, 'beslissing-2')}</dt>
          <dd>{tekst(t, `beslissing-${u.hulp}`)}</dd>
        </dl>
      </section>
      <details class="mc-details">
        <summary>{tekst(t, 'ui-meldnormen-titel')}</summary>
        <ol class="utrecht-ordered-list">
          {([1, 2, 3] as const).map((n) => (
            <li class="utrecht-ordered-list__item">
              {tekst(t, `meldnorm-${n}`)}
              {u.meldnormen.includes(n) && <strong> {tekst(t, 'ui-geldt-hier')}</strong>}
            </li>
          ))}
        </ol>
      </details>

      {r('informeren') && (
        <section aria-labelledby="mc-informeren-kop" class="mc-blok">
          <h3 class="utrecht-heading-3" id="mc-informeren-kop">
            {tekst(t, 'ui-informeren-titel')}
          </h3>
          <p class="utrecht-paragraph">{tekst(t, 'ui-informeren-uitleg')}</p>
          <RadioGroep
            id="mc-informeren"
            legend={veldLabel(t, 5, 'informeren')}
            opties={[
              { value: 'ja', label: tekst(t, 'waarde-ja') },
              { value: 'nee', label: tekst(t, 'ui-informeren-nee') },
            ]}
            value={inf.gedaan}
            onChange={(v) => zetInf({ gedaan: v as JaNee })}
            fout={fout('informeren')}
          />
          {inf.gedaan === 'ja' && (
            <Tekstveld id="mc-informeren-reactie" label={veldLabel(t, 5, 'informerenReactie')} hulp={veldHulp(t, 5, 'informerenReactie')} value={inf.reactie} onInput={(v) => zetInf({ reactie: v })} />
          )}
          {inf.gedaan === 'nee' && (
            <>
              <RadioGroep
                id="mc-informeren-uitzondering"
                legend={veldLabel(t, 5, 'uitzondering')}
                opties={t.lijsten.uitzonderingen.map((o) => ({ value: o.id, label: o.label }))}
                value={inf.uitzondering}
                onChange={(v) => zetInf({ uitzondering: v })}
                fout={fout('informerenUitzondering') && !inf.uitzondering ? tekst(t, 'fout-uitzondering') : undefined}
              />
              <Tekstveld
                id="mc-informeren-reden"
                label={veldLabel(t, 5, 'reden')}
                hulp={veldHulp(t, 5, 'reden')}
                value={inf.reden}
                onInput={(v) => zetInf({ reden: v })}
                fout={fout('informerenUitzondering') && !inf.reden.trim() ? tekst(t, 'fout-uitzondering-reden') : undefined}
              />
            </>
          )}
        </section>
      )}

      {r('monitoring') && (
        <section aria-labelledby="mc-monitoring-kop" class="mc-blok">
          <h3 class="utrecht-heading-3" id="mc-monitoring-kop">
            {tekst(t, 'ui-monitoring-titel')}
          </h3>
          <Tekstveld id="mc-monitoring-wat" label={veldLabel(t, 5, 'wat')} hulp={veldHulp(t, 5, 'wat')} value={d.monitoring.wat} onInput={(v) => zetMon({ wat: v })} />
          <Tekstveld id="mc-monitoring-wanneer" regel type="date" label={veldLabel(t, 5, 'wanneer')} value={d.monitoring.wanneer} onInput={(v) => zetMon({ wanneer: v })} />
        </section>
      )}
    </>
  );
}
