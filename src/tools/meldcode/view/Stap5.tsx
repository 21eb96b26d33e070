import type { StapProps } from './context.ts';
import { Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { Afweging, jaNee } from './Afweging.tsx';
import { tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { bepaalUitkomst, isRelevant } from '../domain/regels.ts';
import type { Dossier } from '../domain/model.ts';
import { BijzondereVormMelding } from './BijzondereVormen.tsx';
import { Informeren } from './Informeren.tsx';

export function Stap5(p: StapProps) {
  const { t, d, sector, wijzig } = p;
  const u = bepaalUitkomst(d, sector);
  const r = (v: Parameters<typeof isRelevant>[2]) => isRelevant(d, sector, v);
  const zetMelding = (deel: Partial<Dossier['melding']>) => wijzig((x) => ({ ...x, melding: { ...x.melding, ...deel } }));
  const zetMon = (deel: Partial<Dossier['monitoring']>) => wijzig((x) => ({ ...x, monitoring: { ...x.monitoring, ...deel } }));
  return (
    <>
      <BijzondereVormMelding t={t} d={d} />
      {u.samenMetVeiligThuis && (
        <Alert type="info" role="none">
          <p class="utrecht-paragraph">{tekst(t, 'ui-vt-samen')}</p>
        </Alert>
      )}
      {r('melding') && (
        <section aria-labelledby="mc-melding-kop" class="mc-blok">
          <h3 class="utrecht-heading-3" id="mc-melding-kop">
            {veldLabel(t, 5, 'melding')}
          </h3>
          <Tekstveld id="mc-melding-datum" regel type="date" label={veldLabel(t, 5, 'meldingDatum')} value={d.melding.datum} onInput={(v) => zetMelding({ datum: v })} />
          <Tekstveld id="mc-melding-afspraken" label={veldLabel(t, 5, 'meldingAfspraken')} description={veldHulp(t, 5, 'meldingAfspraken')} value={d.melding.afspraken} onInput={(v) => zetMelding({ afspraken: v })} />
        </section>
      )}
      {r('a3') ? (
        <Afweging {...p} a="a3" options={jaNee(t)} samen={u.samenMetVeiligThuis} />
      ) : (
        <Alert type="info" role="none">
          <p class="utrecht-paragraph">{d.afwegingen.a1 === 'nee' ? tekst(t, 'ui-a1-nee') : tekst(t, 'ui-eerst-stap-4')}</p>
        </Alert>
      )}
      {r('a4') && <Afweging {...p} a="a4" options={jaNee(t)} samen={u.samenMetVeiligThuis} />}
      {r('a5') && <Afweging {...p} a="a5" options={[...jaNee(t), { value: 'loopt', label: tekst(t, 'waarde-loopt') }]} samen={u.samenMetVeiligThuis} />}

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

      {r('informeren') && <Informeren {...p} />}

      {r('monitoring') && (
        <section aria-labelledby="mc-monitoring-kop" class="mc-blok">
          <h3 class="utrecht-heading-3" id="mc-monitoring-kop">
            {tekst(t, 'ui-monitoring-titel')}
          </h3>
          <Tekstveld id="mc-monitoring-wat" label={veldLabel(t, 5, 'wat')} description={veldHulp(t, 5, 'wat')} value={d.monitoring.wat} onInput={(v) => zetMon({ wat: v })} />
          <Tekstveld id="mc-monitoring-wanneer" regel type="date" label={veldLabel(t, 5, 'wanneer')} value={d.monitoring.wanneer} onInput={(v) => zetMon({ wanneer: v })} />
        </section>
      )}
    </>
  );
}
