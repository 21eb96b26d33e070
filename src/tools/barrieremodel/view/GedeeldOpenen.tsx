/** A share link was opened: the model opens as a new model (nothing on this device is replaced), or not at all. */
import { randomId, type Model } from '../domain/index.ts';
import type { Opslag } from './opslag.ts';
import { Knop } from './ui.tsx';

export function GedeeldOpenen({ model, onOpen, onNiet }: { model: Model; opslag: Opslag; onOpen: (m: Model, basis?: Model) => void; onNiet: () => void }) {
  return (
    <section class="utrecht-alert utrecht-alert--info bm-gedeeld" aria-labelledby="bm-gedeeld-kop">
      <h2 class="utrecht-heading-2" id="bm-gedeeld-kop" tabIndex={-1} ref={(el) => el?.focus()}>Gedeeld model openen?</h2>
      <p class="utrecht-paragraph">
        Iemand heeft een model met u gedeeld via een link: <strong class="instrument-user-text">{model.titel || 'Naamloos model'}</strong> ({model.stappen.length} stappen). Als u het opent, wordt het als nieuw model op dit apparaat bewaard. Uw andere modellen blijven zoals ze zijn.
      </p>
      <div class="utrecht-button-group">
        <Knop soort="primary-action" onClick={() => onOpen({ ...model, id: randomId() })}>Openen als nieuw model</Knop>
        <Knop onClick={() => onOpen({ ...model, id: randomId() }, model)}>Openen om bij te dragen</Knop>
        <Knop onClick={onNiet}>Niet openen</Knop>
      </div>
    </section>
  );
}
