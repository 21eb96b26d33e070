/** Matrix view: steps as columns, the four components as rows (like the source's infographic). */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import {
  BEWUSTHEID_LABEL, KLASSE_LABEL, klasse, ONDERDEEL_ENKELVOUD, ONDERDELEN, partnerNaam, prioriteit, randomId, STATUS_LABEL,
  type AnyItem, type Barriere, type Faciliteerder, type Model, type Onderdeel, type Stap,
} from '../domain/index.ts';
import { pure } from './pure.ts';
import { Knop, SchermKop, type Dispatch } from './ui.tsx';

interface Props {
  model: Model;
  dispatch: Dispatch;
  onderdelen: OnderdeelTekst[];
  onBewerk: (stapId: string, onderdeel?: Onderdeel) => void;
  setStatus: (s: string) => void;
}

export function ItemTekst({ item, onderdeel }: { item: AnyItem; onderdeel: Onderdeel }) {
  if (onderdeel === 'faciliteerders') {
    const b = (item as Faciliteerder).bewustheid;
    return <>{item.tekst}{b !== 'onbekend' && <span class="bm-label"> ({BEWUSTHEID_LABEL[b]})</span>}</>;
  }
  if (onderdeel === 'barrieres') {
    const bar = item as Barriere;
    const p = prioriteit(bar);
    return (
      <>
        {item.tekst}
        <span class={`bm-badge bm-badge--${klasse(bar)}`}>
          {p === null ? 'Nog niet beoordeeld' : `Prioriteit ${p} (${KLASSE_LABEL[klasse(bar)].toLowerCase()})`}
          {' · '}{STATUS_LABEL[bar.status]}
          {bar.stemmen > 0 && ` · ${bar.stemmen} ${bar.stemmen === 1 ? 'stem' : 'stemmen'}`}
        </span>
        {bar.instrument && <span class="bm-instrument">Instrument: {bar.instrument}</span>}
      </>
    );
  }
  return <>{item.tekst}</>;
}

interface CelProps {
  items: readonly AnyItem[];
  stapId: string;
  stapNaam: string;
  stapNummer: number;
  onderdeel: Onderdeel;
  dispatch: Dispatch;
  setStatus: (s: string) => void;
}

const Cel = pure(function Cel({ items, stapId, stapNaam, stapNummer, onderdeel, dispatch, setStatus }: CelProps) {
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const enkel = ONDERDEEL_ENKELVOUD[onderdeel];
  const id = `bm-cel-${stapId}-${onderdeel}`;
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);
  return (
    <td class="utrecht-table__cell bm-cel">
      {items.length > 0 && (
        <ul class="bm-items">
          {items.map((it) => (
            <li key={it.id}><ItemTekst item={it} onderdeel={onderdeel} /></li>
          ))}
        </ul>
      )}
      {open ? (
        <form
          class="bm-celform"
          onSubmit={(e) => {
            e.preventDefault();
            const v = inputRef.current?.value.trim() ?? '';
            if (!v) return;
            dispatch({ type: 'item-toevoegen', stapId, onderdeel, id: randomId(), tekst: v });
            setStatus(`${enkel[0]!.toUpperCase()}${enkel.slice(1)} toegevoegd aan stap ${stapNummer}.`);
            if (inputRef.current) inputRef.current.value = '';
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              setTimeout(() => knopRef.current?.focus());
            }
          }}
        >
          <label class="utrecht-form-label bm-klein" for={id}>Nieuwe {enkel} bij stap {stapNummer} ({stapNaam})</label>
          <input id={id} ref={inputRef} class="utrecht-textbox" maxLength={4000} />
          <span class="bm-celform__knoppen">
            <button type="submit" class="utrecht-button utrecht-button--primary-action bm-knop-klein">Toevoegen</button>
            <Knop klein soort="subtle" onClick={() => { setOpen(false); setTimeout(() => knopRef.current?.focus()); }}>Klaar</Knop>
          </span>
        </form>
      ) : (
        <button ref={knopRef} type="button" class="utrecht-button utrecht-button--subtle bm-knop-klein bm-toevoegknop" onClick={() => setOpen(true)} aria-label={`${enkel} toevoegen bij stap ${stapNummer}: ${stapNaam}`}>
          + {enkel}
        </button>
      )}
    </td>
  );
});

interface KopProps {
  stap: Stap;
  nummer: number;
  aantal: number;
  eigenaar: string;
  onBewerk: (stapId: string) => void;
  onVerplaats: (stapId: string, naar: number) => void;
}

