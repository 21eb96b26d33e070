/**
 * One component of the current step in the workshop: its items (large), dot-voting on barrières within
 * the group's budget, and a form to add or change items during the session.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  afkapMelding, knip, LIMITS, ONDERDEEL_ENKELVOUD, ONDERDEEL_LABEL, randomId, stembudget,
  type AnyItem, type Barriere, type Model, type Onderdeel, type Stap,
} from '../domain/index.ts';
import { ItemTekst } from './MatrixCel.tsx';
import { Knop, type Dispatch } from './ui.tsx';

const NIEUW: Record<Onderdeel, string> = {
  gelegenheden: 'Nieuwe gelegenheid',
  signalen: 'Nieuw signaal',
  faciliteerders: 'Nieuwe faciliteerder',
  barrieres: 'Nieuwe barrière',
};

/** The text field of an item being changed: focused when it opens, Escape cancels. */
function BewerkVeld({ id, tekst, label, onKlaar }: { id: string; tekst: string; label: string; onKlaar: (waarde: string | null) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form class="bm-ws-form" onSubmit={(e) => { e.preventDefault(); onKlaar(ref.current?.value ?? null); }}>
      <label class="utrecht-form-label" for={id}>{label}</label>
      <input id={id} ref={ref} class="utrecht-textbox" type="text" defaultValue={tekst}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onKlaar(null); } }} />
      <Knop soort="primary-action" klein onClick={() => undefined} submit>Opslaan</Knop>
      <Knop klein onClick={() => onKlaar(null)}>Annuleren</Knop>
    </form>
  );
}

interface Props {
  model: Model;
  stap: Stap;
  onderdeel: Onderdeel;
  vraag: string | undefined;
  dispatch: Dispatch;
  setStatus: (s: string) => void;
}

export function WorkshopOnderdeel({ model, stap, onderdeel: o, vraag, dispatch, setStatus }: Props) {
  const [tekst, setTekst] = useState('');
  const [bewerk, setBewerk] = useState<string | null>(null);
  // After editing, focus goes back to the item's edit button.
  const [terug, setTerug] = useState<string | null>(null);
  useEffect(() => {
    if (!terug) return;
    document.querySelector<HTMLElement>(`[data-bewerk="${terug}"]`)?.focus();
    setTerug(null);
  }, [terug]);
  const over = stembudget(model).over;
  const vol = over !== null && over <= 0;
  const enkel = ONDERDEEL_ENKELVOUD[o];
  const invoerId = `bm-ws-nieuw-${o}`;

  const bewaar = (waarde: string, id: string | null) => {
    const g = knip(waarde.trim(), LIMITS.langeTekst);
    if (!g.tekst) return;
    if (id) dispatch({ type: 'item-wijzigen', stapId: stap.id, onderdeel: o, id, patch: { tekst: g.tekst } });
    else dispatch({ type: 'item-toevoegen', stapId: stap.id, onderdeel: o, id: randomId(), tekst: g.tekst });
    const afgekapt = afkapMelding(id ? `Tekst van ${enkel}` : NIEUW[o], g, LIMITS.langeTekst);
    setStatus(afgekapt ?? `${id ? 'Gewijzigd' : 'Toegevoegd'} bij ${ONDERDEEL_LABEL[o].toLowerCase()}: “${g.tekst}”.`);
  };

  const stem = (b: Barriere, delta: 1 | -1) => {
    if (delta > 0 && vol) {
      setStatus('Alle stippen zijn op. Haal eerst een stem weg, of verhoog het aantal deelnemers of stippen.');
      return;
    }
    dispatch({ type: 'stem', stapId: stap.id, id: b.id, delta });
    const n = Math.max(0, b.stemmen + delta);
    setStatus(`${delta > 0 ? 'Stem gegeven op' : 'Stem weggehaald bij'} “${b.tekst}”: nu ${n} ${n === 1 ? 'stem' : 'stemmen'}.`);
  };

  const regel = (it: AnyItem) => {
    if (bewerk === it.id) {
      return (
        <BewerkVeld id={`bm-ws-bewerk-${it.id}`} tekst={it.tekst} label={`Tekst van ${enkel}`} onKlaar={(waarde) => {
          if (waarde !== null) bewaar(waarde, it.id);
          setBewerk(null);
          setTerug(it.id);
        }} />
      );
    }
    return (
      <>
        <ItemTekst item={it} onderdeel={o} />
        <Knop klein soort="subtle" onClick={() => setBewerk(it.id)} label={`Bewerken: ${it.tekst}`} data={it.id}>Bewerken</Knop>
      </>
    );
  };

  return (
    <section class={`bm-workshop__onderdeel bm-workshop__onderdeel--${o}`} aria-labelledby={`bm-ws-${o}`}>
      <h3 id={`bm-ws-${o}`}>{ONDERDEEL_LABEL[o]}</h3>
      <p class="bm-workshop__vraag">{vraag}</p>
      {stap[o].length === 0 ? <p>Nog niets ingevuld.</p> : (
        <ul>
          {o === 'barrieres'
            ? stap.barrieres.map((b) => (
              <li key={b.id} class="bm-stemregel">
                {regel(b)}
                <span class="bm-stemmen" aria-hidden="true">{'●'.repeat(Math.min(b.stemmen, 20))}{b.stemmen > 20 ? '…' : ''}</span>
                <span class="bm-stemknoppen">
                  <Knop klein soort="primary-action" disabled={vol} onClick={() => stem(b, 1)} label={`Stem geven op ${b.tekst} (nu ${b.stemmen})`}>+ stem</Knop>
                  <span class="bm-stemteller">{b.stemmen}</span>
                  <Knop klein disabled={b.stemmen === 0} onClick={() => stem(b, -1)} label={`Stem weghalen bij ${b.tekst} (nu ${b.stemmen})`}>− stem</Knop>
                </span>
              </li>
            ))
            : (stap[o] as AnyItem[]).map((it) => <li key={it.id}>{regel(it)}</li>)}
        </ul>
      )}
      <form class="bm-ws-form" onSubmit={(e) => { e.preventDefault(); bewaar(tekst, null); setTekst(''); }}>
        <label class="utrecht-form-label" for={invoerId}>{NIEUW[o]}</label>
        <input id={invoerId} class="utrecht-textbox" type="text" value={tekst} onInput={(e) => setTekst((e.currentTarget as HTMLInputElement).value)} />
        <Knop klein onClick={() => undefined} submit>Toevoegen</Knop>
      </form>
    </section>
  );
}
