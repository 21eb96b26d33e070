/** The staff-member route (kinderopvang, onderwijs): what it is, and the facts the user records for it. */
import type { StapProps } from './context.ts';
import { Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { sectorTekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import type { Dossier } from '../domain/model.ts';
import { BronLijst } from './RegelBlok.tsx';

const VELDEN = [
  ['feiten', 'medewerkerFeiten', false],
  ['gemeldAan', 'medewerkerGemeldAan', true],
  ['gemeldOp', 'medewerkerGemeldOp', true],
  ['overleg', 'medewerkerOverleg', false],
  ['maatregelen', 'medewerkerMaatregelen', false],
] as const;

export function MedewerkerRoute({ t, d, wijzig }: StapProps) {
  const r = sectorTekst(t, d.sector)?.medewerkerRoute;
  if (!r) return null;
  const zet = (deel: Partial<Dossier['medewerker']>) => wijzig((x) => ({ ...x, medewerker: { ...x.medewerker, ...deel } }));
  return (
    <>
      <Alert type="warning" title={r.titel} role="none">
        {r.uitleg.map((p) => (
          <p class="utrecht-paragraph">{p}</p>
        ))}
        <BronLijst bronnen={r.bronnen} />
      </Alert>
      <section aria-labelledby="mc-medewerker-kop" class="mc-blok">
        <h3 class="utrecht-heading-3" id="mc-medewerker-kop">
          {veldLabel(t, 'start', 'medewerker')}
        </h3>
        {VELDEN.map(([k, veld, regel]) => (
          <Tekstveld
            id={`mc-medewerker-${k}`}
            regel={regel}
            type={k === 'gemeldOp' ? 'date' : 'text'}
            label={veldLabel(t, 'start', veld)}
            description={veldHulp(t, 'start', veld)}
            value={d.medewerker[k]}
            onInput={(v) => zet({ [k]: v })}
          />
        ))}
      </section>
    </>
  );
}
