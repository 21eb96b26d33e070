/** The phenomenon (title, description, region, date) and the participating partners. */
import { useRef, useState } from 'preact/hooks';
import { LIMITS, randomId, type Model } from '../domain/index.ts';
import { Knop, SchermKop, TekstVeld, type Dispatch } from './ui.tsx';

export function Gegevens({ model, dispatch, setStatus }: { model: Model; dispatch: Dispatch; setStatus: (s: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const [fout, setFout] = useState('');
  return (
    <section aria-labelledby="bm-kop-gegevens">
      <SchermKop id="bm-kop-gegevens">Fenomeen en partners</SchermKop>
      <TekstVeld id="bm-titel" label="Fenomeen (titel van het model)" value={model.titel} maxLength={LIMITS.titel} onCommit={(v) => dispatch({ type: 'meta', patch: { titel: v } })} />
      <TekstVeld id="bm-omschrijving" label="Omschrijving" value={model.omschrijving} multiline maxLength={LIMITS.langeTekst} onCommit={(v) => dispatch({ type: 'meta', patch: { omschrijving: v } })} />
      <TekstVeld id="bm-regio" label="Gemeente of regio" value={model.regio} maxLength={LIMITS.korteTekst} onCommit={(v) => dispatch({ type: 'meta', patch: { regio: v } })} />
      <div class="utrecht-form-field bm-veld">
        <label class="utrecht-form-label" for="bm-datum">Datum</label>
        <input id="bm-datum" type="date" class="utrecht-textbox bm-datum" value={model.datum} onChange={(e) => dispatch({ type: 'meta', patch: { datum: (e.currentTarget as HTMLInputElement).value } })} />
      </div>
      <h3 class="utrecht-heading-3" id="bm-partners-kop">Deelnemende partners ({model.partners.length})</h3>
      <p class="utrecht-paragraph">Bijvoorbeeld de gemeente, de politie, het RIEC, de Belastingdienst en private partners. Partners kunnen eigenaar zijn van stappen en barrières.</p>
      {model.partners.length > 0 && (
        <ul class="bm-partners">
          {model.partners.map((p, i) => (
            <li key={p.id} class="bm-partner">
              <TekstVeld id={`bm-partner-${p.id}`} label={`Partner ${i + 1}`} value={p.naam} verplicht maxLength={LIMITS.naam}
                onCommit={(v) => dispatch({ type: 'partner-hernoemen', id: p.id, naam: v })} onLeeg={() => setStatus('Een partner moet een naam hebben.')} />
              <Knop soort="subtle" klein onClick={() => { dispatch({ type: 'partner-verwijderen', id: p.id }); setStatus(`Partner ${p.naam} verwijderd, ook als eigenaar. U kunt dit ongedaan maken.`); }} label={`Partner verwijderen: ${p.naam}`}>Verwijderen</Knop>
            </li>
          ))}
        </ul>
      )}
      <form class="bm-toevoegform" onSubmit={(e) => {
        e.preventDefault();
        const naam = ref.current?.value.trim() ?? '';
        if (!naam) { setFout('Vul de naam van de partner in.'); return; }
        if (model.partners.some((p) => p.naam.toLowerCase() === naam.toLowerCase())) { setFout(`${naam} staat al in de lijst.`); return; }
        setFout('');
        dispatch({ type: 'partner-toevoegen', id: randomId(), naam });
        setStatus(`Partner ${naam} toegevoegd.`);
        if (ref.current) ref.current.value = '';
      }}>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="bm-nieuwe-partner">Nieuwe partner</label>
          {fout && <p class="utrecht-form-field-error-message" id="bm-partner-fout" role="alert">{fout}</p>}
          <input id="bm-nieuwe-partner" ref={ref} class="utrecht-textbox" maxLength={LIMITS.naam} aria-describedby={fout ? 'bm-partner-fout' : undefined} aria-invalid={fout ? true : undefined} />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">Partner toevoegen</button>
      </form>
    </section>
  );
}
