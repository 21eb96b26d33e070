/** After a kindcheck: start the linked walk for the children (positive), or continue with the meldcode (doubt). */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier, SectorRegels } from '../domain/model.ts';
import { bepaalUitkomst, kindcheckUitkomst } from '../domain/regels.ts';
import { startVoorKinderen } from '../domain/kindcheck.ts';
import { naarMarkdown, naarTekst } from '../domain/export.ts';
import { tekst } from '../domain/teksten.ts';
import { formatDate, localDateStamp } from '../../../instrument/dates.ts';
import { Button } from '../../../instrument/forms/index.ts';

export function KindcheckVervolg(props: { t: MeldcodeTeksten; d: Dossier; sector: SectorRegels | null; onStart: (kinderen: Dossier) => void; onMeldcode: () => void }) {
  const { t, d, sector, onStart, onMeldcode } = props;
  const u = bepaalUitkomst(d, sector);
  const positief = kindcheckUitkomst(d) === 'positief' && d.betrokkene !== 'kind' && d.koppeling?.soort !== 'vervolg-kinderen';
  return (
    <>
      {positief && (
        <div class="mc-blok mc-vervolg">
          <p class="utrecht-paragraph">{tekst(t, 'ui-start-kinderen-uitleg')}</p>
          <Button
            variant="primary"
            id="mc-start-kinderen"
            onClick={() => {
              const datum = localDateStamp();
              const signaal = tekst(t, 'koppeling-signaal');
              // The adult's record names the walk for the children; that record is kept inside the new walk.
              const { volwassene } = startVoorKinderen(d, '', datum, signaal);
              const verslag = naarTekst(naarMarkdown(volwassene, t, formatDate(new Date())));
              onStart(startVoorKinderen(d, verslag, datum, signaal).kinderen);
            }}
          >
            {tekst(t, 'ui-start-kinderen')}
          </Button>
        </div>
      )}
      {u.soort === 'kindcheck-twijfel' && (
        <p class="utrecht-paragraph">
          <Button id="mc-verder-meldcode" onClick={onMeldcode}>
            {tekst(t, 'ui-verder-met-meldcode')}
          </Button>
        </p>
      )}
    </>
  );
}
