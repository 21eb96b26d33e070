/** The session timer of the workshop: announced to screen readers each minute and at the end. */
import { useEffect, useState } from 'preact/hooks';
import { Knop } from './ui.tsx';

const mmss = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
const minuten = (n: number) => (n === 1 ? '1 minuut' : `${n} minuten`);

export function Timer() {
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

