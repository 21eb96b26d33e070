/** Detail editor of one step: its fields, and per component its items with all their fields. */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import {
  BARRIERE_SOORTEN, FASE_LABEL, FASEN, LIMITS, ONDERDEEL_ENKELVOUD, ONDERDEEL_LABEL, ONDERDELEN, randomId, submodellen,
  voorstellen, type AnyItem, type CatalogusInstrument, type Fase, type IndexRegel, type Model, type Onderdeel, type Stap,
} from '../domain/index.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { Keuze, Knop, SchermKop, TekstVeld, Uitleg, type Dispatch, type UitlegTekst } from './ui.tsx';

interface Props {
  model: Model;
  stap: Stap | null;
  regels: IndexRegel[];
  dispatch: Dispatch;
  onderdelen: OnderdeelTekst[];
  uitleg: Record<string, UitlegTekst>;
  focusOnderdeel: string | null;
  onKiesStap: (id: string) => void;
  onSubmodel: (stapId: string) => void;
  onOpenModel: (id: string) => void;
  setStatus: (s: string) => void;
  instrumenten: CatalogusInstrument[];
}

/** Suggestions for the instrument field: per kind the catalogue's instruments (for "anders" all). */
function InstrumentLijsten({ instrumenten }: { instrumenten: CatalogusInstrument[] }) {
  return (
    <>
      {BARRIERE_SOORTEN.map((soort) => (
        <datalist id={`bm-instrumenten-${soort}`} key={soort}>
          {voorstellen(instrumenten, soort).map((i) => <option key={i.id} value={i.naam} />)}
        </datalist>
      ))}
    </>
  );
}

