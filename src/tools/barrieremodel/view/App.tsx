/** Root of the barrièremodel-bouwer: library, the open model with undo/redo, screens and autosave. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import {
  bijwerken, canRedo, canUndo, dupliceer, hernoem, importeerJson, kanToevoegen, maakSubmodel,
  modelUitSjabloon, push, randomId, reduce, redo, startHistory, undo, verwijderen, LEGE_INDEX,
  type Actie, type CatalogusInstrument, type History, type Index, type Model, type Sjabloon,
} from '../domain/index.ts';
import { readTextFile } from '../../../lib/browser-file.ts';
import { maakOpslag } from './store.ts';
import { Modellen } from './Modellen.tsx';
import { Matrix } from './Matrix.tsx';
import { StapEditor } from './StapEditor.tsx';
import { Actielijst } from './Actielijst.tsx';
import { Overzicht } from './Overzicht.tsx';
import { Gegevens } from './Gegevens.tsx';
import { Delen } from './Delen.tsx';
import { Workshop } from './Workshop.tsx';
import { useDeellink } from './useDeellink.ts';
import { BijdrageOntvangen } from './BijdrageOntvangen.tsx';
import { bijdrageVerslagTekst, voegBijdrageSamen } from './bijdrage-tekst.ts';
import { Knop, type UitlegTekst } from './ui.tsx';
import './barrieremodel.css';

export interface Props {
  onderdelen: OnderdeelTekst[];
  instrumenten: CatalogusInstrument[];
  /** Source id → short title, for the source note on template items. */
  bronTitels: Record<string, string>;
  sjablonen: Sjabloon[];
  uitleg: Record<string, UitlegTekst>;
}

export type Scherm = 'matrix' | 'stap' | 'acties' | 'overzicht' | 'gegevens' | 'delen';
const SCHERMEN: { id: Scherm; label: string }[] = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'stap', label: 'Stap bewerken' },
  { id: 'acties', label: 'Actielijst' },
  { id: 'overzicht', label: 'Overzicht' },
  { id: 'gegevens', label: 'Fenomeen en partners' },
  { id: 'delen', label: 'Delen en exporteren' },
];

export interface Melding {
  soort: 'ok' | 'error' | 'warning' | 'info';
  tekst: string;
}

const SITE = 'Barrièremodel-bouwer | Veiligwijzer';

