/** What is printed: the record with its date (local), never the page around it. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier } from '../domain/model.ts';
import { tekst } from '../domain/teksten.ts';
import { formatDate } from '../../../instrument/dates.ts';
import { Antwoorden, Uitkomst } from './Samenvatting.tsx';

export function Afdruk({ t, d, klaar }: { t: MeldcodeTeksten; d: Dossier; klaar: boolean }) {
  return (
    <div class="mc-print" aria-hidden="true">
      <h2 class="utrecht-heading-2">{tekst(t, 'export-titel')}</h2>
      <p class="utrecht-paragraph">{klaar ? tekst(t, 'export-datum', { datum: formatDate(new Date()) }) : ''}</p>
      <p class="utrecht-paragraph">{tekst(t, 'export-disclaimer')}</p>
      {d.modus === 'training' && <p class="utrecht-paragraph">{tekst(t, 'export-training')}</p>}
      <h3 class="utrecht-heading-3">{tekst(t, 'ui-uitkomst-titel')}</h3>
      <Uitkomst t={t} d={d} kopNiveau={4} idPrefix="mc-print" />
      <Antwoorden t={t} d={d} kopNiveau={4} />
    </div>
  );
}