const Kop = pure(function Kop({ stap, nummer, aantal, eigenaar, onBewerk, onVerplaats }: KopProps) {
  return (
    <th
      scope="col"
      class="utrecht-table__header-cell bm-stapkop"
      draggable
      onDragStart={(e) => e.dataTransfer?.setData('text/x-bm-stap', stap.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const id = e.dataTransfer?.getData('text/x-bm-stap');
        if (id && id !== stap.id) onVerplaats(id, nummer - 1);
      }}
    >
      <span class="bm-stapkop__nummer">Stap {nummer}</span>
      <span class="bm-stapkop__naam">{stap.naam}</span>
      <span class="bm-klein">{eigenaar ? `Eigenaar: ${eigenaar}` : 'Nog geen eigenaar'}</span>
      <span class="bm-stapkop__knoppen">
        <Knop klein id={`bm-bewerk-${stap.id}`} onClick={() => onBewerk(stap.id)} label={`Stap ${nummer} bewerken: ${stap.naam}`}>Bewerken</Knop>
        <Knop klein soort="subtle" id={`bm-links-${stap.id}`} disabled={nummer === 1} onClick={() => onVerplaats(stap.id, nummer - 2)} label={`Stap ${nummer} (${stap.naam}) naar links`}>◀</Knop>
        <Knop klein soort="subtle" id={`bm-rechts-${stap.id}`} disabled={nummer === aantal} onClick={() => onVerplaats(stap.id, nummer)} label={`Stap ${nummer} (${stap.naam}) naar rechts`}>▶</Knop>
      </span>
    </th>
  );
});

export function Matrix({ model, dispatch, onderdelen, onBewerk, setStatus }: Props) {
  const bewerkRef = useRef(onBewerk);
  bewerkRef.current = onBewerk;
  const bewerk = useCallback((id: string) => bewerkRef.current(id), []);
  const focusNa = useRef<string | null>(null);
  const stappenRef = useRef(model.stappen);
  stappenRef.current = model.stappen;
  const verplaats = useCallback(
    (id: string, naar: number) => {
      const van = stappenRef.current.findIndex((s) => s.id === id);
      const doel = Math.max(0, Math.min(stappenRef.current.length - 1, naar));
      if (van < 0 || van === doel) return;
      dispatch({ type: 'stap-verplaatsen', id, naar: doel });
      const stap = stappenRef.current[van]!;
      setStatus(`Stap "${stap.naam}" staat nu op plaats ${doel + 1}.`);
      const active = document.activeElement?.id ?? '';
      focusNa.current = active.startsWith('bm-links-') && doel === 0 ? `bm-rechts-${id}` : active.startsWith('bm-rechts-') && doel === stappenRef.current.length - 1 ? `bm-links-${id}` : active || null;
    },
    [dispatch, setStatus],
  );
  useEffect(() => {
    if (focusNa.current) {
      document.getElementById(focusNa.current)?.focus();
      focusNa.current = null;
    }
  });
  const definities = Object.fromEntries(onderdelen.map((o) => [o.id, o]));

  return (
    <section aria-labelledby="bm-kop-matrix">
      <SchermKop id="bm-kop-matrix">Matrix</SchermKop>
      <p class="utrecht-paragraph">
        Elke kolom is een stap van het criminele proces, elke rij een van de vier onderdelen. Voeg in een cel iets toe, of kies
        “Bewerken” voor alle velden van een stap. Stappen verplaatst u met de pijlknoppen (of door te slepen).
      </p>
      {model.stappen.length === 0 ? (
        <p class="utrecht-paragraph">Dit model heeft nog geen stappen.</p>
      ) : (
        <div class="bm-matrix-scroll" tabIndex={0} role="region" aria-label="Matrix van het model (horizontaal scrollen)">
          <table class="utrecht-table bm-matrix">
            <caption class="bm-visueel-verborgen">Matrix: {model.stappen.length} stappen, met per stap gelegenheden, signalen, faciliteerders en barrières</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell bm-hoek" />
                {model.stappen.map((s, i) => (
                  <Kop key={s.id} stap={s} nummer={i + 1} aantal={model.stappen.length} eigenaar={partnerNaam(model, s.eigenaar)} onBewerk={bewerk} onVerplaats={verplaats} />
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {ONDERDELEN.map((o) => (
                <tr class="utrecht-table__row" key={o}>
                  <th scope="row" class="utrecht-table__header-cell bm-rijkop">
                    {definities[o]?.naam ?? o}
                    <span class="bm-klein">{definities[o]?.vraag}</span>
                  </th>
                  {model.stappen.map((s, i) => (
                    <Cel key={s.id} items={s[o]} stapId={s.id} stapNaam={s.naam} stapNummer={i + 1} onderdeel={o} dispatch={dispatch} setStatus={setStatus} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Knop
        onClick={() => {
          dispatch({ type: 'stap-toevoegen', id: randomId(), naam: '' });
          setStatus(`Stap ${model.stappen.length + 1} toegevoegd aan het eind.`);
        }}
        disabled={model.stappen.length >= 40}
      >
        Stap toevoegen
      </Knop>
    </section>
  );
}
