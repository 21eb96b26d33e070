/** Export (JSON, CSV, print) and the share link; import into a new model. */
import { useState } from 'preact/hooks';
import { downloadText, fileName } from '../../../lib/browser-file.ts';
import { actielijstCsv, exporteerJson, maakFragment, modelCsv, type Model } from '../domain/index.ts';
import { Samenvoegen } from './Samenvoegen.tsx';
import { BijdrageMaken } from './BijdrageMaken.tsx';
import { drukAf } from './Afdruk.tsx';
import { Importeren } from './Modellen.tsx';
import { Knop, SchermKop, Uitleg, type Dispatch, type UitlegTekst } from './ui.tsx';
import type { Melding } from './App.tsx';

interface Props {
  model: Model;
  /** Set when this is a participant's copy of a shared model. */
  basis: Model | null;
  dispatch: Dispatch;
  setStatus: (s: string) => void;
  uitleg: Record<string, UitlegTekst>;
  onImporteer: (f: File) => void;
  setMelding: (m: Melding) => void;
}

export function Delen({ model, basis, dispatch, setStatus, uitleg, onImporteer, setMelding }: Props) {
  const fout = (tekst: string) => setMelding({ soort: 'error', tekst });
  const [link, setLink] = useState<string | null>(null);
  const [linkFout, setLinkFout] = useState<string | null>(null);
  const [gekopieerd, setGekopieerd] = useState('');
  const naam = model.titel || 'barrieremodel';
  return (
    <section aria-labelledby="bm-kop-delen">
      <SchermKop id="bm-kop-delen">Delen en exporteren</SchermKop>
      <h3 class="utrecht-heading-3">Exporteren</h3>
      <div class="utrecht-button-group">
        <Knop onClick={() => downloadText(fileName(`barrieremodel-${naam}`, 'json'), exporteerJson(model))}>Model exporteren (JSON)</Knop>
        <Knop onClick={() => downloadText(fileName(`actielijst-${naam}`, 'csv'), actielijstCsv(model), 'text/csv')}>Actielijst exporteren (CSV)</Knop>
        <Knop onClick={() => downloadText(fileName(`barrieremodel-${naam}`, 'csv'), modelCsv(model), 'text/csv')}>Hele model exporteren (CSV)</Knop>
      </div>
      <p class="utrecht-paragraph bm-klein">Een JSON-bestand kunt u later weer importeren, ook op een ander apparaat. Het CSV-bestand opent u in een rekenprogramma.</p>
      <h3 class="utrecht-heading-3">Afdrukken of als PDF bewaren</h3>
      <div class="utrecht-button-group">
        <Knop onClick={() => drukAf(model, 'poster')}>Matrix afdrukken als poster (A3 liggend)</Knop>
        <Knop onClick={() => drukAf(model, 'lijst')}>Actielijst afdrukken (A4)</Knop>
      </div>
      <p class="utrecht-paragraph bm-klein">Kies in het afdrukvenster “Opslaan als PDF” om een PDF te maken.</p>

      <h3 class="utrecht-heading-3">Deellink</h3>
      <div class="utrecht-alert utrecht-alert--warning"><Uitleg tekst={uitleg['deellink']} /></div>
      <Knop onClick={async () => {
        setGekopieerd('');
        const r = await maakFragment(model);
        if (r.ok) {
          setLink(`${location.origin}${location.pathname}#${r.value}`);
          setLinkFout(null);
        } else {
          setLink(null);
          setLinkFout(r.message);
        }
      }}>Deellink maken</Knop>
      {linkFout && <div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">{linkFout}</p></div>}
      {link && (
        <div class="bm-deellink">
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for="bm-deellink">Deellink (iedereen met deze link kan het model lezen)</label>
            <textarea id="bm-deellink" class="utrecht-textarea" readOnly rows={3} value={link} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
          </div>
          <Knop onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setGekopieerd('De link is gekopieerd.');
            } catch {
              setGekopieerd('Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.');
            }
          }}>Link kopiëren</Knop>
          <p class="utrecht-paragraph" role="status">{gekopieerd}</p>
        </div>
      )}
      {basis && <BijdrageMaken model={model} basis={basis} setFout={fout} />}
      <Samenvoegen model={model} dispatch={dispatch} setStatus={setStatus} setFout={fout} />
      <h3 class="utrecht-heading-3">Importeren</h3>
      <Importeren onImporteer={(f) => { setMelding({ soort: 'info', tekst: 'Bestand wordt gelezen…' }); onImporteer(f); }} id="bm-import" />
    </section>
  );
}