export default function App({ onderdelen, instrumenten, bronTitels, sjablonen, uitleg }: Props) {
  const opslag = useMemo(() => maakOpslag(), []);
  const [index, setIndex] = useState<Index>(LEGE_INDEX);
  const [hist, setHist] = useState<History<Model> | null>(null);
  const [scherm, setScherm] = useState<Scherm>('matrix');
  const [stapId, setStapId] = useState<string | null>(null);
  const [focusOnderdeel, setFocusOnderdeel] = useState<string | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [status, setStatus] = useState('');
  const [opslagFout, setOpslagFout] = useState<string | null>(null);
  const [basis, setBasis] = useState<Model | null>(null);
  const [workshop, setWorkshop] = useState(false);
  const focusNaRender = useRef<string | null>(null);
  const model = hist?.present ?? null;
  const [gestart, setGestart] = useState(false);
  useEffect(() => setGestart(true), []);

  // Load the index once. Links in the address (#model=, #bijdrage=) are read by useDeellink.
  useEffect(() => {
    const r = opslag.leesIndex();
    if (r.ok) setIndex(r.value);
    else setOpslagFout(r.message);
    if (!opslag.beschikbaar) setOpslagFout('Opslaan op dit apparaat lukt niet in deze browser (misschien staat privé-browsen aan). Exporteer uw model als bestand om het te bewaren.');
  }, [opslag]);
  const { gedeeld, setGedeeld, ontvangen, setOntvangen } = useDeellink(
    (tekst) => setMelding({ soort: 'error', tekst }),
    () => { setMelding(null); focusNaRender.current = 'bm-gedeeld-kop'; },
  );

  // Autosave (debounced) of the open model and the index.
  const laatstBewaard = useRef<Model | null>(null);
  useEffect(() => {
    if (!model || model === laatstBewaard.current) return;
    const t = setTimeout(() => {
      laatstBewaard.current = model;
      const r = opslag.bewaarModel(model);
      if (!r.ok) {
        setOpslagFout(r.message);
        return;
      }
      setIndex((i) => {
        const next = bijwerken(i, model, new Date());
        opslag.bewaarIndex(next);
        return next;
      });
      setOpslagFout(null);
    }, 300);
    return () => clearTimeout(t);
  }, [model, opslag]);

  // Focus the heading of a new screen, and keep the document title in step.
  useEffect(() => {
    const id = focusNaRender.current;
    if (id) {
      focusNaRender.current = null;
      document.getElementById(id)?.focus();
    }
  });
  useEffect(() => {
    if (!model) {
      document.title = SITE;
      return;
    }
    const naam = workshop ? 'Workshop' : scherm === 'stap' ? `Stap: ${model.stappen.find((s) => s.id === stapId)?.naam ?? ''}` : SCHERMEN.find((s) => s.id === scherm)?.label;
    document.title = `${naam} – ${model.titel || 'Naamloos model'} – ${SITE}`;
  }, [model, scherm, stapId, workshop]);

  const dispatch = useCallback((actie: Actie) => {
    setHist((h) => (h ? push(h, reduce(h.present, actie)) : h));
  }, []);

  const doeUndo = useCallback(() => {
    setHist((h) => (h && canUndo(h) ? undo(h) : h));
    setStatus('Laatste wijziging ongedaan gemaakt.');
  }, []);
  const doeRedo = useCallback(() => {
    setHist((h) => (h && canRedo(h) ? redo(h) : h));
    setStatus('Wijziging opnieuw gedaan.');
  }, []);

  // Ctrl/Cmd+Z and Ctrl+Y / Ctrl+Shift+Z outside text fields (text fields keep their own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !hist) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        doeUndo();
      } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
        e.preventDefault();
        doeRedo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hist, doeUndo, doeRedo]);

  const gaNaar = (s: Scherm, opties: { stapId?: string; onderdeel?: string } = {}) => {
    if (opties.stapId !== undefined) setStapId(opties.stapId);
    setFocusOnderdeel(opties.onderdeel ?? null);
    setScherm(s);
    focusNaRender.current = opties.onderdeel ? `bm-toevoegen-${opties.onderdeel}` : `bm-kop-${s}`;
  };

  const openModel = (m: Model, s: Scherm = 'matrix', samengevoegd?: Model) => {
    laatstBewaard.current = null;
    setHist(samengevoegd ? push(startHistory(m), samengevoegd) : startHistory(m));
    setBasis(opslag.leesBasis(m.id));
    setStapId(m.stappen[0]?.id ?? null);
    setMelding(null);
    setWorkshop(false);
    setScherm(s);
    focusNaRender.current = `bm-kop-${s}`;
  };

  /** Adds a new model to the library (saved at once) and opens it. */
  const nieuwModel = (m: Model, tekst: string) => {
    const kan = kanToevoegen(index);
    if (!kan.ok) {
      setMelding({ soort: 'error', tekst: kan.message });
      return;
    }
    const r = opslag.bewaarModel(m);
    if (!r.ok) setOpslagFout(r.message);
    const next = bijwerken(index, m, new Date());
    setIndex(next);
    opslag.bewaarIndex(next);
    openModel(m);
    laatstBewaard.current = m;
    setStatus(tekst);
  };

  const sluitModel = () => {
    setHist(null);
    setWorkshop(false);
    focusNaRender.current = 'bm-kop-modellen';
  };

  const importeer = async (file: File) => {
    const tekst = await readTextFile(file);
    if (!tekst.ok) {
      setMelding({ soort: 'error', tekst: tekst.message });
      focusNaRender.current = 'bm-melding';
      return;
    }
    const r = importeerJson(tekst.value);
    if (!r.ok) {
      setMelding({ soort: 'error', tekst: r.message });
      focusNaRender.current = 'bm-melding';
      return;
    }
    nieuwModel({ ...r.value, id: randomId() }, `Model "${r.value.titel}" geïmporteerd en geopend.`);
    setMelding({ soort: 'ok', tekst: `Het model "${r.value.titel || 'Naamloos model'}" is geïmporteerd als nieuw model op dit apparaat.` });
  };

  const openUitIndex = (id: string) => {
    const r = opslag.leesModel(id);
    if (!r.ok) {
      setMelding({ soort: 'error', tekst: r.message });
      focusNaRender.current = 'bm-melding';
      return;
    }
    openModel(r.value);
  };

  /** A contribution link: open the chosen model with the contribution merged in (one undoable step). */
  const bijdrageSamenvoegen = (modelId: string) => {
    if (!ontvangen) return;
    // The open model may have changes not yet saved (autosave waits 300 ms): use it as it is on screen.
    const r = model?.id === modelId ? { ok: true as const, value: model } : opslag.leesModel(modelId);
    const m = r.ok ? voegBijdrageSamen(r.value, ontvangen) : r;
    if (!r.ok || !m.ok) {
      setOntvangen(null);
      setMelding({ soort: 'error', tekst: m.ok ? '' : m.message });
      focusNaRender.current = 'bm-melding';
      return;
    }
    setOntvangen(null);
    if (model?.id === modelId) {
      dispatch({ type: 'vervangen', model: m.value.model });
      gaNaar('matrix');
    } else openModel(r.value, 'matrix', m.value.model);
    setMelding({ soort: 'ok', tekst: bijdrageVerslagTekst(ontvangen, m.value.verslag) });
  };

  const verwijderUitIndex = (id: string) => {
    opslag.verwijderModel(id);
    const next = verwijderen(index, id);
    setIndex(next);
    opslag.bewaarIndex(next);
    if (model?.id === id) setHist(null);
    setStatus('Model verwijderd.');
  };

  const dupliceerUitIndex = (id: string) => {
    const r = opslag.leesModel(id);
    if (!r.ok) {
      setMelding({ soort: 'error', tekst: r.message });
      return;
    }
    const kan = kanToevoegen(index);
    if (!kan.ok) {
      setMelding({ soort: 'error', tekst: kan.message });
      return;
    }
    const kopie = dupliceer(r.value, randomId);
    opslag.bewaarModel(kopie);
    const next = bijwerken(index, kopie, new Date());
    setIndex(next);
    opslag.bewaarIndex(next);
    setStatus(`Kopie gemaakt: ${kopie.titel}.`);
  };

  const hernoemInIndex = (id: string, titel: string) => {
    if (model?.id === id) {
      dispatch({ type: 'meta', patch: { titel } });
      return;
    }
    const r = opslag.leesModel(id);
    if (!r.ok) {
      setMelding({ soort: 'error', tekst: r.message });
      return;
    }
    const m = hernoem(r.value, titel);
    opslag.bewaarModel(m);
    const next = bijwerken(index, m, new Date());
    setIndex(next);
    opslag.bewaarIndex(next);
    setStatus('Naam gewijzigd.');
  };

  const submodel = (stapId: string) => {
    if (!model) return;
    const r = maakSubmodel(model, stapId, randomId);
    if (!r.ok) {
      setMelding({ soort: 'error', tekst: r.message });
      return;
    }
    opslag.bewaarModel(model);
    nieuwModel(r.value, `Submodel gemaakt: ${r.value.titel}.`);
  };

  const meldingBlok = melding && (
    <div
      id="bm-melding"
      tabIndex={-1}
      class={`utrecht-alert utrecht-alert--${melding.soort} bm-melding`}
      role={melding.soort === 'error' ? 'alert' : 'status'}
    >
      <p class="utrecht-paragraph">{melding.tekst}</p>
      <Knop soort="subtle" klein onClick={() => setMelding(null)}>Melding sluiten</Knop>
    </div>
  );

  const statusRegio = (
    <p class="bm-visueel-verborgen" role="status" aria-live="polite">{status}</p>
  );

  if (!gestart) {
    return (
      <div class="bm-app">
        <p class="utrecht-paragraph">Het instrument wordt geladen. Het werkt alleen met JavaScript; zonder JavaScript leest u hieronder wat een barrièremodel is.</p>
      </div>
    );
  }

  if (ontvangen) {
    return (
      <div class="bm-app">
        {statusRegio}
        <BijdrageOntvangen bijdrage={ontvangen} index={index} onSamenvoegen={bijdrageSamenvoegen}
          onNiet={() => { setOntvangen(null); setStatus('De bijdrage is niet samengevoegd.'); focusNaRender.current = 'bm-kop-modellen'; }} />
      </div>
    );
  }

  if (gedeeld) {
    return (
      <div class="bm-app">
        {statusRegio}
        <section class="utrecht-alert utrecht-alert--info bm-gedeeld" aria-labelledby="bm-gedeeld-kop">
          <h2 class="utrecht-heading-2" id="bm-gedeeld-kop" tabIndex={-1}>Gedeeld model openen?</h2>
          <p class="utrecht-paragraph">
            Iemand heeft een model met u gedeeld via een link: <strong>{gedeeld.titel || 'Naamloos model'}</strong> ({gedeeld.stappen.length} stappen). Als u het opent, wordt het als nieuw model op dit apparaat bewaard. Uw andere modellen blijven zoals ze zijn.
          </p>
          <div class="utrecht-button-group">
            <Knop soort="primary-action" onClick={() => { const m = { ...gedeeld, id: randomId() }; setGedeeld(null); nieuwModel(m, 'Gedeeld model geopend.'); }}>
              Openen als nieuw model
            </Knop>
            <Knop onClick={() => {
              const kopie = { ...gedeeld, id: randomId() };
              const r = opslag.bewaarBasis(kopie.id, gedeeld);
              if (!r.ok) setOpslagFout(r.message);
              setGedeeld(null);
              nieuwModel(kopie, 'Uw eigen kopie is geopend. Voeg onderdelen en stemmen toe en stuur ze terug via “Delen en exporteren”.');
            }}>
              Openen om bij te dragen
            </Knop>
            <Knop onClick={() => { setGedeeld(null); focusNaRender.current = 'bm-kop-modellen'; }}>Niet openen</Knop>
          </div>
        </section>
      </div>
    );
  }

  if (!model || !hist) {
    return (
      <div class="bm-app">
        {statusRegio}
        {meldingBlok}
        {opslagFout && <div class="utrecht-alert utrecht-alert--warning"><p class="utrecht-paragraph">{opslagFout}</p></div>}
        <Modellen
          index={index}
          sjablonen={sjablonen}
          uitleg={uitleg}
          onNieuw={(sj) => nieuwModel(modelUitSjabloon(sj, randomId, bronTitels), `Nieuw model gemaakt: ${sj.titel}.`)}
          onOpen={openUitIndex}
          onDupliceer={dupliceerUitIndex}
          onHernoem={hernoemInIndex}
          onVerwijder={verwijderUitIndex}
          onImporteer={importeer}
        />
      </div>
    );
  }

  const stap = model.stappen.find((s) => s.id === stapId) ?? model.stappen[0] ?? null;

  return (
    <div class="bm-app">
      {statusRegio}
      <div class="bm-kopbalk">
        <p class="utrecht-paragraph bm-modelnaam">
          Model: <strong>{model.titel || 'Naamloos model'}</strong>
          {model.ouder && (
            <span class="bm-ouder">
              {' '}— submodel van “{model.ouder.modelTitel}”, stap “{model.ouder.stapNaam}”
              {index.modellen.some((m) => m.id === model.ouder?.modelId) && (
                <>
                  {' '}
                  <Knop soort="subtle" klein onClick={() => { opslag.bewaarModel(model); openUitIndex(model.ouder!.modelId); }}>Hoofdmodel openen</Knop>
                </>
              )}
            </span>
          )}
        </p>
        <div class="utrecht-button-group bm-werkbalk" role="group" aria-label="Model">
          <Knop onClick={doeUndo} disabled={!canUndo(hist)} label={`Ongedaan maken (${hist.past.length} beschikbaar)`}>Ongedaan maken</Knop>
          <Knop onClick={doeRedo} disabled={!canRedo(hist)} label={`Opnieuw (${hist.future.length} beschikbaar)`}>Opnieuw</Knop>
          <Knop id="bm-workshop-knop" onClick={() => setWorkshop(true)}>Workshopweergave</Knop>
          <Knop soort="subtle" onClick={() => { opslag.bewaarModel(model); sluitModel(); }}>Alle modellen</Knop>
        </div>
      </div>
      {opslagFout && <div class="utrecht-alert utrecht-alert--warning" role="alert"><p class="utrecht-paragraph">{opslagFout}</p></div>}
      {meldingBlok}
      <nav aria-label="Weergaven van het model" class="bm-tabs">
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
      {scherm === 'matrix' && <Matrix model={model} dispatch={dispatch} onderdelen={onderdelen} onBewerk={(id, o) => gaNaar('stap', o ? { stapId: id, onderdeel: o } : { stapId: id })} setStatus={setStatus} />}
      {scherm === 'stap' && (
        <StapEditor
          model={model}
          stap={stap}
          index={index}
          dispatch={dispatch}
          onderdelen={onderdelen}
          uitleg={uitleg}
          focusOnderdeel={focusOnderdeel}
          onKiesStap={(id) => { setStapId(id); focusNaRender.current = 'bm-kop-stap'; }}
          onSubmodel={submodel}
          onOpenModel={(id) => { opslag.bewaarModel(model); openUitIndex(id); }}
          setStatus={setStatus}
          instrumenten={instrumenten}
        />
      )}
      {scherm === 'acties' && <Actielijst model={model} dispatch={dispatch} setStatus={setStatus} />}
      {scherm === 'overzicht' && <Overzicht model={model} onGaNaarStap={(id) => gaNaar('stap', { stapId: id })} />}
      {scherm === 'gegevens' && <Gegevens model={model} dispatch={dispatch} setStatus={setStatus} />}
      {scherm === 'delen' && <Delen model={model} basis={basis} dispatch={dispatch} setStatus={setStatus} uitleg={uitleg} onImporteer={importeer} setMelding={(m) => { setMelding(m); focusNaRender.current = 'bm-melding'; }} />}
      {workshop && <Workshop model={model} dispatch={dispatch} onderdelen={onderdelen} uitleg={uitleg} onSluit={() => { setWorkshop(false); focusNaRender.current = 'bm-workshop-knop'; }} />}
    </div>
  );
}
