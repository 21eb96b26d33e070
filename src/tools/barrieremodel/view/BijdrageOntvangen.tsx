/** A contribution link was opened: the facilitator picks the model to merge it into (or declines). */
import { useState } from 'preact/hooks';
import type { Bijdrage, IndexRegel } from '../domain/index.ts';
import { Knop } from './ui.tsx';

export function BijdrageOntvangen({ bijdrage, regels, onSamenvoegen, onNiet }: { bijdrage: Bijdrage; regels: IndexRegel[]; onSamenvoegen: (modelId: string) => void; onNiet: () => void }) {
  const modellen = regels.filter((m) => m.status === 'ok');
  const standaard = modellen.some((m) => m.id === bijdrage.modelId) ? bijdrage.modelId : (modellen[0]?.id ?? '');
  const [doel, setDoel] = useState(standaard);
  const stemmen = bijdrage.stemmen.reduce((n, s) => n + s.aantal, 0);
  return (
    <section class="utrecht-alert utrecht-alert--info bm-gedeeld" aria-labelledby="bm-gedeeld-kop">
      <h2 class="utrecht-heading-2" id="bm-gedeeld-kop" tabIndex={-1}>Bijdrage samenvoegen?</h2>
      <p class="utrecht-paragraph">
        Een bijdrage{bijdrage.deelnemer ? ` van ${bijdrage.deelnemer}` : ''} voor “{bijdrage.modelTitel || 'Naamloos model'}”: {bijdrage.items.length}{' '}
        {bijdrage.items.length === 1 ? 'nieuw onderdeel' : 'nieuwe onderdelen'} en {stemmen} {stemmen === 1 ? 'stem' : 'stemmen'}.
      </p>
      {modellen.length === 0 ? (
        <p class="utrecht-paragraph">Er staat nog geen model op dit apparaat om deze bijdrage in samen te voegen.</p>
      ) : (
        <div class="utrecht-form-field bm-veld">
          <label class="utrecht-form-label" for="bm-ontvangen-doel">Samenvoegen in</label>
          <select id="bm-ontvangen-doel" class="utrecht-select" value={doel} onChange={(e) => setDoel((e.currentTarget as HTMLSelectElement).value)}>
            {modellen.map((m) => <option key={m.id} value={m.id}>{m.titel || 'Naamloos model'}</option>)}
          </select>
        </div>
      )}
      <div class="utrecht-button-group">
        {doel && <Knop soort="primary-action" onClick={() => onSamenvoegen(doel)}>Bijdrage samenvoegen</Knop>}
        <Knop onClick={onNiet}>Niet samenvoegen</Knop>
      </div>
    </section>
  );
}
