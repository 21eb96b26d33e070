/** Matrix view: steps as columns, the four components as rows (like the source's infographic). */
import { useFocusAfterRender } from '../../../instrument/hooks/useShell.ts';
import { useCallback, useRef } from 'preact/hooks';
import type { OnderdeelTekst } from '../content-schema.ts';
import { ONDERDELEN, partnerNaam, randomId, type Model, type Onderdeel, type Stap } from '../domain/index.ts';
import { moveFocus } from '../../../instrument/shell.ts';
import { pure } from './pure.ts';
import { Cel } from './MatrixCel.tsx';
import { Knop, SchermKop, type Dispatch } from './ui.tsx';

interface Props {
  model: Model;
  dispatch: Dispatch;
  onderdelen: OnderdeelTekst[];
  onBewerk: (stapId: string, onderdeel?: Onderdeel) => void;
  setStatus: (s: string) => void;
}

interface KopProps {
  stap: Stap;
  nummer: number;
  aantal: number;
  eigenaar: string;
  onBewerk: (stapId: string) => void;
  onVerplaats: (stapId: string, naar: number) => void;
}

const Kop = pure(function Kop({ stap, nummer, aantal, eigenaar, onBewerk, onVerplaats }: KopProps) {
  return (
    <th
      scope="col"
      class="utrecht-table__header-cell bm-stapkop"
      draggable
      onDragStart={(e) => e.dataTransfer?.setData('text/x-bm-stap', stap.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const id = e.dataTransfer?.getData('text/x-bm-stap');
        if (id && id !== stap.id) onVerplaats(id, nummer - 1);
      }}
    >
      <span class="bm-stapkop__nummer">Stap {nummer}</span>
      <span class="bm-stapkop__naam">{stap.naam}</span>
      <span class="bm-klein">{eigenaar ? `Eigenaar: ${eigenaar}` : 'Nog geen eigenaar'}</span>
      <span class="bm-stapkop__knoppen">
        <Knop klein id={`bm-bewerk-${stap.id}`} onClick={() => onBewerk(stap.id)} label={`Stap ${nummer} bewerken: ${stap.naam}`}>Bewerken</Knop>
        <Knop klein soort="subtle" id={`bm-links-${stap.id}`} disabled={nummer === 1} onClick={() => onVerplaats(stap.id, nummer - 2)} label={`Stap ${nummer} (${stap.naam}) naar links`}>◀</Knop>
        <Knop klein soort="subtle" id={`bm-rechts-${stap.id}`} disabled={nummer === aantal} onClick={() => onVerplaats(stap.id, nummer)} label={`Stap ${nummer} (${stap.naam}) naar rechts`}>▶</Knop>
      </span>
    </th>
  );
});

export function Matrix({ model, dispatch, onderdelen, onBewerk, setStatus }: Props) {
  const bewerkRef = useRef(onBewerk);
  bewerkRef.current = onBewerk;
  const bewerk = useCallback((id: string) => bewerkRef.current(id), []);
  const focusNa = useFocusAfterRender();
  const stappenRef = useRef(model.stappen);
  stappenRef.current = model.stappen;
  const verplaats = useCallback(
    (id: string, naar: number) => {
      const van = stappenRef.current.findIndex((s) => s.id === id);
      const doel = Math.max(0, Math.min(stappenRef.current.length - 1, naar));
      if (van < 0 || van === doel) return;
      dispatch({ type: 'stap-verplaatsen', id, naar: doel });
      const stap = stappenRef.current[van]!;
      setStatus(`Stap "${stap.naam}" staat nu op plaats ${doel + 1}.`);
      const active = document.activeElement?.id ?? '';
      const doelId = active.startsWith('bm-links-') && doel === 0 ? `bm-rechts-${id}` : active.startsWith('bm-rechts-') && doel === stappenRef.current.length - 1 ? `bm-links-${id}` : active;
      if (doelId) focusNa(doelId);
    },
    [dispatch, setStatus],
  );
  const definities = Object.fromEntries(onderdelen.map((o) => [o.id, o]));

  return (
    <section aria-labelledby="bm-kop-matrix">
      <SchermKop id="bm-kop-matrix">Matrix</SchermKop>
      <p class="utrecht-paragraph">
        Elke kolom is een stap van het criminele proces, elke rij een van de vier onderdelen. Voeg in een cel iets toe, of kies
        “Bewerken” voor alle velden van een stap. Wijzig of verwijder een onderdeel met de knoppen ernaast. Stappen verplaatst u met
        de pijlknoppen (of door te slepen).{' '}
        <a class="utrecht-link bm-naar-eind" href="#bm-naar-tabs" onClick={(e) => { e.preventDefault(); moveFocus(document.getElementById('bm-naar-tabs')); }}>Sla de matrix over</a>
      </p>
      {model.stappen.length === 0 ? (
        <p class="utrecht-paragraph">Dit model heeft nog geen stappen.</p>
      ) : (
        <div class="bm-matrix-scroll" tabIndex={0} role="region" aria-label="Matrix van het model (horizontaal scrollen)">
          <table class="utrecht-table bm-matrix">
            <caption class="bm-visueel-verborgen">Matrix: {model.stappen.length} stappen, met per stap gelegenheden, signalen, faciliteerders en barrières</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell bm-hoek" />
                {model.stappen.map((s, i) => (
                  <Kop key={s.id} stap={s} nummer={i + 1} aantal={model.stappen.length} eigenaar={partnerNaam(model, s.eigenaar)} onBewerk={bewerk} onVerplaats={verplaats} />
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {ONDERDELEN.map((o) => (
                <tr class="utrecht-table__row" key={o}>
                  <th scope="row" class="utrecht-table__header-cell bm-rijkop">
                    {definities[o]?.naam ?? o}
                    <span class="bm-klein">{definities[o]?.vraag}</span>
                  </th>
                  {model.stappen.map((s, i) => (
                    <Cel key={s.id} items={s[o]} stapId={s.id} stapNaam={s.naam} stapNummer={i + 1} onderdeel={o} dispatch={dispatch} setStatus={setStatus} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="utrecht-button-group">
        <Knop
          onClick={() => {
            dispatch({ type: 'stap-toevoegen', id: randomId(), naam: '' });
            setStatus(`Stap ${model.stappen.length + 1} toegevoegd aan het eind.`);
          }}
          disabled={model.stappen.length >= 40}
        >
          Stap toevoegen
        </Knop>
        <Knop soort="subtle" id="bm-naar-tabs" onClick={() => moveFocus(document.querySelector<HTMLElement>('#bm-tabs [aria-current="page"]'))}>Terug naar de weergaven</Knop>
      </div>
    </section>
  );
}
