/**
 * The regiescan island: context → one screen per dimension → result. Answers are kept on the
 * device automatically (versioned envelope); a scan can be exported (JSON, CSV, print) and opened
 * again, and compared with an earlier scan.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browserStorage, createDeviceStore } from '../../../lib/device-storage.ts';
import { downloadText, fileName, readTextFile } from '../../../lib/browser-file.ts';
import { MAX_BESTAND_BYTES, alsScan, leesBestand, leesOpslag, naarJson, scanBestand } from '../domain/bestand.ts';
import { bestandsnaamBasis } from '../domain/respondenten.ts';
import { scanCsv } from '../domain/export.ts';
import { alleStellingen, nieuweScan, type Antwoord, type Scan, type ScanContext } from '../domain/model.ts';
import { voortgang } from '../domain/scoring.ts';
import { vergelijk } from '../domain/vergelijking.ts';
import { Alert, BestandKiezer, Meldingen, useDetailsOpenBijAfdrukken, useSchermFocus, type Melding } from './common.tsx';
import { ContextScherm } from './ContextScherm.tsx';
import { DimensieScherm } from './DimensieScherm.tsx';
import { Resultaat, type PlanActies } from './Resultaat.tsx';
import { Onderdelen } from './Onderdelen.tsx';
import { verwijderActie, voegActieToe, wijzigActie } from '../domain/actieplan.ts';
import type { RegiescanProps } from './types.ts';
import './regiescan.css';

export const OPSLAG_SLEUTEL = 'veiligwijzer:regiescan';
const vandaag = () => new Date().toISOString().slice(0, 10);

export default function RegiescanApp({ catalogus, teksten }: RegiescanProps) {
  useDetailsOpenBijAfdrukken();
  const store = useMemo(() => createDeviceStore({ key: OPSLAG_SLEUTEL, storage: browserStorage(), revive: leesOpslag }), []);
  const eerderStore = useMemo(() => createDeviceStore({ key: `${OPSLAG_SLEUTEL}:eerder`, storage: browserStorage(), revive: leesOpslag }), []);
  const schermStore = useMemo(() => createDeviceStore({ key: `${OPSLAG_SLEUTEL}:scherm`, storage: browserStorage(), revive: (raw) => ({ ok: true as const, value: raw }) }), []);
  const bekend = useMemo(() => new Set(alleStellingen(catalogus).map((s) => s.id)), [catalogus]);
  const aantal = catalogus.dimensies.length;
  const [scan, setScan] = useState<Scan>(() => nieuweScan(catalogus));
  /** -1 = context, 0..aantal-1 = a dimension, aantal = the result. */
  const [scherm, setScherm] = useState(-1);
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [opslagFout, setOpslagFout] = useState<string | null>(null);
  const [teVervangen, setTeVervangen] = useState<{ scan: Scan; naam: string; melding: string } | null>(null);
  const [wissen, setWissen] = useState(false);
  const [eerder, setEerder] = useState<Scan | null>(null);
  const [gewijzigd, setGewijzigd] = useState(false);

  // Restore what the device holds (after hydration, so the server HTML matches the first render).
  useEffect(() => {
    const r = store.load();
    if (!r.ok) {
      setMeldingen([{ soort: 'warning', tekst: `${r.message} Zodra u iets invult, worden ze overschreven.` }]);
      setScan(nieuweScan(catalogus, vandaag()));
    } else if (r.value) {
      const s = alsScan(r.value.data);
      if (!s.ok) {
        setMeldingen([{ soort: 'warning', tekst: s.message }]);
        return;
      }
      setScan(s.value);
      const e = eerderStore.load();
      if (e.ok && e.value) {
        const v = alsScan(e.value.data);
        if (v.ok) setEerder(v.value);
      }
      const plek = schermStore.load();
      const terug = plek.ok && typeof plek.value === 'number' && plek.value >= -1 && plek.value <= aantal ? plek.value : -1;
      setScherm(terug);
      const waar = terug < 0 ? '' : terug === aantal ? ' U staat weer bij de uitslag.' : ` U staat weer bij onderdeel ${terug + 1}.`;
      setMeldingen([{ soort: 'info', tekst: `Uw eerdere antwoorden op dit apparaat zijn teruggezet.${waar} U kunt verdergaan waar u was, of opnieuw beginnen.` }]);
    } else {
      setScan(nieuweScan(catalogus, vandaag()));
    }
  }, []);

  // Save every change automatically.
  useEffect(() => {
    if (!gewijzigd) return;
    const r = store.save(scanBestand(scan));
    setOpslagFout(r.ok ? null : r.message);
  }, [scan, gewijzigd]);

  // Where the user is, so a reload brings them back there; and the loaded comparison.
  useEffect(() => {
    if (gewijzigd) schermStore.save(scherm);
  }, [scherm, gewijzigd]);
  useEffect(() => {
    if (!gewijzigd) return;
    const r = eerder ? eerderStore.save(scanBestand(eerder)) : eerderStore.clear();
    if (!r.ok) setOpslagFout(r.message);
  }, [eerder, gewijzigd]);

  const wijzig = (s: Scan) => {
    setScan(s);
    setGewijzigd(true);
  };
  const ga = (n: number) => {
    setMeldingen([]);
    setScherm(n);
    setGewijzigd(true);
  };

  const dimensie = scherm >= 0 && scherm < aantal ? catalogus.dimensies[scherm]! : null;
  const kop = scherm < 0 ? 'Over u en uw gemeente' : dimensie ? `Onderdeel ${scherm + 1} van ${aantal}: ${dimensie.titel}` : 'Uitslag van de regiescan';
  const kopRef = useSchermFocus(String(scherm), `${dimensie ? `Onderdeel ${scherm + 1} van ${aantal}` : kop} – Regiescan`);

  /** Opening a saved scan: checked first; replaces the answers only after confirmation when there are any. */
  async function open(files: File[], doel: 'scan' | 'vergelijk') {
    const file = files[0]!;
    const tekst = await readTextFile(file, MAX_BESTAND_BYTES);
    const r = tekst.ok ? leesBestand(tekst.value) : tekst;
    const s = r.ok ? alsScan(r.value.data) : r;
    if (!s.ok) {
      setMeldingen([{ soort: 'error', tekst: `${file.name}: ${s.message}` }]);
      return;
    }
    const geladen = s.value;
    const onbekend = Object.keys(geladen.antwoorden).filter((id) => !bekend.has(id));
    const extra = onbekend.length
      ? ` ${onbekend.length} antwoord(en) horen bij stellingen die deze versie van de scan niet kent; die tellen niet mee.`
      : '';
    if (doel === 'vergelijk') {
      setEerder(geladen);
      setGewijzigd(true);
      setMeldingen([{ soort: 'ok', tekst: `De eerdere scan uit "${file.name}" is geladen. De vergelijking staat in de tabel en onder de grafiek.${extra}` }]);
      return;
    }
    const schoon: Scan = {
      ...geladen,
      stellingenVersie: catalogus.stellingenVersie,
      antwoorden: Object.fromEntries(Object.entries(geladen.antwoorden).filter(([id]) => bekend.has(id))),
    };
    const melding = `De scan uit "${file.name}" is geopend.${extra}`;
    if (Object.keys(scan.antwoorden).length) {
      setTeVervangen({ scan: schoon, naam: file.name, melding });
      setMeldingen([]);
    } else {
      wijzig(schoon);
      setMeldingen([{ soort: 'ok', tekst: melding }]);
    }
  }

  function exporteer(soort: 'json' | 'csv') {
    const basis = bestandsnaamBasis(scan);
    if (soort === 'json') downloadText(fileName(basis, 'json'), naarJson(scanBestand(scan)));
    else downloadText(fileName(basis, 'csv'), '\uFEFF' + scanCsv(catalogus, scan, teksten, eerder ? vergelijk(catalogus, eerder, scan) : null), 'text/csv');
  }

  function opnieuw() {
    const r = store.clear();
    eerderStore.clear();
    schermStore.clear();
    setScan(nieuweScan(catalogus, vandaag()));
    setGewijzigd(false);
    setEerder(null);
    setWissen(false);
    setScherm(-1);
    setMeldingen([r.ok ? { soort: 'ok', tekst: 'Alle antwoorden zijn gewist. U kunt opnieuw beginnen.' } : { soort: 'warning', tekst: r.message }]);
  }

  const v = voortgang(dimensie ?? { id: '', titel: '', stellingen: [] }, scan);
  const plan: PlanActies = {
    onKies: (d, t) => {
      const r = voegActieToe(scan.actieplan, d, t);
      if (r.ok) wijzig({ ...scan, actieplan: r.value });
      else setMeldingen([{ soort: 'error', tekst: r.message }]);
    },
    onWijzig: (id, w) => {
      const r = wijzigActie(scan.actieplan, id, w);
      if (r.ok) wijzig({ ...scan, actieplan: r.value });
      else setMeldingen([{ soort: 'error', tekst: r.message }]);
    },
    onVerwijder: (id) => wijzig({ ...scan, actieplan: verwijderActie(scan.actieplan, id) }),
  };

  return (
    <div class="regiescan">
      <h2 class="utrecht-heading-2 regiescan__kop" tabIndex={-1} ref={kopRef}>
        {kop}
      </h2>
      {dimensie && (
        <div class="regiescan__voortgang">
          <p class="utrecht-paragraph" id="voortgang-tekst">
            Onderdeel {scherm + 1} van {aantal}. U hebt {v.ingevuld} van de {v.totaal} stellingen van dit onderdeel ingevuld.
          </p>
          <progress max={aantal} value={scherm + 1} aria-labelledby="voortgang-tekst" />
        </div>
      )}

      <Meldingen meldingen={meldingen} />
      {opslagFout && <Alert melding={{ soort: 'warning', tekst: opslagFout }} />}
      {teVervangen && (
        <Alert melding={{ soort: 'warning', tekst: `U hebt al antwoorden ingevuld. Wilt u die vervangen door de scan uit "${teVervangen.naam}"? Exporteer uw huidige antwoorden eerst als u ze wilt bewaren.` }}>
          <div class="utrecht-button-group">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              onClick={() => {
                wijzig(teVervangen.scan);
                setMeldingen([{ soort: 'ok', tekst: teVervangen.melding }]);
                setTeVervangen(null);
              }}
            >
              Vervang mijn antwoorden
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setTeVervangen(null)}>
              Niet vervangen
            </button>
          </div>
        </Alert>
      )}

      {scherm < 0 && <ContextScherm scan={scan} teksten={teksten} onContext={(context: ScanContext) => wijzig({ ...scan, context })} />}
      {dimensie && (
        <DimensieScherm
          dimensie={dimensie}
          scan={scan}
          teksten={teksten}
          onAntwoord={(id: string, a: Antwoord) => wijzig({ ...scan, antwoorden: { ...scan.antwoorden, [id]: a } })}
          onNotitie={(id: string, tekst: string) => {
            const notities = { ...scan.notities };
            if (tekst.trim()) notities[id] = tekst;
            else delete notities[id];
            wijzig({ ...scan, notities });
          }}
        />
      )}
      {scherm === aantal && <Resultaat catalogus={catalogus} teksten={teksten} scan={scan} vergelijking={eerder ? vergelijk(catalogus, eerder, scan) : null} plan={plan} />}

      <div class="utrecht-button-group regiescan__navigatie no-print">
        {scherm >= 0 && (
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => ga(scherm - 1)}>
            {scherm === 0 ? 'Vorige: over u en uw gemeente' : scherm === aantal ? 'Terug naar de stellingen' : `Vorige: onderdeel ${scherm}`}
          </button>
        )}
        {scherm < aantal && (
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => ga(scherm + 1)}>
            {scherm < 0 ? 'Start de scan' : scherm === aantal - 1 ? 'Naar de uitslag' : `Volgende: onderdeel ${scherm + 2}`}
          </button>
        )}
      </div>

      <Onderdelen catalogus={catalogus} scan={scan} scherm={scherm} onGa={ga} />

      {scherm === aantal && (
        <section class="regiescan__sectie no-print" aria-labelledby="kop-bewaren">
          <h3 class="utrecht-heading-3" id="kop-bewaren">
            Bewaren, delen en vergelijken
          </h3>
          <p class="utrecht-paragraph">
            Bewaar de scan als bestand om hem later te vergelijken of om hem aan de begeleider van een teamscan te geven. Het bestand bevat alleen uw antwoorden en de
            gegevens over uw situatie, geen namen.
          </p>
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
              Rapport afdrukken of als pdf bewaren
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => exporteer('json')}>
              Download als bestand (JSON)
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => exporteer('csv')}>
              Download als spreadsheet (CSV)
            </button>
          </div>
          <BestandKiezer
            id="regiescan-vergelijk"
            label="Vergelijk met een eerdere scan"
            uitleg="Kies een bestand (JSON) van een eerdere regiescan. Uw huidige antwoorden blijven zoals ze zijn."
            onKies={(f) => void open(f, 'vergelijk')}
          />
          {eerder && (
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setEerder(null)}>
              Vergelijking sluiten
            </button>
          )}
          <p class="utrecht-paragraph">
            Doet u de scan met meer mensen? Laat ieder het bestand downloaden en breng ze samen in de <a class="utrecht-link" href="/instrumenten/regiescan/team/">teamscan</a>.
          </p>
        </section>
      )}

      {(scherm < 0 || scherm === aantal) && (
        <section class="regiescan__sectie no-print" aria-labelledby="kop-openen">
          <h3 class="utrecht-heading-3" id="kop-openen">
            Opgeslagen scan openen of opnieuw beginnen
          </h3>
          <BestandKiezer id="regiescan-open" label="Open een opgeslagen scan (JSON)" uitleg="Uw antwoorden worden pas vervangen als u dat bevestigt." onKies={(f) => void open(f, 'scan')} />
          {wissen ? (
            <Alert melding={{ soort: 'warning', tekst: 'Weet u het zeker? Al uw antwoorden op dit apparaat worden gewist.' }}>
              <div class="utrecht-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={opnieuw}>
                  Ja, alles wissen
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setWissen(false)}>
                  Annuleren
                </button>
              </div>
            </Alert>
          ) : (
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setWissen(true)}>
              Opnieuw beginnen
            </button>
          )}
        </section>
      )}
    </div>
  );
}
