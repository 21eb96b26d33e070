/** One cell of the matrix: its items (each can be changed or deleted in place) and adding a new one. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFocusAfterRender } from '../../../instrument/hooks/useShell.ts';
import {
  afkapMelding, BEWUSTHEID_LABEL, KLASSE_LABEL, klasse, knip, LIMITS, ONDERDEEL_ENKELVOUD, prioriteit, randomId, STATUS_LABEL,
  type AnyItem, type Barriere, type Faciliteerder, type Onderdeel,
} from '../domain/index.ts';
import { pure } from './pure.ts';
import { Knop, type Dispatch } from './ui.tsx';

/**
 * The text of an item with its labels. A plain function, not a component: the matrix shows up to 2,000
 * items, and a component per item (with two more per button) made rendering a large model slow.
 */
export function itemTekst(item: AnyItem, onderdeel: Onderdeel) {
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
          {`${p === null ? 'Nog niet beoordeeld' : `Prioriteit ${p} (${KLASSE_LABEL[klasse(bar)].toLowerCase()})`} · ${STATUS_LABEL[bar.status]}${bar.stemmen > 0 ? ` · ${bar.stemmen} ${bar.stemmen === 1 ? 'stem' : 'stemmen'}` : ''}`}
        </span>
        {bar.instrument && <span class="bm-instrument">Instrument: {bar.instrument}</span>}
      </>
    );
  }
  return item.tekst;
}

export function ItemTekst({ item, onderdeel }: { item: AnyItem; onderdeel: Onderdeel }) {
  return itemTekst(item, onderdeel);
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

/**
 * The Wijzig/Verwijder buttons of an item: a light class that looks like a small subtle button. The Utrecht
 * button classes define some fifty custom properties per button; on 4,000 buttons that made the style and
 * layout of a big matrix take about twice as long.
 */
const KNOP = 'bm-itemknop';
const hoofdletter = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** A small form in the cell: a new item, or the new text of an existing one. Escape closes it. */
function CelForm(props: { id: string; label: string; waarde: string; knop: string; onOpslaan: (tekst: string) => void; onKlaar: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const [afgekapt, setAfgekapt] = useState<string | null>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form
      class="bm-celform"
      onSubmit={(e) => {
        e.preventDefault();
        const g = knip(ref.current?.value.trim() ?? '', LIMITS.langeTekst);
        setAfgekapt(afkapMelding('Tekst', g, LIMITS.langeTekst));
        if (g.tekst) props.onOpslaan(g.tekst);
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onKlaar()}
    >
      <label class="utrecht-form-label bm-klein" for={props.id}>{props.label}</label>
      <input id={props.id} ref={ref} class="utrecht-textbox" defaultValue={props.waarde} />
      {afgekapt && <p class="utrecht-form-field-description" role="alert">{afgekapt}</p>}
      <span class="bm-celform__knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action bm-knop-klein">{props.knop}</button>
        <Knop klein soort="subtle" onClick={props.onKlaar}>{props.knop === 'Toevoegen' ? 'Klaar' : 'Annuleren'}</Knop>
      </span>
    </form>
  );
}

export const Cel = pure(function Cel({ items, stapId, stapNaam, stapNummer, onderdeel, dispatch, setStatus }: CelProps) {
  const [open, setOpen] = useState(false);
  const [bewerkt, setBewerkt] = useState<string | null>(null);
  const focusNa = useFocusAfterRender();
  const enkel = ONDERDEEL_ENKELVOUD[onderdeel];
  const id = `bm-cel-${stapId}-${onderdeel}`;
  const toevoegId = `bm-plus-${stapId}-${onderdeel}`;
  const klaar = (focus: string) => {
    setOpen(false);
    setBewerkt(null);
    focusNa(focus);
  };
  // One click handler for the whole list (event delegation): no handler per button in a list of hundreds.
  const opKlik = (e: MouseEvent) => {
    const knop = (e.target as Element).closest<HTMLButtonElement>('button[data-item]');
    const i = items.findIndex((it) => it.id === knop?.dataset['item']);
    const it = items[i];
    if (!knop || !it) return;
    if (knop.dataset['actie'] === 'wijzig') return setBewerkt(it.id);
    dispatch({ type: 'item-verwijderen', stapId, onderdeel, id: it.id });
    setStatus(`${hoofdletter(naamVan(i))} verwijderd. Met “Ongedaan maken” komt het terug.`);
    const volgende = items[i + 1] ?? items[i - 1];
    focusNa(volgende ? `bm-wijzigknop-${volgende.id}` : toevoegId);
  };
  const naamVan = (i: number) => `${enkel} ${i + 1} van stap ${stapNummer}`;
  return (
    <td class="utrecht-table__cell bm-cel">
      {items.length > 0 && (
        <ul class={`bm-items bm-items--${onderdeel}`} onClick={opKlik} style={{ '--bm-aantal': items.length }}>
          {items.map((it, i) =>
            bewerkt === it.id ? (
              <li key={it.id}>
                <CelForm id={`bm-wijzig-${it.id}`} label={`Tekst van ${naamVan(i)}`} waarde={it.tekst} knop="Opslaan" onKlaar={() => klaar(`bm-wijzigknop-${it.id}`)}
                  onOpslaan={(tekst) => {
                    dispatch({ type: 'item-wijzigen', stapId, onderdeel, id: it.id, patch: { tekst } });
                    setStatus(`${hoofdletter(naamVan(i))} gewijzigd.`);
                    klaar(`bm-wijzigknop-${it.id}`);
                  }} />
              </li>
            ) : (
              <li key={it.id} class="instrument-user-text">
                {itemTekst(it, onderdeel)}
                <span class="bm-itemknoppen">
                  <button type="button" class={KNOP} id={`bm-wijzigknop-${it.id}`} data-item={it.id} data-actie="wijzig" aria-label={`Wijzig ${naamVan(i)}`}>Wijzig</button>
                  <button type="button" class={KNOP} data-item={it.id} data-actie="verwijder" aria-label={`Verwijder ${naamVan(i)}`}>Verwijder</button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      {open ? (
        <CelForm id={id} label={`Nieuwe ${enkel} bij stap ${stapNummer} (${stapNaam})`} waarde="" knop="Toevoegen" onKlaar={() => klaar(toevoegId)}
          onOpslaan={(tekst) => {
            dispatch({ type: 'item-toevoegen', stapId, onderdeel, id: randomId(), tekst });
            setStatus(`${hoofdletter(enkel)} toegevoegd aan stap ${stapNummer}.`);
            const el = document.getElementById(id) as HTMLInputElement | null;
            if (el) el.value = '';
          }} />
      ) : (
        <button id={toevoegId} type="button" class="utrecht-button utrecht-button--subtle bm-knop-klein bm-toevoegknop" onClick={() => setOpen(true)} aria-label={`${enkel} toevoegen bij stap ${stapNummer}: ${stapNaam}`}>
          + {enkel}
        </button>
      )}
    </td>
  );
});
