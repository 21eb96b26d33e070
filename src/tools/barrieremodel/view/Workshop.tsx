/**
 * Workshop mode: full-screen, large type, one step at a time, a session timer that is announced to
 * screen readers, and dot-voting on barrières (the votes count in the priority order).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import { ONDERDEEL_LABEL, ONDERDELEN, partnerNaam, type Barriere, type Model } from '../domain/index.ts';
import { ItemTekst } from './Matrix.tsx';
import { Knop, Uitleg, type Dispatch, type UitlegTekst } from './ui.tsx';

interface Props {
  model: Model;
  dispatch: Dispatch;
  onderdelen: OnderdeelTekst[];
  uitleg: Record<string, UitlegTekst>;
  beginStapId: string | null;
  onSluit: () => void;
}

const mmss = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
const minuten = (n: number) => (n === 1 ? '1 minuut' : `${n} minuten`);

function Timer() {
  const [duur, setDuur] = useState(10);
  const [rest, setRest] = useState(10 * 60);
  const [loopt, setLoopt] = useState(false);
  const [melding, setMelding] = useState('');
  const [klaar, setKlaar] = useState('');
  useEffect(() => {
    if (!loopt) return;
    const t = setInterval(() => {
      setRest((r) => {
        const n = Math.max(0, r - 1);
        if (n === 0) {
          setLoopt(false);
          setKlaar('De tijd is om.');
        } else if (n % 60 === 0) {
          setMelding(`Nog ${minuten(n / 60)}.`);
        }
        return n;
      });
    }, 1000);
    return () => clearInterval(t);
  }, [loopt]);
  return (
    <section class="bm-timer" aria-labelledby="bm-timer-kop">
      <h3 class="bm-timer__kop" id="bm-timer-kop">Sessietimer</h3>
      <p class="bm-timer__tijd" role="timer" aria-label={`Resterende tijd ${mmss(rest)}`}>{mmss(rest)}</p>
      <div class="bm-timer__knoppen">
        <label class="utrecht-form-label" for="bm-timer-duur">Duur</label>
        <select id="bm-timer-duur" class="utrecht-select bm-select-klein" value={String(duur)} disabled={loopt}
          onChange={(e) => { const d = Number((e.currentTarget as HTMLSelectElement).value); setDuur(d); setRest(d * 60); setKlaar(''); }}>
          {[1, 5, 10, 15, 20, 30, 45, 60].map((n) => <option key={n} value={String(n)}>{minuten(n)}</option>)}
        </select>
        {loopt ? (
          <Knop onClick={() => { setLoopt(false); setMelding(`Timer gepauzeerd bij ${mmss(rest)}.`); }}>Pauzeren</Knop>
        ) : (
          <Knop soort="primary-action" disabled={rest === 0} onClick={() => { setLoopt(true); setKlaar(''); setMelding(`Timer gestart: nog ${mmss(rest).replace(':', ' minuten en ')} seconden.`); }}>Starten</Knop>
        )}
        <Knop onClick={() => { setLoopt(false); setRest(duur * 60); setKlaar(''); setMelding(`Timer teruggezet op ${minuten(duur)}.`); }}>Terugzetten</Knop>
      </div>
      <p class="bm-visueel-verborgen" role="status" aria-live="polite" id="bm-timer-melding">{melding}</p>
      <p class="bm-timer__klaar" role="alert">{klaar}</p>
    </section>
  );
}

export function Workshop({ model, dispatch, onderdelen, uitleg, beginStapId, onSluit }: Props) {
  const [index, setIndex] = useState(Math.max(0, model.stappen.findIndex((s) => s.id === beginStapId)));
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
    const focusbaar = Array.from(ref.current.querySelectorAll<HTMLElement>('button:not([disabled]), select:not([disabled]), [tabindex="0"], a[href]'));
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

  const stem = (b: Barriere, delta: 1 | -1) => {
    if (!stap) return;
    dispatch({ type: 'stem', stapId: stap.id, id: b.id, delta });
    const n = Math.max(0, b.stemmen + delta);
    setStatus(`${delta > 0 ? 'Stem gegeven op' : 'Stem weggehaald bij'} “${b.tekst}”: nu ${n} ${n === 1 ? 'stem' : 'stemmen'}.`);
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
              <Knop disabled={index === 0} onClick={() => setIndex(index - 1)}>◀ Vorige stap</Knop>
              <span>Stap {index + 1} van {model.stappen.length}</span>
              <Knop disabled={index >= model.stappen.length - 1} onClick={() => setIndex(index + 1)}>Volgende stap ▶</Knop>
            </nav>
            <h2 class="bm-workshop__titel" id="bm-workshop-kop" ref={kopRef} tabIndex={-1}>Stap {index + 1}: {stap.naam}</h2>
            {stap.omschrijving && <p class="bm-workshop__omschrijving">{stap.omschrijving}</p>}
            {stap.eigenaar && <p class="bm-workshop__omschrijving">Eigenaar: {partnerNaam(model, stap.eigenaar)}</p>}
            <div class="bm-workshop__onderdelen">
              {ONDERDELEN.map((o) => (
                <section key={o} class={`bm-workshop__onderdeel bm-workshop__onderdeel--${o}`} aria-labelledby={`bm-ws-${o}`}>
                  <h3 id={`bm-ws-${o}`}>{ONDERDEEL_LABEL[o]}</h3>
                  <p class="bm-workshop__vraag">{defs[o]?.vraag}</p>
                  {stap[o].length === 0 ? <p>Nog niets ingevuld.</p> : (
                    <ul>
                      {o === 'barrieres'
                        ? stap.barrieres.map((b) => (
                          <li key={b.id} class="bm-stemregel">
                            <span>{b.tekst}</span>
                            <span class="bm-stemmen" aria-hidden="true">{'●'.repeat(Math.min(b.stemmen, 20))}{b.stemmen > 20 ? '…' : ''}</span>
                            <span class="bm-stemknoppen">
                              <Knop klein soort="primary-action" onClick={() => stem(b, 1)} label={`Stem geven op ${b.tekst} (nu ${b.stemmen})`}>+ stem</Knop>
                              <span class="bm-stemteller">{b.stemmen}</span>
                              <Knop klein disabled={b.stemmen === 0} onClick={() => stem(b, -1)} label={`Stem weghalen bij ${b.tekst} (nu ${b.stemmen})`}>− stem</Knop>
                            </span>
                          </li>
                        ))
                        : stap[o].map((it) => <li key={it.id}><ItemTekst item={it} onderdeel={o} /></li>)}
                    </ul>
                  )}
                </section>
              ))}
            </div>
          </div>
          <aside class="bm-workshop__zij" aria-label="Timer en stemmen">
            <Timer />
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
