/** The tabs of an open model and the screen that belongs to each; focus and page title follow the screen. */
import { useFocusAfterRender } from '../../../instrument/hooks/useShell.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { moveFocus, screenTitle } from '../../../instrument/shell.ts';
import { barrieremodelBestand, deelGelijk, type IndexRegel, type Model, type Onderdeel } from '../domain/index.ts';
import type { Historie } from './useHistorie.ts';
import type { Props as AppProps } from './App.tsx';
import type { Melding } from './Melding.tsx';
import { Matrix } from './Matrix.tsx';
import { StapEditor } from './StapEditor.tsx';
import { Actielijst } from './Actielijst.tsx';
import { Overzicht } from './Overzicht.tsx';
import { Gegevens } from './Gegevens.tsx';
import { Delen } from './Delen.tsx';
import { Workshop } from './Workshop.tsx';

export type Scherm = 'matrix' | 'stap' | 'acties' | 'overzicht' | 'gegevens' | 'delen';
const SCHERMEN: { id: Scherm; label: string }[] = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'stap', label: 'Stap bewerken' },
  { id: 'acties', label: 'Actielijst' },
  { id: 'overzicht', label: 'Overzicht' },
  { id: 'gegevens', label: 'Fenomeen en partners' },
  { id: 'delen', label: 'Delen en exporteren' },
];

interface Props extends AppProps {
  doc: StoredDocument<Model>;
  hist: Historie;
  basis: Model | null;
  regels: IndexRegel[];
  workshop: boolean;
  setWorkshop: (open: boolean) => void;
  setMelding: (m: Melding | null) => void;
  setStatus: (s: string) => void;
  onOpenModel: (id: string) => void;
  onSubmodel: (model: Model, stapId: string) => void;
}

/** The model for the screen: parts equal to what is on screen keep their object, so they do not render again. */
function useGedeeld(data: Model): Model {
  const vorig = useRef<{ in: Model; uit: Model } | null>(null);
  if (vorig.current?.in !== data) vorig.current = { in: data, uit: vorig.current ? deelGelijk(vorig.current.uit, data) : data };
  return vorig.current.uit;
}

export function Schermen(p: Props) {
  const { doc, hist, setStatus } = p;
  const model = useGedeeld(doc.data);
  const dispatch = hist.dispatch;
  const [scherm, setScherm] = useState<Scherm>('matrix');
  const [stapId, setStapId] = useState<string | null>(model.stappen[0]?.id ?? null);
  const [focusOnderdeel, setFocusOnderdeel] = useState<string | null>(null);
  const focusNa = useFocusAfterRender();
  const stap = model.stappen.find((s) => s.id === stapId) ?? model.stappen[0] ?? null;
  // A model that opens: focus on its first screen, unless an error message just took it.
  useEffect(() => {
    if (!document.activeElement?.closest('#bm-melding')) moveFocus(document.getElementById('bm-kop-matrix'));
  }, []);

  useEffect(() => {
    const naam = p.workshop ? 'Workshop' : scherm === 'stap' ? `Stap: ${stap?.naam ?? ''}` : SCHERMEN.find((s) => s.id === scherm)?.label ?? '';
    document.title = screenTitle(`${naam} – ${model.titel || 'Naamloos model'}`, 'Barrièremodel-bouwer | Veiligwijzer');
  }, [model.titel, scherm, stap?.naam, p.workshop]);

  const gaNaar = (s: Scherm, opties: { stapId?: string; onderdeel?: Onderdeel } = {}) => {
    if (opties.stapId !== undefined) setStapId(opties.stapId);
    setFocusOnderdeel(opties.onderdeel ?? null);
    setScherm(s);
    focusNa(opties.onderdeel ? `bm-toevoegen-${opties.onderdeel}` : `bm-kop-${s}`);
  };

  const importeer = async (file: File) => {
    p.setMelding({ soort: 'info', tekst: 'Bestand wordt gelezen…' });
    const r = await barrieremodelBestand.readFile(file);
    if (!r.ok) return p.setMelding({ soort: 'error', tekst: r.message });
    p.setMelding(null);
    doc.replace.request({ ...r.value.data, id: model.id }, 'import');
  };

  return (
    <>
      <nav aria-label="Weergaven van het model" class="bm-tabs" id="bm-tabs">
        <ul class="bm-tabs__lijst">
          {SCHERMEN.map((s) => (
            <li key={s.id}>
              <button type="button" id={`bm-tab-${s.id}`} class="utrecht-button utrecht-button--subtle bm-tab" aria-current={scherm === s.id ? 'page' : undefined} onClick={() => gaNaar(s.id)}>
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {scherm === 'matrix' && <Matrix model={model} dispatch={dispatch} onderdelen={p.onderdelen} onBewerk={(id, o) => gaNaar('stap', o ? { stapId: id, onderdeel: o } : { stapId: id })} setStatus={setStatus} />}
      {scherm === 'stap' && (
        <StapEditor model={model} stap={stap} regels={p.regels} dispatch={dispatch} onderdelen={p.onderdelen} uitleg={p.uitleg} focusOnderdeel={focusOnderdeel}
          onKiesStap={(id) => { setStapId(id); focusNa('bm-kop-stap'); }} onSubmodel={(id) => p.onSubmodel(model, id)} onOpenModel={p.onOpenModel}
          setStatus={setStatus} instrumenten={p.instrumenten} />
      )}
      {scherm === 'acties' && <Actielijst model={model} dispatch={dispatch} setStatus={setStatus} />}
      {scherm === 'overzicht' && <Overzicht model={model} onGaNaarStap={(id) => gaNaar('stap', { stapId: id })} />}
      {scherm === 'gegevens' && <Gegevens model={model} dispatch={dispatch} setStatus={setStatus} />}
      {scherm === 'delen' && <Delen model={model} doc={doc} basis={p.basis} dispatch={dispatch} setStatus={setStatus} uitleg={p.uitleg} onImporteer={(f) => void importeer(f)} setMelding={p.setMelding} />}
      {p.workshop && <Workshop model={model} dispatch={dispatch} onderdelen={p.onderdelen} uitleg={p.uitleg} onSluit={() => { p.setWorkshop(false); focusNa('bm-workshop-knop'); }} />}
    </>
  );
}
