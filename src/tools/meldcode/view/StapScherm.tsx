/**
 * One screen of the walk: heading (focus and page title move here on every change), the step's
 * explanation, what changed after an edit, the error summary, the questions and the navigation.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import type { Dossier, SectorRegels } from '../domain/model.ts';
import type { Wijziging } from '../domain/regels.ts';
import type { Actie, Toestand } from '../domain/toestand.ts';
import { stapTekst, tekst, titel, veldLabel } from '../domain/teksten.ts';
import { screenTitle, moveFocus } from '../../../instrument/shell.ts';
import { Alert, Button, ButtonGroup, ErrorSummary } from '../../../instrument/forms/index.ts';
import type { StapProps } from './context.ts';
import { focusVeld, veldElement } from './focus.ts';
import { StapInfo } from './StapInfo.tsx';
import { StartScherm } from './StartScherm.tsx';
import { TrainingKiezer } from './Training.tsx';
import { laadVervolg, vervolg, type VervolgModule } from './vervolg.ts';
import { LazyFailed } from '../../../instrument/components/LazyFailed.tsx';

export interface StapSchermProps {
  t: MeldcodeTeksten;
  d: Dossier;
  sector: SectorRegels | null;
  s: Toestand;
  dispatch: (a: Actie) => void;
  wijzig: StapProps['wijzig'];
  casus: Casus | undefined;
  onStartCasus: (c: Casus, direct: boolean) => void;
  onKinderen: (d: Dossier) => void;
  /** The screens after the start (null while loading). */
  V: VervolgModule | null;
}

function wijzigingTekst(t: MeldcodeTeksten, V: VervolgModule, w: Wijziging): string {
  if (w.code === 'wijziging-uitkomst' || w.code === 'wijziging-onvolledig') {
    return tekst(t, w.code, { van: w.van ? titel(t, `soort-${w.van}`) : '', naar: w.naar ? titel(t, `soort-${w.naar}`) : '' });
  }
  if (w.code === 'wijziging-melden' || w.code === 'wijziging-hulp') {
    return tekst(t, w.code, { van: w.van ? tekst(t, `beslissing-${w.van}`) : '', naar: w.naar ? tekst(t, `beslissing-${w.naar}`) : '' });
  }
  return tekst(t, w.code, { velden: (w.velden ?? []).map((v) => veldLabel(t, V.VELD_SCHERM[v], v)).join(', ') });
}

export function StapScherm(p: StapSchermProps) {
  const { t, d, sector, s, dispatch, casus, V } = p;
  const { scherm } = s;
  const kop = useRef<HTMLHeadingElement>(null);
  const paginaTitel = useRef<string | null>(null);
  const stap = stapTekst(t, scherm);
  const nummer = typeof scherm === 'number' ? tekst(t, 'ui-stap-van', { n: String(scherm) }) : '';

  useEffect(() => {
    paginaTitel.current ??= document.title;
    document.title = screenTitle(nummer ? `${stap.titel} – ${nummer}` : stap.titel, paginaTitel.current);
  }, [scherm, stap.titel]);
  // Focus on every screen change (not on the first load): the field after "Wijzig", else the heading.
  useEffect(() => {
    if (s.navigatie === 0) return;
    if (!(s.focus && focusVeld(s.focus))) moveFocus(kop.current);
  }, [s.navigatie]);

  const props: StapProps = { t, d, sector, wijzig: p.wijzig, fout: (veld) => s.fouten.find((f) => f.veld === veld)?.code && tekst(t, s.fouten.find((f) => f.veld === veld)!.code) };
  const verder = V ? V.naVolgende(d, sector, scherm, s.vanOverzicht) : 1;
  return (
    <section class="mc-scherm" aria-labelledby="mc-stap-kop">
      {nummer && <p class="mc-stapnummer">{nummer}</p>}
      <h2 class="utrecht-heading-2" id="mc-stap-kop" tabIndex={-1} ref={kop}>
        {stap.titel}
      </h2>
      <StapInfo t={t} scherm={scherm} sectorId={d.sector} />
      <div aria-live="polite" class="mc-live">
        {V && s.veranderd.length > 0 && (
          <Alert type="info" title={tekst(t, 'ui-wijzigingen-titel')} role="none">
            <ul class="utrecht-unordered-list">
              {s.veranderd.map((w) => (
                <li class="utrecht-unordered-list__item">{wijzigingTekst(t, V, w)}</li>
              ))}
            </ul>
          </Alert>
        )}
      </div>
      <ErrorSummary key={s.poging} id="mc-fouten" title={tekst(t, 'ui-fouten-titel')} errors={s.fouten.map((f) => ({ fieldId: veldElement(f.veld), message: tekst(t, f.code) }))} />
      {scherm === 'start' && !casus && <TrainingKiezer t={t} onStart={p.onStartCasus} />}
      <form
        class="mc-formulier"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const v = V ?? (await laadVervolg());
          dispatch({ type: 'volgende', fouten: v.schermFouten(d, sector, scherm), naar: v.naVolgende(d, sector, scherm, s.vanOverzicht) });
        }}
      >
        {scherm === 'start' && <StartScherm {...props} />}
        <LazyFailed part={vervolg} />
        {scherm !== 'start' && !V && !vervolg.failed() && <p class="utrecht-paragraph" role="status">{tekst(t, 'ui-laden')}</p>}
        {V && scherm === 'kindcheck' && <V.Kindcheck {...props} />}
        {V && scherm === 1 && <V.Stap1 {...props} />}
        {V && scherm === 2 && <V.Stap2 {...props} />}
        {V && scherm === 3 && <V.Stap3 {...props} />}
        {V && scherm === 4 && <V.Stap4 {...props} />}
        {V && scherm === 5 && <V.Stap5 {...props} />}
        {V && scherm === 'overzicht' && (
          <V.Overzicht
            t={t}
            d={d}
            sector={sector}
            casus={casus}
            onKinderen={p.onKinderen}
            onMeldcode={() => (p.wijzig((x) => ({ ...x, route: 'meldcode' })), dispatch({ type: 'ga', scherm: 1 }))}
            onWijzig={(veld, naar) => dispatch({ type: 'wijzigVanOverzicht', scherm: naar, veld })}
          />
        )}
        {V && casus && <V.FeedbackPaneel t={t} d={d} sector={sector} casus={casus} scherm={scherm} />}
        <div class="mc-navigatie">
          <ButtonGroup>
            {V && scherm !== 'start' && <Button onClick={() => dispatch({ type: 'ga', scherm: V.vorigScherm(d, sector, scherm) })}>{tekst(t, 'ui-vorige')}</Button>}
            {scherm !== 'overzicht' && (
              <Button type="submit" variant="primary">
                {verder !== 'overzicht' ? tekst(t, 'ui-volgende') : s.vanOverzicht ? tekst(t, 'ui-terug-naar-overzicht') : tekst(t, 'ui-naar-overzicht')}
              </Button>
            )}
          </ButtonGroup>
        </div>
      </form>
    </section>
  );
}
