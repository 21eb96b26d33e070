/** The last screen: the outcome first, the next step after a kindcheck, the training comparison, then all answers with "Wijzig". */
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import type { Dossier, Scherm, SectorRegels } from '../domain/model.ts';
import type { Veld } from '../domain/regels.ts';
import { tekst } from '../domain/teksten.ts';
import { Antwoorden, Uitkomst } from './Samenvatting.tsx';
import { KindcheckVervolg } from './KindcheckVervolg.tsx';
import { Vergelijking } from './TrainingVergelijking.tsx';

export function Overzicht(props: {
  t: MeldcodeTeksten;
  d: Dossier;
  sector: SectorRegels | null;
  casus: Casus | undefined;
  onKinderen: (d: Dossier) => void;
  onMeldcode: () => void;
  onWijzig: (veld: Veld, scherm: Scherm) => void;
}) {
  const { t, d, sector, casus } = props;
  return (
    <>
      <section aria-labelledby="mc-uitkomst-kop" class="mc-blok">
        <h3 class="utrecht-heading-3" id="mc-uitkomst-kop">
          {tekst(t, 'ui-uitkomst-titel')}
        </h3>
        <Uitkomst t={t} d={d} kopNiveau={4} />
        <KindcheckVervolg t={t} d={d} sector={sector} onStart={props.onKinderen} onMeldcode={props.onMeldcode} />
      </section>
      {casus && <Vergelijking t={t} d={d} sector={sector} casus={casus} />}
      <section aria-labelledby="mc-antwoorden-kop" class="mc-blok">
        <h3 class="utrecht-heading-3" id="mc-antwoorden-kop">
          {tekst(t, 'ui-antwoorden-titel')}
        </h3>
        <Antwoorden t={t} d={d} kopNiveau={4} onWijzig={props.onWijzig} />
      </section>
    </>
  );
}
