/** Export (JSON, CSV, print) and the share link; import into a new model. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../../instrument/browser-file.ts';
import { fileName } from '../../../instrument/dates.ts';
import { CSV_MIME } from '../../../instrument/csv.ts';
import type { StoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { PassphrasePanel } from '../../../instrument/components/PassphrasePanel.tsx';
import { actielijstCsv, maakFragment, modelCsv, type Model } from '../domain/index.ts';
import { downloadModel } from './ModelWerk.tsx';
import { Samenvoegen } from './Samenvoegen.tsx';
import { BijdrageMaken } from './BijdrageMaken.tsx';
import { drukAf } from './Afdruk.tsx';
import { Importeren } from './Modellen.tsx';
import { Knop, SchermKop, Uitleg, type Dispatch, type UitlegTekst } from './ui.tsx';
import type { Melding } from './Melding.tsx';

interface Props {
  model: Model;
  doc: StoredDocument<Model>;
  /** Set when this is a participant's copy of a shared model. */
  basis: Model | null;
  dispatch: Dispatch;
  setStatus: (s: string) => void;
  uitleg: Record<string, UitlegTekst>;
  onImporteer: (f: File) => void;
  setMelding: (m: Melding | null) => void;
}

export function Delen({ model, doc, basis, dispatch, setStatus, uitleg, onImporteer, setMelding }: Props) {
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
        <Knop onClick={() => downloadModel(model)}>Model exporteren (JSON)</Knop>
        <Knop onClick={() => downloadText(fileName(`actielijst-${naam}`, 'csv'), actielijstCsv(model), CSV_MIME)}>Actielijst exporteren (CSV)</Knop>
        <Knop onClick={() => downloadText(fileName(`barrieremodel-${naam}`, 'csv'), modelCsv(model), CSV_MIME)}>Hele model exporteren (CSV)</Knop>
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
      <Importeren onImporteer={onImporteer} id="bm-import" uitleg="Het bestand vervangt dit model. U krijgt eerst de vraag of u dat wilt, en daarna kunt u het ongedaan maken. Wilt u het als nieuw model openen? Importeer het dan bij “Alle modellen”." />
      <h3 class="utrecht-heading-3">Beveiligen met een wachtwoordzin</h3>
      <PassphrasePanel doc={doc} />
    </section>
  );
}
