/** The open model's name (and parent model), undo/redo, workshop view and the way back to the list. */
import { type IndexRegel, type Model } from '../domain/index.ts';
import { ONGEDAAN_ID, OPNIEUW_ID, type Historie } from './useHistorie.ts';
import { Knop } from './ui.tsx';

interface Props {
  model: Model;
  regels: IndexRegel[];
  hist: Historie;
  onSluit: () => void;
  onOpenModel: (id: string) => void;
  onWorkshop: () => void;
  /** While the shared layer offers "Ongedaan maken" for a replacement, that is the only undo on screen. */
  zonderHistorie: boolean;
}

export function Kopbalk({ model, regels, hist, onSluit, onOpenModel, onWorkshop, zonderHistorie }: Props) {
  const ouder = model.ouder;
  return (
    <div class="bm-kopbalk">
      <p class="utrecht-paragraph bm-modelnaam">
        Model: <strong class="instrument-user-text">{model.titel || 'Naamloos model'}</strong>
        {ouder && (
          <span class="bm-ouder instrument-user-text">
            {' '}— submodel van “{ouder.modelTitel}”, stap “{ouder.stapNaam}”
            {regels.some((m) => m.id === ouder.modelId) && (
              <>
                {' '}
                <Knop soort="subtle" klein onClick={() => onOpenModel(ouder.modelId)}>Hoofdmodel openen</Knop>
              </>
            )}
          </span>
        )}
      </p>
      <div class="utrecht-button-group bm-werkbalk" role="group" aria-label="Model">
        {!zonderHistorie && (
          <>
            <Knop id={ONGEDAAN_ID} onClick={hist.undo} disabled={!hist.kanUndo} label={`Ongedaan maken (${hist.aantalUndo} beschikbaar)`}>Ongedaan maken</Knop>
            <Knop id={OPNIEUW_ID} onClick={hist.redo} disabled={!hist.kanRedo} label={`Opnieuw (${hist.aantalRedo} beschikbaar)`}>Opnieuw</Knop>
          </>
        )}
        <Knop id="bm-workshop-knop" onClick={onWorkshop}>Workshopweergave</Knop>
        <Knop soort="subtle" onClick={onSluit}>Alle modellen</Knop>
      </div>
    </div>
  );
}
