/** Root of the barrièremodel-bouwer: the list of models, links in the address, and the open model. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLoadedMarker } from '../../../instrument/hooks/useShell.ts';
import { lazy, useLazy } from '../../../instrument/lazy.ts';
import { LazyFailed } from '../../../instrument/components/LazyFailed.tsx';
import type { OnderdeelTekst } from '../content-schema.ts';
import { barrieremodelBestand, leegModel, maakSubmodel, modelUitSjabloon, randomId, type CatalogusInstrument, type Model, type Sjabloon } from '../domain/index.ts';
import { maakOpslag } from './opslag.ts';
import { useBibliotheek } from './useBibliotheek.ts';
import { useDeellink } from './useDeellink.ts';
import { Modellen } from './Modellen.tsx';
import type { Geopend } from './ModelWerk.tsx';
import { GedeeldOpenen } from './GedeeldOpenen.tsx';
import { BijdrageOntvangen } from './BijdrageOntvangen.tsx';
import { bijdrageVerslagTekst, voegBijdrageSamen } from './bijdrage-tekst.ts';
import { MeldingBlok, StatusRegel, type Melding } from './Melding.tsx';
import type { UitlegTekst } from './ui.tsx';
import './barrieremodel.css';

export interface Props {
  onderdelen: OnderdeelTekst[];
  instrumenten: CatalogusInstrument[];
  /** Source id → short title, for the source note on template items. */
  bronTitels: Record<string, string>;
  sjablonen: Sjabloon[];
  uitleg: Record<string, UitlegTekst>;
}

export type { Melding };

/** The open model (editor, matrix, workshop, sharing, print): loaded when a model opens, not for the list. */
const modelWerk = lazy(() => import('./ModelWerk.tsx'));
/**
 * Starts loading the open model's code while a model is still being read (a file, or a big model from storage),
 * instead of after: the two overlap. A failure shows when the model opens (LazyFailed), which tries again.
 */
const laadModelWerk = () => void modelWerk.load().catch(() => undefined);

