/**
 * For a participant who opened the model to contribute: send back what they added (items, votes) as
 * a link or a file. Only the additions travel; the facilitator merges them.
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../../../instrument/browser-file.ts';
import { fileName } from '../../../instrument/dates.ts';
import { exporteerBijdrage, maakBijdrage, maakBijdrageFragment, randomId, type Bijdrage, type Model } from '../domain/index.ts';
import { Knop } from './ui.tsx';

export function BijdrageMaken({ model, basis, setFout }: { model: Model; basis: Model; setFout: (s: string) => void }) {
  const [naam, setNaam] = useState('');
  const [klaar, setKlaar] = useState<{ bijdrage: Bijdrage; link: string | null } | null>(null);
  const maak = async () => {
    const b = maakBijdrage(basis, model, naam, randomId());
    if (!b.ok) return setFout(b.message);
    const f = await maakBijdrageFragment(b.value);
    setKlaar({ bijdrage: b.value, link: f.ok ? `${location.origin}${location.pathname}#${f.value}` : null });
  };
  return (
    <section aria-labelledby="bm-kop-bijdrage" class="bm-bijdrage">
      <h3 class="utrecht-heading-3" id="bm-kop-bijdrage">Bijdrage terugsturen</h3>
      <p class="utrecht-paragraph">
        U werkt in uw eigen kopie van “{basis.titel || 'Naamloos model'}”. Stuur wat u toevoegde en uw stemmen terug naar de begeleider,
        als link of als bestand. Alleen uw toevoegingen gaan mee.
      </p>
      <div class="utrecht-form-field bm-veld">
        <label class="utrecht-form-label" for="bm-bijdrage-naam">Uw naam of rol (mag leeg blijven)</label>
        <input id="bm-bijdrage-naam" class="utrecht-textbox" type="text" value={naam} onInput={(e) => setNaam((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <Knop soort="primary-action" onClick={() => void maak()}>Bijdrage maken</Knop>
      {klaar && (
        <div class="bm-deellink">
          {klaar.link ? (
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for="bm-bijdragelink-uit">Bijdragelink (stuur deze naar de begeleider)</label>
              <textarea id="bm-bijdragelink-uit" class="utrecht-textarea" readOnly rows={3} value={klaar.link} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
            </div>
          ) : <p class="utrecht-paragraph">Uw bijdrage is te groot voor een link. Stuur het bestand.</p>}
          <Knop onClick={() => downloadText(fileName(`bijdrage-${basis.titel || 'barrieremodel'}`, 'json'), exporteerBijdrage(klaar.bijdrage))}>Bijdrage als bestand bewaren</Knop>
        </div>
      )}
    </section>
  );
}
