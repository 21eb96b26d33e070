/** Dot-voting settings (participants, dots each), the budget left, and the ranking rule with its explanation. */
import { budgetTekst, LIMITS, RANGSCHIKREGELS, REGEL_LABEL, REGEL_UITLEG, stembudget, type Model, type Rangschikregel } from '../domain/index.ts';
import { useDraft } from '../../../instrument/hooks/useDraft.ts';
import type { Dispatch } from './ui.tsx';

/** A number that counts once it is committed; what is typed until then stays (useDraft). */
function Getal({ id, label, value, min, max, onCommit }: { id: string; label: string; value: number; min: number; max: number; onCommit: (n: number) => void }) {
  const draft = useDraft(String(value));
  return (
    <div class="utrecht-form-field bm-veld bm-veld--getal">
      <label class="utrecht-form-label" for={id}>{label}</label>
      <input id={id} class="utrecht-textbox bm-getal" type="number" inputMode="numeric" min={min} max={max} value={draft.value}
        onInput={draft.onInput} onBlur={draft.onBlur}
        onChange={(e) => { const n = Number((e.currentTarget as HTMLInputElement).value); if (Number.isFinite(n)) onCommit(n); draft.done(); }} />
    </div>
  );
}

export function StemInstellingen({ model, dispatch, id }: { model: Model; dispatch: Dispatch; id: string }) {
  const b = stembudget(model);
  return (
    <fieldset class="utrecht-form-fieldset bm-fieldset bm-stemming">
      <legend class="utrecht-form-fieldset__legend bm-legend-klein">Stemmen met stippen</legend>
      <Getal id={`${id}-deelnemers`} label="Aantal deelnemers (0 = geen budget)" value={model.stemming.deelnemers} min={0} max={LIMITS.deelnemers}
        onCommit={(n) => dispatch({ type: 'stemming', patch: { deelnemers: n } })} />
      <Getal id={`${id}-stippen`} label="Stippen per deelnemer" value={model.stemming.stippen} min={1} max={LIMITS.stippen}
        onCommit={(n) => dispatch({ type: 'stemming', patch: { stippen: n } })} />
      <p class="utrecht-paragraph bm-budget" id={`${id}-budget`}>{budgetTekst(b)}</p>
    </fieldset>
  );
}

export function RegelKeuze({ model, dispatch, id }: { model: Model; dispatch: Dispatch; id: string }) {
  return (
    <div class="bm-regel">
      <div class="utrecht-form-field bm-veld">
        <label class="utrecht-form-label" for={id}>Volgorde van de actielijst</label>
        <select id={id} class="utrecht-select" value={model.stemming.regel}
          onChange={(e) => dispatch({ type: 'stemming', patch: { regel: (e.currentTarget as HTMLSelectElement).value as Rangschikregel } })}>
          {RANGSCHIKREGELS.map((r) => <option key={r} value={r}>{REGEL_LABEL[r]}</option>)}
        </select>
      </div>
      <p class="utrecht-paragraph bm-regeltekst" id={`${id}-uitleg`}>{REGEL_UITLEG[model.stemming.regel]}</p>
    </div>
  );
}
