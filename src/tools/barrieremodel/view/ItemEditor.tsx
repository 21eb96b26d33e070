/** One item in the step editor with all its fields (a barrière has owners, scores, status, instrument, deadline). */
import { useRef, useState } from 'preact/hooks';
import {
  BARRIERE_SOORTEN, BEWUSTHEDEN, BEWUSTHEID_LABEL, KLASSE_LABEL, klasse, LIMITS, ONDERDEEL_ENKELVOUD, prioriteit, SOORT_LABEL, STATUS_LABEL, STATUSSEN,
  type AnyItem, type Barriere, type Faciliteerder, type Onderdeel, type Partner,
} from '../domain/index.ts';
import { useFocusAfterRender } from '../../../instrument/hooks/useShell.ts';
import { pure } from './pure.ts';
import { Keuze, Knop, TekstVeld, type Dispatch } from './ui.tsx';

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

export const ItemEditor = pure(function ItemEditor({ item, stapId, onderdeel, nummer, aantal, partners, stapKeuzes, dispatch, setStatus }: ItemProps) {
  const [verwijder, setVerwijder] = useState(false);
  const [naar, setNaar] = useState(false);
  const focusNa = useFocusAfterRender();
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
    <li class={`bm-itemeditor bm-itemeditor--${onderdeel}`}>
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
          <Knop klein licht id={`${p}-op`} disabled={nummer === 1} onClick={() => verplaats(nummer - 2, 'omhoog')} label={`${Enkel} ${nummer} omhoog`}>Omhoog</Knop>
          <Knop klein licht id={`${p}-neer`} disabled={nummer === aantal} onClick={() => verplaats(nummer, 'omlaag')} label={`${Enkel} ${nummer} omlaag`}>Omlaag</Knop>
          {stapKeuzes.length > 1 && (naar ? (
            <span class="bm-naarstap">
              <label class="utrecht-form-label bm-klein" for={`${p}-naar`}>Naar stap</label>
              <select id={`${p}-naar`} ref={naarRef} class="utrecht-select bm-select-klein">
                {stapKeuzes.filter((s) => s.id !== stapId).map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
              </select>
              <Knop klein onClick={() => {
                const doel = naarRef.current?.value;
                if (!doel) return;
                dispatch({ type: 'item-naar-stap', stapId, onderdeel, id: item.id, naarStapId: doel });
                setStatus(`${Enkel} verplaatst naar ${stapKeuzes.find((s) => s.id === doel)?.label ?? 'andere stap'}.`);
              }} label={`${Enkel} ${nummer} naar de gekozen stap verplaatsen`}>Verplaatsen</Knop>
              <Knop klein soort="subtle" onClick={() => { setNaar(false); focusNa(`${p}-naarknop`); }}>Annuleren</Knop>
            </span>
          ) : (
            // The step list only when asked for: 100 items with each a list of all steps made the editor slow to open.
            <Knop klein licht id={`${p}-naarknop`} onClick={() => { setNaar(true); focusNa(`${p}-naar`); }} label={`${Enkel} ${nummer} naar een andere stap`}>Naar een andere stap</Knop>
          ))}
          {verwijder ? (
            <>
              <Knop klein soort="primary-action" onClick={() => { dispatch({ type: 'item-verwijderen', stapId, onderdeel, id: item.id }); setStatus(`${Enkel} verwijderd. U kunt dit ongedaan maken.`); }}>Ja, verwijderen</Knop>
              <Knop klein soort="subtle" onClick={() => setVerwijder(false)}>Annuleren</Knop>
            </>
          ) : (
            <Knop klein licht soort="subtle" onClick={() => setVerwijder(true)} label={`${Enkel} ${nummer} verwijderen`}>Verwijderen</Knop>
          )}
        </div>
      </fieldset>
    </li>
  );
});

