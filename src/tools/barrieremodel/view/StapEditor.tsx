/** Detail editor of one step: its fields, and per component its items with all their fields. */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import {
  BARRIERE_SOORTEN, BEWUSTHEDEN, BEWUSTHEID_LABEL, FASE_LABEL, FASEN, KLASSE_LABEL, klasse, LIMITS, ONDERDEEL_ENKELVOUD, ONDERDEEL_LABEL,
  ONDERDELEN, prioriteit, randomId, SOORT_LABEL, STATUS_LABEL, STATUSSEN, submodellen,
  voorstellen, type CatalogusInstrument, type AnyItem, type Barriere, type Faciliteerder, type Fase, type Index, type Model, type Onderdeel, type Partner, type Stap,
} from '../domain/index.ts';
import { pure } from './pure.ts';
import { Keuze, Knop, SchermKop, TekstVeld, Uitleg, type Dispatch, type UitlegTekst } from './ui.tsx';

interface Props {
  model: Model;
  stap: Stap | null;
  index: Index;
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

const SCORES = [
  { value: '', label: 'Nog niet beoordeeld' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}${n === 1 ? ' (laag)' : n === 5 ? ' (hoog)' : ''}` })),
];

interface ItemProps {
  item: AnyItem;
  stapId: string;
  onderdeel: Onderdeel;
  nummer: number;
  aantal: number;
  partners: Partner[];
  stapKeuzes: { id: string; label: string }[];
  dispatch: Dispatch;
  setStatus: (s: string) => void;
}

const ItemEditor = pure(function ItemEditor({ item, stapId, onderdeel, nummer, aantal, partners, stapKeuzes, dispatch, setStatus }: ItemProps) {
  const [verwijder, setVerwijder] = useState(false);
  const naarRef = useRef<HTMLSelectElement>(null);
  const enkel = ONDERDEEL_ENKELVOUD[onderdeel];
  const Enkel = enkel[0]!.toUpperCase() + enkel.slice(1);
  const p = `bm-item-${item.id}`;
  const wijzig = (patch: Parameters<Dispatch>[0] extends infer A ? (A extends { type: 'item-wijzigen'; patch: infer P } ? P : never) : never) =>
    dispatch({ type: 'item-wijzigen', stapId, onderdeel, id: item.id, patch });
  const verplaats = (naar: number, richting: string) => {
    dispatch({ type: 'item-verplaatsen', stapId, onderdeel, id: item.id, naar });
    setStatus(`${Enkel} ${richting} verplaatst, nu nummer ${naar + 1}.`);
    setTimeout(() => {
      const knop = document.getElementById(`${p}-${richting === 'omhoog' && naar > 0 ? 'op' : richting === 'omlaag' && naar < aantal - 1 ? 'neer' : 'tekst'}`);
      knop?.focus();
    });
  };
  const bar = onderdeel === 'barrieres' ? (item as Barriere) : null;
  return (
    <li class="bm-itemeditor">
      <fieldset class="utrecht-form-fieldset bm-fieldset">
        <legend class="utrecht-form-fieldset__legend bm-legend">{Enkel} {nummer} van {aantal}</legend>
        <TekstVeld id={`${p}-tekst`} label="Tekst" value={item.tekst} multiline verplicht maxLength={LIMITS.langeTekst}
          onCommit={(v) => wijzig({ tekst: v })}
          onLeeg={() => setStatus('Een lege tekst kan niet. Gebruik “Verwijderen” om het onderdeel weg te halen.')} />
        {onderdeel === 'faciliteerders' && (
          <Keuze id={`${p}-bewust`} label="Bewust of onbewust?" value={(item as Faciliteerder).bewustheid}
            opties={BEWUSTHEDEN.map((b) => ({ value: b, label: BEWUSTHEID_LABEL[b] }))} onChange={(v) => wijzig({ bewustheid: v })} />
        )}
        {bar && (
          <div class="bm-barrierevelden">
            <fieldset class="utrecht-form-fieldset bm-fieldset bm-eigenaren">
              <legend class="utrecht-form-fieldset__legend bm-legend-klein">Eigenaren</legend>
              {partners.length === 0 && <p class="bm-klein">Voeg eerst partners toe bij “Fenomeen en partners”.</p>}
              {partners.map((pa) => (
                <div class="bm-check" key={pa.id}>
                  <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`${p}-eig-${pa.id}`} checked={bar.eigenaren.includes(pa.id)}
                    onChange={(e) => {
                      const aan = (e.currentTarget as HTMLInputElement).checked;
                      wijzig({ eigenaren: aan ? [...bar.eigenaren, pa.id] : bar.eigenaren.filter((x) => x !== pa.id) });
                    }} />
                  <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${p}-eig-${pa.id}`}>{pa.naam}</label>
                </div>
              ))}
            </fieldset>
            <Keuze id={`${p}-soort`} label="Soort" value={bar.soort} opties={BARRIERE_SOORTEN.map((s) => ({ value: s, label: SOORT_LABEL[s] }))} onChange={(v) => wijzig({ soort: v })} />
            <Keuze id={`${p}-impact`} label="Impact (1–5)" value={bar.impact === null ? '' : String(bar.impact)} opties={SCORES}
              onChange={(v) => wijzig({ impact: v === '' ? null : (Number(v) as 1) })} />
            <Keuze id={`${p}-haalbaar`} label="Haalbaarheid (1–5)" value={bar.haalbaarheid === null ? '' : String(bar.haalbaarheid)} opties={SCORES}
              onChange={(v) => wijzig({ haalbaarheid: v === '' ? null : (Number(v) as 1) })} />
            <Keuze id={`${p}-status`} label="Status" value={bar.status} opties={STATUSSEN.map((s) => ({ value: s, label: STATUS_LABEL[s] }))} onChange={(v) => wijzig({ status: v })} />
            <p class="bm-klein bm-prio" id={`${p}-prio`}>
              {prioriteit(bar) === null ? 'Prioriteit: nog niet beoordeeld' : `Prioriteit: ${prioriteit(bar)} (${KLASSE_LABEL[klasse(bar)].toLowerCase()})`}
              {` · ${bar.stemmen} ${bar.stemmen === 1 ? 'stem' : 'stemmen'}`}
            </p>
            <TekstVeld id={`${p}-instrument`} label="Instrument" beschrijving="Kies een voorstel van deze soort uit de catalogus, of typ zelf een instrument."
              value={bar.instrument} maxLength={LIMITS.naam} lijst={`bm-instrumenten-${bar.soort}`} onCommit={(v) => wijzig({ instrument: v })} />
            <div class="utrecht-form-field bm-veld">
              <label class="utrecht-form-label" for={`${p}-deadline`}>Deadline</label>
              <input id={`${p}-deadline`} class="utrecht-textbox bm-datum" type="date" value={bar.deadline} onChange={(e) => wijzig({ deadline: (e.currentTarget as HTMLInputElement).value })} />
            </div>
            <TekstVeld id={`${p}-waterbed`} label="Verwacht waterbedeffect" beschrijving="Waar kan het probleem naartoe gaan als deze barrière werkt?"
              value={bar.waterbed} multiline maxLength={LIMITS.langeTekst} onCommit={(v) => wijzig({ waterbed: v })} />
          </div>
        )}
        <TekstVeld id={`${p}-notitie`} label="Notitie" value={item.notitie} multiline maxLength={LIMITS.langeTekst} onCommit={(v) => wijzig({ notitie: v })} />
        <div class="utrecht-button-group bm-itemknoppen">
          <Knop klein id={`${p}-op`} disabled={nummer === 1} onClick={() => verplaats(nummer - 2, 'omhoog')} label={`${Enkel} ${nummer} omhoog`}>Omhoog</Knop>
          <Knop klein id={`${p}-neer`} disabled={nummer === aantal} onClick={() => verplaats(nummer, 'omlaag')} label={`${Enkel} ${nummer} omlaag`}>Omlaag</Knop>
          {stapKeuzes.length > 1 && (
            <span class="bm-naarstap">
              <label class="utrecht-form-label bm-klein" for={`${p}-naar`}>Naar stap</label>
              <select id={`${p}-naar`} ref={naarRef} class="utrecht-select bm-select-klein">
                {stapKeuzes.filter((s) => s.id !== stapId).map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
              </select>
              <Knop klein onClick={() => {
                const naar = naarRef.current?.value;
                if (!naar) return;
                dispatch({ type: 'item-naar-stap', stapId, onderdeel, id: item.id, naarStapId: naar });
                setStatus(`${Enkel} verplaatst naar ${stapKeuzes.find((s) => s.id === naar)?.label ?? 'andere stap'}.`);
              }} label={`${Enkel} ${nummer} naar de gekozen stap verplaatsen`}>Verplaatsen</Knop>
            </span>
          )}
          {verwijder ? (
            <>
              <Knop klein soort="primary-action" onClick={() => { dispatch({ type: 'item-verwijderen', stapId, onderdeel, id: item.id }); setStatus(`${Enkel} verwijderd. U kunt dit ongedaan maken.`); }}>Ja, verwijderen</Knop>
              <Knop klein soort="subtle" onClick={() => setVerwijder(false)}>Annuleren</Knop>
            </>
          ) : (
            <Knop klein soort="subtle" onClick={() => setVerwijder(true)} label={`${Enkel} ${nummer} verwijderen`}>Verwijderen</Knop>
          )}
        </div>
      </fieldset>
    </li>
  );
});

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
  const subs = submodellen(props.index, model.id, stap.id);
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
