/**
 * The open model: kept on screen and on this device by the shared layer (useStoredDocument: every
 * save failure on screen, other tabs noticed, unreadable data kept aside, passphrase, ask-then-undo),
 * with undo/redo per action. Leaving the model first saves what is pending; when that fails, the user
 * chooses (nothing is closed silently).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { StorageStatus } from '../../../instrument/components/StorageStatus.tsx';
import { ConflictChoice } from '../../../instrument/components/ConflictChoice.tsx';
import { QuarantineNotice } from '../../../instrument/components/QuarantineNotice.tsx';
import { ReplaceConfirm } from '../../../instrument/components/ReplaceConfirm.tsx';
import { downloadText } from '../../../instrument/browser-file.ts';
import { barrieremodelBestand, type IndexRegel, type Model } from '../domain/index.ts';
import { modelSleutel, type Opslag } from './opslag.ts';
import { useHistorie } from './useHistorie.ts';
import { Kopbalk } from './Kopbalk.tsx';
import { Schermen } from './Schermen.tsx';
import type { Melding } from './Melding.tsx';
import type { Props as AppProps } from './App.tsx';
import { Knop } from './ui.tsx';

export interface Geopend {
  start: Model;
  /** A contribution merged into the model: applied once after loading, as one step that can be undone. */
  samengevoegd?: Model;
  /** A participant's copy: the model as shared (stored aside, to compute the contribution later). */
  basis?: Model;
}

interface Props extends AppProps {
  geopend: Geopend;
  opslag: Opslag;
  regels: IndexRegel[];
  melding: ComponentChildren;
  setMelding: (m: Melding | null) => void;
  setStatus: (s: string) => void;
  onSluit: () => void;
  onOpenModel: (id: string) => void;
  onSubmodel: (model: Model, stapId: string) => void;
  onVervangen: () => void;
}

export const downloadModel = (m: Model) => downloadText(barrieremodelBestand.fileName('json', new Date(), `barrieremodel-${m.titel || 'model'}`), barrieremodelBestand.toFileText(m));

export function ModelWerk(p: Props) {
  const id = p.geopend.start.id;
  const doc = useStoredDocument(barrieremodelBestand, { key: modelSleutel(id), empty: () => p.geopend.start, isEmpty: () => false, storage: p.opslag.storage });
  const hist = useHistorie(doc, p.setStatus);
  const [sluitVraag, setSluitVraag] = useState<string | null>(null);
  const [basis, setBasis] = useState<Model | null>(p.geopend.basis ?? null);
  const samengevoegd = useRef(p.geopend.samengevoegd);
  const [workshop, setWorkshop] = useState(false);

  useEffect(() => {
    const store = p.opslag.basis(id);
    if (p.geopend.basis) {
      void store.save(p.geopend.basis, 0).then((r) => {
        if (!r.ok) p.setMelding({ soort: 'warning', tekst: `De gedeelde versie kon niet apart worden bewaard, dus een bijdrage maken lukt alleen zolang dit model open is. ${r.message}` });
      });
    } else {
      void store.load().then((r) => r.ok && r.value.kind === 'loaded' && setBasis(r.value.doc.data));
    }
    // Whatever way this model is left: save what is still pending.
    return () => void doc.flush();
  }, []);
  useEffect(() => {
    if (doc.save.kind === 'loading' || !samengevoegd.current) return;
    hist.dispatch({ type: 'vervangen', model: { ...samengevoegd.current, id } });
    samengevoegd.current = undefined;
  }, [doc.save.kind]);

  const sluit = async () => {
    const r = await doc.flush();
    if (r.ok) p.onSluit();
    else setSluitVraag(r.message);
  };

  return (
    <>
      <Kopbalk model={doc.data} regels={p.regels} hist={hist} zonderHistorie={!!doc.replace.undoable} onWorkshop={() => setWorkshop(true)} onSluit={() => void sluit()} onOpenModel={async (ouder) => { if ((await doc.flush()).ok) p.onOpenModel(ouder); else setSluitVraag('Uw laatste wijzigingen zijn niet bewaard.'); }} />
      {sluitVraag && (
        <div class="utrecht-alert utrecht-alert--warning" role="alert" id="bm-sluitvraag">
          <p class="utrecht-paragraph">Uw laatste wijzigingen aan dit model zijn niet op dit apparaat bewaard. {sluitVraag}</p>
          <p class="utrecht-paragraph">Als u nu naar alle modellen gaat, bent u die wijzigingen kwijt. Download het model eerst als bestand, of blijf in dit model.</p>
          <div class="utrecht-button-group">
            <Knop soort="primary-action" onClick={() => setSluitVraag(null)}>Blijf in dit model</Knop>
            <Knop onClick={() => downloadModel(doc.data)}>Model downloaden (JSON)</Knop>
            <Knop soort="subtle" onClick={p.onSluit}>Toch naar alle modellen</Knop>
          </div>
        </div>
      )}
      <StorageStatus state={doc.save} />
      <QuarantineNotice message={doc.unreadable} items={doc.quarantine} tool="barrieremodel" onDiscard={doc.discardQuarantined} />
      <ConflictChoice doc={doc} onDownloadMine={() => downloadModel(doc.data)} />
      <ReplaceConfirm control={doc.replace} onDownloadCurrent={() => downloadModel(doc.data)} />
      {p.melding}
      <Schermen {...p} doc={doc} hist={hist} basis={basis} workshop={workshop} setWorkshop={setWorkshop} />
    </>
  );
}