function Toevoegen({ stap, onderdeel, dispatch, setStatus }: { stap: Stap; onderdeel: Onderdeel; dispatch: Dispatch; setStatus: (s: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const enkel = ONDERDEEL_ENKELVOUD[onderdeel];
  const vol = stap[onderdeel].length >= LIMITS.itemsPerOnderdeel;
  return (
    <form class="bm-toevoegform" onSubmit={(e) => {
      e.preventDefault();
      const v = ref.current?.value.trim() ?? '';
      if (!v) {
        setStatus(`Typ eerst een tekst voor de nieuwe ${enkel}.`);
        return;
      }
      dispatch({ type: 'item-toevoegen', stapId: stap.id, onderdeel, id: randomId(), tekst: v });
      setStatus(`Toegevoegd: ${enkel} “${v}”.`);
      if (ref.current) ref.current.value = '';
    }}>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={`bm-toevoegen-${onderdeel}`}>Nieuwe {enkel}</label>
        <input id={`bm-toevoegen-${onderdeel}`} ref={ref} class="utrecht-textbox" maxLength={LIMITS.langeTekst} disabled={vol} />
      </div>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={vol}>{enkel[0]!.toUpperCase() + enkel.slice(1)} toevoegen</button>
      {vol && <p class="bm-klein">Het maximum van {LIMITS.itemsPerOnderdeel} is bereikt.</p>}
    </form>
  );
}

export function StapEditor(props: Props) {
  const { model, stap, dispatch, setStatus } = props;
  const [verwijder, setVerwijder] = useState(false);
  const keuzesKey = model.stappen.map((s) => `${s.id}\u0000${s.naam}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stapKeuzes = useMemo(() => model.stappen.map((s, i) => ({ id: s.id, label: `${i + 1}. ${s.naam}` })), [keuzesKey]);
  if (!stap) {
    return (
      <section aria-labelledby="bm-kop-stap">
        <SchermKop id="bm-kop-stap">Stap bewerken</SchermKop>
        <p class="utrecht-paragraph">Dit model heeft nog geen stappen. Voeg een stap toe in de matrix.</p>
      </section>
    );
  }
  const nummer = model.stappen.indexOf(stap) + 1;
  const subs = submodellen(props.regels, model.id, stap.id);
  const defs = Object.fromEntries(props.onderdelen.map((o) => [o.id, o]));
  return (
    <section aria-labelledby="bm-kop-stap">
      <InstrumentLijsten instrumenten={props.instrumenten} />
      <SchermKop id="bm-kop-stap">Stap {nummer}: {stap.naam}</SchermKop>
      <div class="bm-stapkeuze">
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="bm-kies-stap">Andere stap bewerken</label>
          <select id="bm-kies-stap" class="utrecht-select" value={stap.id} onChange={(e) => props.onKiesStap((e.currentTarget as HTMLSelectElement).value)}>
            {stapKeuzes.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </div>
        <div class="utrecht-button-group">
          <Knop disabled={nummer === 1} onClick={() => props.onKiesStap(model.stappen[nummer - 2]!.id)}>Vorige stap</Knop>
          <Knop disabled={nummer === model.stappen.length} onClick={() => props.onKiesStap(model.stappen[nummer]!.id)}>Volgende stap</Knop>
        </div>
      </div>
      <div class="bm-stapvelden">
        <TekstVeld id="bm-stap-naam" label="Naam van de stap" value={stap.naam} verplicht maxLength={LIMITS.naam}
          onCommit={(v) => dispatch({ type: 'stap-wijzigen', id: stap.id, patch: { naam: v } })}
          onLeeg={() => setStatus('Een stap moet een naam hebben.')} />
        <TekstVeld id="bm-stap-omschrijving" label="Omschrijving" value={stap.omschrijving} multiline maxLength={LIMITS.langeTekst}
          onCommit={(v) => dispatch({ type: 'stap-wijzigen', id: stap.id, patch: { omschrijving: v } })} />
        <Keuze id="bm-stap-fase" label="Fase" value={stap.fase ?? ''}
          opties={[{ value: '', label: 'Niet ingevuld' }, ...FASEN.map((f) => ({ value: f, label: FASE_LABEL[f] }))]}
          onChange={(v) => dispatch({ type: 'stap-wijzigen', id: stap.id, patch: { fase: v === '' ? null : (v as Fase) } })} />
        <Keuze id="bm-stap-eigenaar" label="Eigenaar van deze stap" value={stap.eigenaar ?? ''}
          opties={[{ value: '', label: 'Nog geen eigenaar' }, ...model.partners.map((p) => ({ value: p.id, label: p.naam }))]}
          onChange={(v) => dispatch({ type: 'stap-wijzigen', id: stap.id, patch: { eigenaar: v === '' ? null : v } })} />
        {model.partners.length === 0 && <p class="bm-klein">Partners voegt u toe bij “Fenomeen en partners”.</p>}
      </div>
      <div class="utrecht-button-group">
        <Knop onClick={() => { dispatch({ type: 'stap-toevoegen', id: randomId(), naam: '', index: nummer }); setStatus(`Nieuwe stap toegevoegd na stap ${nummer}.`); }}>Stap invoegen na deze stap</Knop>
        {verwijder ? (
          <>
            <Knop soort="primary-action" onClick={() => { dispatch({ type: 'stap-verwijderen', id: stap.id }); setVerwijder(false); setStatus(`Stap “${stap.naam}” verwijderd. U kunt dit ongedaan maken.`); const next = model.stappen[nummer] ?? model.stappen[nummer - 2]; if (next) props.onKiesStap(next.id); }}>
              Ja, stap {nummer} met alles erin verwijderen
            </Knop>
            <Knop soort="subtle" onClick={() => setVerwijder(false)}>Annuleren</Knop>
          </>
        ) : (
          <Knop soort="subtle" onClick={() => setVerwijder(true)}>Stap verwijderen</Knop>
        )}
      </div>

      {ONDERDELEN.map((o) => (
        <section key={o} class="bm-onderdeel" aria-labelledby={`bm-onderdeel-${o}`}>
          <h3 class="utrecht-heading-3" id={`bm-onderdeel-${o}`}>{ONDERDEEL_LABEL[o]} ({stap[o].length})</h3>
          {defs[o] && <p class="utrecht-paragraph bm-definitie">{defs[o]!.definitie} <em>{defs[o]!.vraag}</em></p>}
          {o === 'barrieres' && <details class="bm-details"><summary>Hoe wordt de prioriteit berekend?</summary><Uitleg tekst={props.uitleg['prioriteit-regel']} /><Uitleg tekst={props.uitleg['waterbedeffect']} /></details>}
          {stap[o].length > 0 && (
            <ol class="bm-itemlijst">
              {(stap[o] as AnyItem[]).map((it, i) => (
                <ItemEditor key={it.id} item={it} stapId={stap.id} onderdeel={o} nummer={i + 1} aantal={stap[o].length}
                  partners={model.partners} stapKeuzes={stapKeuzes} dispatch={dispatch} setStatus={setStatus} />
              ))}
            </ol>
          )}
          <Toevoegen stap={stap} onderdeel={o} dispatch={dispatch} setStatus={setStatus} />
        </section>
      ))}

      <section class="bm-onderdeel" aria-labelledby="bm-submodellen">
        <h3 class="utrecht-heading-3" id="bm-submodellen">Submodellen voor deze stap</h3>
        <p class="utrecht-paragraph">Werk een deel van het proces apart uit, bijvoorbeeld een groep faciliteerders. Een submodel is een eigen model, gekoppeld aan deze stap.</p>
        {subs.length > 0 && (
          <ul class="utrecht-unordered-list">
            {subs.map((s) => (
              <li key={s.id}>{s.titel || 'Naamloos submodel'} <Knop klein soort="subtle" onClick={() => props.onOpenModel(s.id)} label={`Submodel openen: ${s.titel}`}>Openen</Knop></li>
            ))}
          </ul>
        )}
        <Knop onClick={() => props.onSubmodel(stap.id)}>Nieuw submodel voor deze stap</Knop>
      </section>
    </section>
  );
}
