/**
 * The action list as a table: readable columns (words never broken in the middle), on screen with an
 * edit button per action, on paper without.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { KLASSE_LABEL, partnerNaam, STATUS_LABEL, type Actiepunt, type Model } from '../domain/index.ts';
import { ActieBewerken } from './ActieBewerken.tsx';
import { Knop, type Dispatch } from './ui.tsx';

interface Props {
  model: Model;
  acties: Actiepunt[];
  caption: string;
  /** On screen: edit per action. Without it (print) the table is read-only. */
  dispatch?: Dispatch;
  setStatus?: (s: string) => void;
}

export function ActieTabel({ model, acties, caption, dispatch, setStatus }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const kolommen = dispatch ? 8 : 7;
  return (
    <table class="utrecht-table bm-actietabel">
      <caption class="bm-tabelkop">{caption}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th scope="col" class="utrecht-table__header-cell bm-k-rang">Rang</th>
          <th scope="col" class="utrecht-table__header-cell bm-k-barriere">Barrière</th>
          <th scope="col" class="utrecht-table__header-cell bm-k-eigenaren">Eigenaren</th>
          <th scope="col" class="utrecht-table__header-cell bm-k-deadline">Deadline</th>
          <th scope="col" class="utrecht-table__header-cell bm-k-status">Status</th>
          <th scope="col" class="utrecht-table__header-cell bm-k-stemmen">Stemmen</th>
          <th scope="col" class="utrecht-table__header-cell bm-k-prio">Impact × haalbaarheid</th>
          {dispatch && <th scope="col" class="utrecht-table__header-cell bm-k-actie"><span class="bm-visueel-verborgen">Bewerken</span></th>}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {acties.map((a) => {
          const b = a.barriere;
          return (
            <Fragment key={b.id}>
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{a.rang}</td>
                <td class="utrecht-table__cell bm-tekstcel">
                  {b.tekst}
                  <span class="bm-actie-meta">Stap {a.stapNummer}. {a.stap.naam}{b.instrument && <> · Instrument: {b.instrument}</>}</span>
                  {b.notitie && <span class="bm-actie-meta">Notitie: {b.notitie}</span>}
                  {b.waterbed && <span class="bm-actie-meta">Waterbedeffect: {b.waterbed}</span>}
                </td>
                <td class="utrecht-table__cell">{b.eigenaren.map((e) => partnerNaam(model, e)).join(', ') || '—'}</td>
                <td class="utrecht-table__cell bm-geen-breuk">{b.deadline || '—'}</td>
                <td class="utrecht-table__cell">{STATUS_LABEL[b.status]}</td>
                <td class="utrecht-table__cell">{b.stemmen}</td>
                <td class="utrecht-table__cell">{a.prioriteit === null ? KLASSE_LABEL.onbeoordeeld : `${a.prioriteit} (${KLASSE_LABEL[a.klasse].toLowerCase()})`}</td>
                {dispatch && (
                  <td class="utrecht-table__cell">
                    <Knop licht soort="subtle" pressed={open === b.id} onClick={() => setOpen(open === b.id ? null : b.id)} label={`Bewerken: ${b.tekst}`}>Bewerken</Knop>
                  </td>
                )}
              </tr>
              {dispatch && setStatus && open === b.id && (
                <tr class="utrecht-table__row bm-actie-open">
                  <td class="utrecht-table__cell" colSpan={kolommen}>
                    <ActieBewerken model={model} actie={a} dispatch={dispatch} setStatus={setStatus} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
