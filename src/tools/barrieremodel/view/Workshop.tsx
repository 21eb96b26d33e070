/**
 * Workshop mode: full-screen, large type, one step at a time, a session timer that is announced to
 * screen readers, and dot-voting on barrières (the votes count in the priority order).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import { ONDERDELEN, partnerNaam, type Model } from '../domain/index.ts';
import { Knop, Uitleg, type Dispatch, type UitlegTekst } from './ui.tsx';
import { Timer } from './WorkshopTimer.tsx';
import { WorkshopOnderdeel } from './WorkshopOnderdeel.tsx';
import { StemInstellingen } from './Stemming.tsx';

interface Props {
  model: Model;
  dispatch: Dispatch;
  onderdelen: OnderdeelTekst[];
  uitleg: Record<string, UitlegTekst>;
  onSluit: () => void;
}

/** Opens at step 1; the facilitator moves the group on step by step. */
export function Workshop({ model, dispatch, onderdelen, uitleg, onSluit }: Props) {
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState('');
  const [wissen, setWissen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const stap = model.stappen[Math.min(index, model.stappen.length - 1)];
  const defs = Object.fromEntries(onderdelen.map((o) => [o.id, o]));

  useEffect(() => {
    document.documentElement.classList.add('bm-workshop-open');
    const el = ref.current;
    el?.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.documentElement.classList.remove('bm-workshop-open');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  useEffect(() => {
    kopRef.current?.focus();
  }, [index]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onSluit();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const focusbaar = Array.from(ref.current.querySelectorAll<HTMLElement>('button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex="0"], a[href]'));
    const eerste = focusbaar[0];
    const laatste = focusbaar[focusbaar.length - 1];
    if (!eerste || !laatste) return;
    if (e.shiftKey && (document.activeElement === eerste || document.activeElement === kopRef.current)) {
      e.preventDefault();
      laatste.focus();
    } else if (!e.shiftKey && document.activeElement === laatste) {
      e.preventDefault();
      eerste.focus();
    }
  };

  return (
    <div class="bm-workshop" ref={ref} role="dialog" aria-modal="true" aria-labelledby="bm-workshop-kop" onKeyDown={onKeyDown}>
      <div class="bm-workshop__balk">
        <p class="bm-workshop__model">{model.titel || 'Naamloos model'}</p>
        <Knop onClick={onSluit}>Workshop sluiten</Knop>
      </div>
      <p class="bm-visueel-verborgen" role="status" aria-live="polite">{status}</p>
      {!stap ? (
        <h2 id="bm-workshop-kop" ref={kopRef} tabIndex={-1}>Dit model heeft nog geen stappen.</h2>
      ) : (
        <div class="bm-workshop__inhoud">
          <div class="bm-workshop__stap">
            <nav class="bm-workshop__nav" aria-label="Stappen">
              <Knop id="bm-ws-vorige" disabled={index === 0} onClick={() => setIndex(index - 1)}>◀ Vorige stap</Knop>
              <span>Stap {index + 1} van {model.stappen.length}</span>
              <Knop id="bm-ws-volgende" disabled={index >= model.stappen.length - 1} onClick={() => setIndex(index + 1)}>Volgende stap ▶</Knop>
            </nav>
            <h2 class="bm-workshop__titel" id="bm-workshop-kop" ref={kopRef} tabIndex={-1}>Stap {index + 1}: {stap.naam}</h2>
            {stap.omschrijving && <p class="bm-workshop__omschrijving">{stap.omschrijving}</p>}
            {stap.eigenaar && <p class="bm-workshop__omschrijving">Eigenaar: {partnerNaam(model, stap.eigenaar)}</p>}
            <div class="bm-workshop__onderdelen">
              {ONDERDELEN.map((o) => (
                <WorkshopOnderdeel key={o} model={model} stap={stap} onderdeel={o} vraag={defs[o]?.vraag} dispatch={dispatch} setStatus={setStatus} />
              ))}
            </div>
          </div>
          <aside class="bm-workshop__zij" aria-label="Timer en stemmen">
            <Timer />
            <StemInstellingen model={model} dispatch={dispatch} id="bm-ws-stemming" />
            <details class="bm-details"><summary>Uitleg workshop</summary><Uitleg tekst={uitleg['workshop']} /></details>
            {wissen ? (
              <div class="utrecht-button-group">
                <Knop soort="primary-action" onClick={() => { dispatch({ type: 'stemmen-wissen' }); setWissen(false); setStatus('Alle stemmen zijn gewist.'); }}>Ja, alle stemmen wissen</Knop>
                <Knop soort="subtle" onClick={() => setWissen(false)}>Annuleren</Knop>
              </div>
            ) : (
              <Knop soort="subtle" onClick={() => setWissen(true)}>Alle stemmen wissen</Knop>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
