/** Short overview: counts per step and component, and steps without barrières or owner. */
import { ONDERDEEL_LABEL, ONDERDELEN, overzicht, partnerNaam, STATUS_LABEL, STATUSSEN, type Model } from '../domain/index.ts';
import { Knop, SchermKop } from './ui.tsx';

export function Overzicht({ model, onGaNaarStap }: { model: Model; onGaNaarStap: (id: string) => void }) {
  const o = overzicht(model);
  return (
    <section aria-labelledby="bm-kop-overzicht">
      <SchermKop id="bm-kop-overzicht">Overzicht</SchermKop>
      <h3 class="utrecht-heading-3">Aandachtspunten</h3>
      <ul class="utrecht-unordered-list bm-aandacht">
        {o.stappenZonderEigenaar.length === 0 ? <li>Elke stap heeft een eigenaar.</li> : (
          <li>Stappen zonder eigenaar: {o.stappenZonderEigenaar.map((s, i) => (
            <span key={s.stap.id}>{i > 0 && ', '}<Knop soort="subtle" klein onClick={() => onGaNaarStap(s.stap.id)} label={`${s.nummer}. ${s.stap.naam} bewerken`}>{s.nummer}. {s.stap.naam}</Knop></span>
          ))}</li>
        )}
        {o.stappenZonderBarriere.length === 0 ? <li>Elke stap heeft minstens één barrière.</li> : (
          <li>Stappen zonder barrière: {o.stappenZonderBarriere.map((s, i) => (
            <span key={s.stap.id}>{i > 0 && ', '}<Knop soort="subtle" klein onClick={() => onGaNaarStap(s.stap.id)} label={`${s.nummer}. ${s.stap.naam} bewerken`}>{s.nummer}. {s.stap.naam}</Knop></span>
          ))}</li>
        )}
        <li>Barrières zonder eigenaar: {o.barrieresZonderEigenaar}</li>
        <li>Barrières nog niet beoordeeld (impact en haalbaarheid): {o.barrieresOnbeoordeeld}</li>
        <li>Barrières per status: {STATUSSEN.map((s) => `${STATUS_LABEL[s]} ${o.perStatus[s]}`).join(', ')}</li>
        <li>Stemmen uitgebracht: {o.stemmen}</li>
      </ul>
      <table class="utrecht-table">
        <caption class="bm-tabelkop">Aantallen per stap en onderdeel</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">Stap</th>
            <th scope="col" class="utrecht-table__header-cell">Eigenaar</th>
            {ONDERDELEN.map((x) => <th scope="col" class="utrecht-table__header-cell" key={x}>{ONDERDEEL_LABEL[x]}</th>)}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {o.stappen.map((s) => (
            <tr class="utrecht-table__row" key={s.stap.id}>
              <th scope="row" class="utrecht-table__header-cell">{s.nummer}. {s.stap.naam}</th>
              <td class="utrecht-table__cell">{partnerNaam(model, s.stap.eigenaar) || 'Geen'}</td>
              {ONDERDELEN.map((x) => <td class="utrecht-table__cell" key={x}>{s.aantallen[x]}</td>)}
            </tr>
          ))}
          <tr class="utrecht-table__row">
            <th scope="row" class="utrecht-table__header-cell">Totaal</th>
            <td class="utrecht-table__cell" />
            {ONDERDELEN.map((x) => <td class="utrecht-table__cell" key={x}>{o.totaal[x]}</td>)}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
