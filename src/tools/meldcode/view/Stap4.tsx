import type { StapProps } from './context.ts';
import { Vinkjes, Melding, Tekstveld } from './velden.tsx';
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
      <Afweging {...p} a="a1" opties={jaNee(t)} />
      {isRelevant(d, sector, 'a2') && (
        <>
          <Afweging {...p} a="a2" opties={[...jaNee(t), { value: 'twijfel', label: tekst(t, 'waarde-twijfel') }]} />
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
        <Melding soort="warning" rol="status">
          <p class="utrecht-paragraph">{tekst(t, 'ui-twijfel-vt')}</p>
        </Melding>
      )}
      {isRelevant(d, sector, 'a2Soort') && (
        <Vinkjes
          id="mc-a2-soort"
          legend={veldLabel(t, 4, 'a2Soort')}
          hulp={veldHulp(t, 4, 'a2Soort')}
          opties={t.lijsten.onveiligheid.map((o) => ({ value: o.id, label: o.label }))}
          value={d.afwegingen.a2Soort}
          onChange={(v) => wijzig((x) => ({ ...x, afwegingen: { ...x.afwegingen, a2Soort: v as Onveiligheid[] } }))}
          fout={fout('a2Soort')}
        />
      )}
      {d.afwegingen.a1 === 'nee' && (
        <Melding soort="info" rol="status">
          <p class="utrecht-paragraph">{tekst(t, 'ui-a1-nee')}</p>
        </Melding>
      )}
    </>
  );
}