export default function App(props: Props) {
  const root = useLoadedMarker<HTMLDivElement>();
  const opslag = useMemo(() => maakOpslag(), []);
  const bib = useBibliotheek(opslag);
  const [open, setOpen] = useState<Geopend | null>(null);
  const werk = useLazy(modelWerk, open !== null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [status, setStatus] = useState('');
  const [gestart, setGestart] = useState(false);
  useEffect(() => setGestart(true), []);
  const fout = (tekst: string) => setMelding({ soort: 'error', tekst });
  const { gedeeld, setGedeeld, ontvangen, setOntvangen } = useDeellink(fout, () => setMelding(null));

  /** Stores a new model and opens it. When storage fails the model still opens, with the reason on screen. */
  const nieuw = async (m: Model, tekst: string, extra: Partial<Geopend> = {}, zichtbaar = false) => {
    const r = await bib.bewaar(m);
    const model = r.ok ? r.value.model : { ...m, id: bib.nieuwId() };
    setOpen({ start: model, ...extra });
    // The list learns of the model in the same render that opens it: it does not render once more in between
    // (with the dates of every model) while the model is about to replace it.
    if (r.ok) bib.toon(r.value.model, r.value.savedAt);
    setStatus(tekst);
    if (!r.ok) setMelding({ soort: 'error', tekst: `${tekst} Let op: het model is niet op dit apparaat bewaard. ${r.message}` });
    else setMelding(zichtbaar ? { soort: 'ok', tekst } : null);
  };

  const openUitLijst = async (id: string, extra: Partial<Geopend> = {}) => {
    laadModelWerk();
    const r = await bib.lees(id);
    if (r.ok) return setOpen({ start: r.value.data, ...extra });
    if (r.code === 'locked') return setOpen({ start: leegModel(id), ...extra });
    fout(r.message);
  };

  const importeer = async (file: File) => {
    setMelding({ soort: 'info', tekst: 'Bestand wordt gelezen…' });
    laadModelWerk();
    const r = await barrieremodelBestand.readFile(file);
    if (!r.ok) return fout(r.message);
    const naam = r.value.data.titel || 'Naamloos model';
    await nieuw(r.value.data, `Het model "${naam}" is geïmporteerd als nieuw model op dit apparaat. Uw andere modellen blijven zoals ze zijn.`, {}, true);
  };

  const bijdrageSamenvoegen = async (modelId: string) => {
    if (!ontvangen) return;
    // Close the open model first: the model with the contribution opens anew (and merges once).
    setOpen(null);
    setOntvangen(null);
    const r = await bib.lees(modelId);
    const m = r.ok ? voegBijdrageSamen(r.value.data, ontvangen) : r;
    if (!m.ok) return fout(m.message);
    setOpen({ start: (r as { value: { data: Model } }).value.data, samengevoegd: m.value.model });
    setMelding({ soort: 'ok', tekst: bijdrageVerslagTekst(ontvangen, m.value.verslag) });
  };

  const submodel = async (ouder: Model, stapId: string) => {
    const r = maakSubmodel(ouder, stapId, randomId);
    if (!r.ok) return fout(r.message);
    await nieuw(r.value, `Submodel gemaakt: ${r.value.titel}.`);
  };

  const melden = <MeldingBlok melding={melding} onSluit={() => setMelding(null)} />;
  let inhoud;
  if (!gestart) {
    inhoud = <p class="utrecht-paragraph bm-laden">Het instrument wordt geladen. Het werkt alleen met JavaScript; zonder JavaScript leest u hieronder wat een barrièremodel is.</p>;
  } else if (ontvangen) {
    inhoud = (
      <BijdrageOntvangen bijdrage={ontvangen} regels={bib.regels} onSamenvoegen={(id) => void bijdrageSamenvoegen(id)}
        onNiet={() => { setOntvangen(null); setStatus('De bijdrage is niet samengevoegd.'); }} />
    );
  } else if (gedeeld) {
    inhoud = (
      <GedeeldOpenen model={gedeeld} opslag={opslag}
        onOpen={(m, basis) => { setGedeeld(null); void nieuw(m, basis ? 'Uw eigen kopie is geopend. Voeg onderdelen en stemmen toe en stuur ze terug via “Delen en exporteren”.' : 'Gedeeld model geopend als nieuw model.', basis ? { basis } : {}); }}
        onNiet={() => setGedeeld(null)} />
    );
  } else if (open && !werk) {
    inhoud = (
      <>
        <LazyFailed part={modelWerk} />
        {!modelWerk.failed() && <p class="utrecht-paragraph" role="status">Het model wordt geopend…</p>}
      </>
    );
  } else if (open && werk) {
    inhoud = (
      <werk.ModelWerk key={open.start.id} {...props} geopend={open} opslag={opslag} regels={bib.regels} melding={melden}
        setMelding={setMelding} setStatus={setStatus}
        onSluit={() => { setOpen(null); setMelding(null); bib.ververs(); }}
        onOpenModel={(id) => void openUitLijst(id)}
        onSubmodel={(m, stapId) => void submodel(m, stapId)}
        onVervangen={bib.ververs} />
    );
  } else {
    inhoud = (
      <>
        {melden}
        {bib.fout && <div class="utrecht-alert utrecht-alert--warning" role="alert"><p class="utrecht-paragraph">{bib.fout} Exporteer uw model als bestand om het te bewaren.</p></div>}
        <Modellen regels={bib.regels} sjablonen={props.sjablonen} uitleg={props.uitleg} bib={bib} opslag={opslag}
          onNieuw={(sj) => void nieuw(modelUitSjabloon(sj, randomId, props.bronTitels), `Nieuw model gemaakt: ${sj.naam}.`)}
          onOpen={(id) => void openUitLijst(id)} onImporteer={(f) => void importeer(f)} setMelding={setMelding} setStatus={setStatus} />
      </>
    );
  }
  return (
    <div class="bm-app" ref={root}>
      <StatusRegel status={status} />
      {(ontvangen || gedeeld) && melden}
      {inhoud}
    </div>
  );
}
