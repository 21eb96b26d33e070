/** One afweging: the question in the sector's wording, helping questions, the answer and a toelichting. */
import type { StapProps } from './context.ts';
import { RadioGroup, type Option } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { afwegingTekst, tekst, veldLabel } from '../domain/teksten.ts';

type A = 'a1' | 'a2' | 'a3' | 'a4' | 'a5';

export function Afweging({ t, d, wijzig, fout, a, options, samen = false }: StapProps & { a: A; options: Option[]; samen?: boolean }) {
  const scherm = a === 'a1' || a === 'a2' ? 4 : 5;
  const tekstA = afwegingTekst(t, d.sector, a);
  return (
    <div class="mc-afweging">
      <RadioGroup
        id={`mc-${a}`}
        legend={
          <>
            <span class="mc-afweging-nummer">{veldLabel(t, scherm, a)}</span> {tekstA.vraag}
          </>
        }
        description={[samen ? tekst(t, 'ui-samen-met-vt-later') : '', tekstA.eigenFormulering ? tekst(t, 'ui-sector-formulering') : ''].filter(Boolean).join(' ') || undefined}
        options={options}
        value={d.afwegingen[a]}
        onChange={(v) => wijzig((x) => ({ ...x, afwegingen: { ...x.afwegingen, [a]: v } }))}
        error={fout(a)}
      />
      {tekstA.hulpvragen.length > 0 && (
        <details class="mc-details">
          <summary>{tekst(t, 'ui-hulpvragen')}</summary>
          <ul class="utrecht-unordered-list">
            {tekstA.hulpvragen.map((h) => (
              <li class="utrecht-unordered-list__item">{h}</li>
            ))}
          </ul>
        </details>
      )}
      <Tekstveld
        id={`mc-${a}-toelichting`}
        label={`${veldLabel(t, scherm, 'toelichting')} – ${veldLabel(t, scherm, a)}`}
        value={d.afwegingen.toelichting[a]}
        onInput={(v) => wijzig((x) => ({ ...x, afwegingen: { ...x.afwegingen, toelichting: { ...x.afwegingen.toelichting, [a]: v } } }))}
      />
    </div>
  );
}

export const jaNee = (t: StapProps['t']): Option[] => [
  { value: 'ja', label: tekst(t, 'waarde-ja') },
  { value: 'nee', label: tekst(t, 'waarde-nee') },
];
