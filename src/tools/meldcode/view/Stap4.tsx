import type { StapProps } from './context.ts';
import { CheckboxGroup, Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { Afweging, jaNee } from './Afweging.tsx';
import { sectorTekst, tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { isRelevant } from '../domain/regels.ts';
import type { Onveiligheid } from '../domain/model.ts';

export function Stap4(p: StapProps) {
  const { t, d, sector, wijzig, fout } = p;
  const s = sectorTekst(t, d.sector);
  return (
    <>
      {s && (
        <p class="utrecht-paragraph">
          {tekst(t, 'ui-afwegingskader-plaats')} {s.plaatsAfwegingskader}
        </p>
      )}
      <Tekstveld id="mc-afwegingen-datum" regel type="date" label={veldLabel(t, 4, 'datum')} value={d.afwegingen.datum} onInput={(v) => wijzig((x) => ({ ...x, afwegingen: { ...x.afwegingen, datum: v } }))} />
      <Afweging {...p} a="a1" options={jaNee(t)} />
      {isRelevant(d, sector, 'a2') && (
        <>
          <Afweging {...p} a="a2" options={[...jaNee(t), { value: 'twijfel', label: tekst(t, 'waarde-twijfel') }]} />
          <details class="mc-details">
            <summary>{tekst(t, 'ui-definities')}</summary>
            <dl class="mc-definities">
              {t.lijsten.onveiligheid.map((o) => (
                <>
                  <dt>{o.label}</dt>
                  <dd>{o.uitleg}</dd>
                </>
              ))}
            </dl>
          </details>
        </>
      )}
      {d.afwegingen.a2 === 'twijfel' && isRelevant(d, sector, 'a2') && (
        <Alert type="warning" role="status">
          <p class="utrecht-paragraph">{tekst(t, 'ui-twijfel-vt')}</p>
        </Alert>
      )}
      {isRelevant(d, sector, 'a2Soort') && (
        <CheckboxGroup
          id="mc-a2-soort"
          legend={veldLabel(t, 4, 'a2Soort')}
          description={veldHulp(t, 4, 'a2Soort')}
          options={t.lijsten.onveiligheid.map((o) => ({ value: o.id, label: o.label }))}
          value={d.afwegingen.a2Soort}
          onChange={(v) => wijzig((x) => ({ ...x, afwegingen: { ...x.afwegingen, a2Soort: v as Onveiligheid[] } }))}
          error={fout('a2Soort')}
        />
      )}
      {d.afwegingen.a1 === 'nee' && (
        <Alert type="info" role="status">
          <p class="utrecht-paragraph">{tekst(t, 'ui-a1-nee')}</p>
        </Alert>
      )}
    </>
  );
}
