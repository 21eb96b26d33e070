/** Editing one action (a barrière) in the action list: owners, deadline, status, instrument and note. */
import { STATUS_LABEL, STATUSSEN, type Actiepunt, type ItemPatch, type Model, type Status } from '../domain/index.ts';
import { Keuze, TekstVeld, type Dispatch } from './ui.tsx';

export function ActieBewerken({ model, actie, dispatch, setStatus }: { model: Model; actie: Actiepunt; dispatch: Dispatch; setStatus: (s: string) => void }) {
  const b = actie.barriere;
  const id = `bm-actie-${b.id}`;
  const wijzig = (patch: ItemPatch, wat: string) => {
    dispatch({ type: 'item-wijzigen', stapId: actie.stap.id, onderdeel: 'barrieres', id: b.id, patch });
    setStatus(`${wat} gewijzigd voor “${b.tekst}”.`);
  };
  return (
    <div class="bm-actiebewerken">
      <fieldset class="utrecht-form-fieldset bm-fieldset">
        <legend class="utrecht-form-fieldset__legend bm-legend-klein">Eigenaren</legend>
        {model.partners.length === 0 && <p class="utrecht-paragraph bm-klein">Voeg eerst partners toe bij “Fenomeen en partners”.</p>}
        {model.partners.map((p) => (
          <div class="bm-check" key={p.id}>
            <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id={`${id}-e-${p.id}`} checked={b.eigenaren.includes(p.id)}
              onChange={(e) => wijzig({ eigenaren: (e.currentTarget as HTMLInputElement).checked ? [...b.eigenaren, p.id] : b.eigenaren.filter((x) => x !== p.id) }, 'Eigenaren')} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-e-${p.id}`}>{p.naam}</label>
          </div>
        ))}
      </fieldset>
      <div class="utrecht-form-field bm-veld">
        <label class="utrecht-form-label" for={`${id}-deadline`}>Deadline</label>
        <input id={`${id}-deadline`} class="utrecht-textbox bm-datum" type="date" value={b.deadline}
          onChange={(e) => wijzig({ deadline: (e.currentTarget as HTMLInputElement).value }, 'Deadline')} />
      </div>
      <Keuze id={`${id}-status`} label="Status" value={b.status} opties={STATUSSEN.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
        onChange={(v: Status) => wijzig({ status: v }, 'Status')} />
      <TekstVeld id={`${id}-instrument`} label="Instrument" value={b.instrument} onCommit={(v) => wijzig({ instrument: v }, 'Instrument')} />
      <TekstVeld id={`${id}-notitie`} label="Notitie" value={b.notitie} multiline onCommit={(v) => wijzig({ notitie: v }, 'Notitie')} />
    </div>
  );
}
