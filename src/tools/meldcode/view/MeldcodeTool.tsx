/**
 * The meldcode step-through (island). Holds the dossier in memory, stores it on the device only when the
 * user chooses to, moves focus to the step heading and updates the page title on every step change.
 * All rules come from ../domain; all texts from the content files (props).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import { leegDossier, type Dossier, type Scherm } from '../domain/model.ts';
import { bepaalUitkomst, schermFouten, schermen, volgendScherm, vorigScherm, wijzigingen, type Veld, type Wijziging } from '../domain/regels.ts';
import { leesOpgeslagen, naarOpslag } from '../domain/bestand.ts';
import { sectorRegels, stapTekst, tekst, titel, veldLabel } from '../domain/teksten.ts';
import { VELD_SCHERM } from '../domain/regels.ts';
import { browserStorage, createDeviceStore } from '../../../lib/device-storage.ts';
import type { StapProps } from './context.ts';
import { Melding, zetPrivacyTekst } from './velden.tsx';
import { Kindcheck } from './Kindcheck.tsx';
import { KindcheckVervolg } from './KindcheckVervolg.tsx';
import { veldElement, focusVeld } from './focus.ts';
import { StapInfo } from './StapInfo.tsx';
import { StartScherm } from './StartScherm.tsx';
import { Stap1 } from './Stap1.tsx';
import { Stap2 } from './Stap2.tsx';
import { Stap3 } from './Stap3.tsx';
import { Stap4 } from './Stap4.tsx';
import { Stap5 } from './Stap5.tsx';
import { Antwoorden, Uitkomst } from './Samenvatting.tsx';
import { Bewaren, Wissen } from './Bewaren.tsx';
import { CasusPaneel, FeedbackPaneel, TrainingKiezer, Vergelijking } from './Training.tsx';
import { vandaag } from './Bewaren.tsx';
import './meldcode.css';

const OPSLAG_SLEUTEL = 'veiligwijzer.meldcode';

export default function MeldcodeTool({ t }: { t: MeldcodeTeksten }) {
  const store = useMemo(() => createDeviceStore({ key: OPSLAG_SLEUTEL, storage: browserStorage(), revive: leesOpgeslagen }), []);
  const [d, setD] = useState<Dossier>(() => leegDossier());
  const [scherm, setScherm] = useState<Scherm>('start');
  const [bewaren, setBewaren] = useState(false);
  // Known only in the browser; false in the server-rendered HTML.
  const [opslagBeschikbaar, setOpslagBeschikbaar] = useState(false);
  /** True once the island runs in the browser (marks the tool as ready: data-klaar). */
  const [klaar, setKlaar] = useState(false);
  const [fouten, setFouten] = useState<{ veld: Veld; code: string }[]>([]);
  const [veranderd, setVeranderd] = useState<Wijziging[]>([]);
  const [bericht, setBericht] = useState<{ soort: 'ok' | 'error'; tekst: string } | null>(null);
  const [vanOverzicht, setVanOverzicht] = useState(false);
  const kop = useRef<HTMLHeadingElement>(null);
  const verplaatsFocus = useRef(false);
  /** After "Wijzig": the field to focus on the new screen instead of its heading. */
  const focusNaar = useRef<Veld | null>(null);
  const basisTitel = useRef('');

  const sector = sectorRegels(t, d.sector);
  const casus = d.modus === 'training' ? t.casussen.find((c) => c.id === d.casus) : undefined;

  // Load what the user chose to keep on this device earlier.
  useEffect(() => {
    zetPrivacyTekst((soorten) => tekst(t, 'ui-privacy-let-op', { soorten: soorten.map((x) => tekst(t, `privacy-${x}`)).join(', ') }));
    basisTitel.current = document.title;
    setOpslagBeschikbaar(store.available);
    setKlaar(true);
    const r = store.load();
    if (r.ok && r.value) {
      setD(r.value.data);
      setBewaren(true);
    } else if (!r.ok) setBericht({ soort: 'error', tekst: r.message });
  }, []);

  // Keep the stored copy in step, only when the user chose to keep it.
  useEffect(() => {
    if (!bewaren) return;
    const r = store.save(naarOpslag(d));
    if (!r.ok) setBericht({ soort: 'error', tekst: r.message });
  }, [d, bewaren]);

  // Title and focus on every step change (not on first load).
  useEffect(() => {
    const s = stapTekst(t, scherm);
    const nummer = typeof scherm === 'number' ? ` – ${tekst(t, 'ui-stap-van', { n: String(scherm) })}` : '';
    if (basisTitel.current) document.title = `${s.titel}${nummer} – ${basisTitel.current}`;
    if (verplaatsFocus.current) {
      const veld = focusNaar.current;
      if (!(veld && focusVeld(veld))) kop.current?.focus();
      verplaatsFocus.current = false;
      focusNaar.current = null;
    }
  }, [scherm]);

  const gaNaar = (s: Scherm) => {
    verplaatsFocus.current = true;
    setFouten([]);
    setVeranderd([]);
    setScherm(s);
    if (s === scherm) kop.current?.focus();
  };

  const wijzig = (f: (d: Dossier) => Dossier) => {
    setD((oud) => {
      const nieuw = f(oud);
      const w = wijzigingen(oud, nieuw, sectorRegels(t, oud.sector), sectorRegels(t, nieuw.sector));
      if (w.length) setVeranderd(w);
      return nieuw;
    });
  };

  const volgende = () => {
    const f = schermFouten(d, sector, scherm);
    if (f.length) {
      setFouten(f);
      requestAnimationFrame(() => document.getElementById('mc-fouten')?.focus());
      return;
    }
    gaNaar(naOpslaan());
  };
  /** After "Wijzig" from the summary, return there, unless the change opened new questions further on. */
  const naOpslaan = (): Scherm => {
    const volgend = volgendScherm(d, sector, scherm);
    if (!vanOverzicht) return volgend;
    for (let s = volgend; s !== 'overzicht'; s = volgendScherm(d, sector, s)) {
      if (schermFouten(d, sector, s).length > 0) return s;
    }
    return bepaalUitkomst(d, sector).ontbreekt ?? 'overzicht';
  };

  const startCasus = (c: Casus, direct: boolean) => {
    const n = leegDossier('training', c.id);
    setD({ ...n, sector: c.sector, betrokkene: c.betrokkene, route: c.route, directeFeedback: direct });
    setVanOverzicht(false);
    gaNaar('start');
  };
  const stopTraining = () => {
    setD(leegDossier());
    gaNaar('start');
  };
  const wis = () => {
    store.clear();
    setBewaren(false);
    setD(leegDossier());
    setVanOverzicht(false);
    setBericht({ soort: 'ok', tekst: tekst(t, 'ui-gewist') });
    gaNaar('start');
  };
  const zetBewaren = (aan: boolean) => {
    setBewaren(aan);
    if (!aan) store.clear();
  };

  const foutTekst = (veld: Veld) => {
    const f = fouten.find((x) => x.veld === veld);
    return f ? tekst(t, f.code) : undefined;
  };
  const props: StapProps = { t, d, sector, wijzig, fout: foutTekst };
  const stap = stapTekst(t, scherm);
  const lijst = schermen(d, sector);

  const veldNamen = (velden: Veld[] = []) => velden.map((v) => veldLabel(t, VELD_SCHERM[v], v)).join(', ');
  const soortNaam = (s?: string) => (s ? titel(t, `soort-${s}`) : '');
  const waarde = (s?: string) => (s ? tekst(t, `beslissing-${s}`) : '');
  const wijzigingTekst = (w: Wijziging) =>
    w.code === 'wijziging-uitkomst' || w.code === 'wijziging-onvolledig'
      ? tekst(t, w.code, { van: soortNaam(w.van), naar: soortNaam(w.naar) })
      : w.code === 'wijziging-melden' || w.code === 'wijziging-hulp'
        ? tekst(t, w.code, { van: waarde(w.van), naar: waarde(w.naar) })
        : tekst(t, w.code, { velden: veldNamen(w.velden) });

  return (
    <div class="mc-tool" data-klaar={klaar ? '' : undefined}>
      <div class="mc-balk">
        <Melding soort="warning" titel={titel(t, 'ui-privacy')}>
          <p class="utrecht-paragraph">{tekst(t, 'ui-privacy')}</p>
        </Melding>
        <Wissen t={t} onWissen={wis} />
      </div>

      <nav class="mc-stappen" aria-label={tekst(t, 'ui-stappen-nav')}>
        <ol>
          {lijst.map(({ scherm: s, vanToepassing }) => (
            <li key={String(s)} class={s === scherm ? 'mc-stappen__huidig' : ''}>
              <button type="button" class="mc-stappen__knop" data-scherm={String(s)} aria-current={s === scherm ? 'step' : undefined} onClick={() => gaNaar(s)}>
                {typeof s === 'number' ? `${s}. ` : ''}
                {stapTekst(t, s).titel}
                {!vanToepassing && <span class="mc-stappen__nvt"> ({tekst(t, 'ui-niet-van-toepassing')})</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {casus && <CasusPaneel t={t} casus={casus} scherm={scherm} onStop={stopTraining} />}

      <section class="mc-scherm" aria-labelledby="mc-stap-kop">
        {typeof scherm === 'number' && <p class="mc-stapnummer">{tekst(t, 'ui-stap-van', { n: String(scherm) })}</p>}
        <h2 class="utrecht-heading-2" id="mc-stap-kop" tabIndex={-1} ref={kop}>
          {stap.titel}
        </h2>
        <StapInfo t={t} scherm={scherm} sectorId={d.sector} />

        <div aria-live="polite" class="mc-live">
          {veranderd.length > 0 && (
            <Melding soort="info" titel={tekst(t, 'ui-wijzigingen-titel')}>
              <ul class="utrecht-unordered-list">
                {veranderd.map((w) => (
                  <li class="utrecht-unordered-list__item">{wijzigingTekst(w)}</li>
                ))}
              </ul>
            </Melding>
          )}
        </div>

        {fouten.length > 0 && (
          <div class="utrecht-alert utrecht-alert--error mc-melding" id="mc-fouten" tabIndex={-1} role="alert">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <p class="utrecht-paragraph mc-melding-titel">{tekst(t, 'ui-fouten-titel')}</p>
                <ul class="utrecht-unordered-list">
                  {fouten.map((f) => (
                    <li class="utrecht-unordered-list__item">
                      <a
                        class="utrecht-link"
                        href={`#${veldElement(f.veld)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          focusVeld(f.veld);
                        }}
                      >
                        {tekst(t, f.code)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </div>
        )}

        {scherm === 'start' && !casus && <TrainingKiezer t={t} onStart={startCasus} />}

        <form
          class="mc-formulier"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            volgende();
          }}
        >
          {scherm === 'start' && <StartScherm {...props} />}
          {scherm === 'kindcheck' && <Kindcheck {...props} />}
          {scherm === 1 && <Stap1 {...props} />}
          {scherm === 2 && <Stap2 {...props} />}
          {scherm === 3 && <Stap3 {...props} />}
          {scherm === 4 && <Stap4 {...props} />}
          {scherm === 5 && <Stap5 {...props} />}
          {scherm === 'overzicht' && (
            <>
              <section aria-labelledby="mc-uitkomst-kop" class="mc-blok">
                <h3 class="utrecht-heading-3" id="mc-uitkomst-kop">
                  {tekst(t, 'ui-uitkomst-titel')}
                </h3>
                <Uitkomst t={t} d={d} kopNiveau={4} />
                <KindcheckVervolg
                  t={t}
                  d={d}
                  sector={sector}
                  onStart={(n) => {
                    setD(n);
                    setVanOverzicht(false);
                    gaNaar('start');
                  }}
                  onMeldcode={() => {
                    setD((x) => ({ ...x, route: 'meldcode' }));
                    gaNaar(1);
                  }}
                />
              </section>
              {casus && <Vergelijking t={t} d={d} sector={sector} casus={casus} />}
              <section aria-labelledby="mc-antwoorden-kop" class="mc-blok">
                <h3 class="utrecht-heading-3" id="mc-antwoorden-kop">
                  {tekst(t, 'ui-antwoorden-titel')}
                </h3>
                <Antwoorden
                  t={t}
                  d={d}
                  kopNiveau={4}
                  onWijzig={(veld, s) => {
                    setVanOverzicht(true);
                    focusNaar.current = veld;
                    gaNaar(s);
                  }}
                />
              </section>
            </>
          )}
          {casus && <FeedbackPaneel t={t} d={d} sector={sector} casus={casus} scherm={scherm} />}
          {scherm !== 'overzicht' && (
            <div class="utrecht-button-group mc-navigatie">
              {scherm !== 'start' && (
                <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => gaNaar(vorigScherm(d, sector, scherm))}>
                  {tekst(t, 'ui-vorige')}
                </button>
              )}
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {vanOverzicht && naOpslaan() === 'overzicht'
                  ? tekst(t, 'ui-terug-naar-overzicht')
                  : naOpslaan() === 'overzicht'
                    ? tekst(t, 'ui-naar-overzicht')
                    : tekst(t, 'ui-volgende')}
              </button>
            </div>
          )}
          {scherm === 'overzicht' && (
            <div class="utrecht-button-group mc-navigatie">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => gaNaar(vorigScherm(d, sector, scherm))}>
                {tekst(t, 'ui-vorige')}
              </button>
            </div>
          )}
        </form>
      </section>

      <Bewaren
        t={t}
        d={d}
        bewaren={bewaren}
        opslagBeschikbaar={opslagBeschikbaar}
        onBewaren={zetBewaren}
        onImport={(n) => {
          setD(n);
          setVanOverzicht(false);
          gaNaar('overzicht');
        }}
        bericht={bericht}
        setBericht={setBericht}
      />

      <p class="utrecht-paragraph mc-ondersteunt">{tekst(t, 'ui-ondersteunt')}</p>

      <div class="mc-print" aria-hidden="true">
        <h2 class="utrecht-heading-2">{tekst(t, 'export-titel')}</h2>
        <p class="utrecht-paragraph">{klaar ? tekst(t, 'export-datum', { datum: vandaag() }) : ''}</p>
        <p class="utrecht-paragraph">{tekst(t, 'export-disclaimer')}</p>
        {d.modus === 'training' && <p class="utrecht-paragraph">{tekst(t, 'export-training')}</p>}
        <h3 class="utrecht-heading-3">{tekst(t, 'ui-uitkomst-titel')}</h3>
        <Uitkomst t={t} d={d} kopNiveau={4} idPrefix="mc-print" />
        <Antwoorden t={t} d={d} kopNiveau={4} />
      </div>
    </div>
  );
}
