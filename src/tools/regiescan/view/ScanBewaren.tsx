/** Saving, sharing and comparing one scan (on the result screen), and opening a scan or starting again. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../../instrument/browser-file.ts';
import { localDateStamp, localDateTimeStamp } from '../../../instrument/dates.ts';
import { Button, ButtonGroup, FilePicker } from '../../../instrument/forms/index.ts';
import { LazyPassphrasePanel } from '../../../instrument/components/LazyPassphrasePanel.tsx';
import type { StoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { alsScan, naarJson, scanBestand, type ScanWerk } from '../domain/formaat.ts';
import { LAZY_FAILED_MESSAGE } from '../../../instrument/components/LazyFailed.tsx';
import { exportModule, regiescanBestand } from './bestanden.ts';
import type { Catalogus, Scan } from '../domain/model.ts';
import { bestandsnaamBasis } from '../domain/respondenten.ts';
import type { Vergelijking } from '../domain/vergelijking.ts';
import { alleenScan, geopendeScan, leegScanWerk, scanIsLeeg, type ScanActie } from '../domain/werk.ts';
import type { Melding } from './common.tsx';
import type { Teksten } from './types.ts';

type Melden = (m: Melding[]) => void;

/** Reads a chosen scan file; a message (and nothing else) when it is not one person's scan. */
async function leesScan(file: File, melden: Melden): Promise<Scan | null> {
  const r = await regiescanBestand.readFile(file);
  const s = r.ok ? alsScan(r.value.data) : r;
  if (s.ok) return s.value;
  melden([{ soort: 'error', tekst: s.message, bestand: file.name }]);
  return null;
}

const extraTekst = (onbekend: number) => (onbekend ? ` ${onbekend} antwoord(en) horen bij stellingen die deze versie van de scan niet kent; die tellen niet mee.` : '');

export function ScanBewaren(props: { catalogus: Catalogus; teksten: Teksten; doc: StoredDocument<ScanWerk>; vergelijking: Vergelijking | null; doe: (a: ScanActie) => void; melden: Melden }) {
  const { catalogus, teksten, doc, melden } = props;
  const exporteer = async (soort: 'json' | 'csv') => {
    // The CSV writer is loaded only when asked for (it is not needed to fill in the scan).
    const geladen = soort === 'csv' ? await exportModule().catch(() => null) : { scanCsv: null };
    if (!geladen) return melden([{ soort: 'error', tekst: LAZY_FAILED_MESSAGE }]);
    const { scanCsv } = geladen;
    const scan = alleenScan(doc.data);
    // Role, code, date and time: five files of one team never look alike.
    const naam = `${bestandsnaamBasis(scan)}-${localDateTimeStamp()}`;
    const r = !scanCsv ? downloadText(`${naam}.json`, naarJson(scanBestand(scan))) : downloadText(`${naam}.csv`, scanCsv(catalogus, scan, teksten, props.vergelijking), 'text/csv');
    if (!r.ok) melden([{ soort: 'error', tekst: r.message }]);
  };
  return (
    <section class="regiescan__sectie no-print" aria-labelledby="kop-bewaren">
      <h3 class="utrecht-heading-3" id="kop-bewaren">
        Bewaren, delen en vergelijken
      </h3>
      <p class="utrecht-paragraph">
        Bewaar de scan als bestand om hem later te vergelijken of om hem aan de begeleider van een teamscan te geven. Het bestand bevat alleen uw antwoorden en de gegevens over uw
        situatie, geen namen.
      </p>
      <ButtonGroup>
        <Button variant="primary" onClick={() => window.print()}>Rapport afdrukken of als pdf bewaren</Button>
        <Button onClick={() => void exporteer('json')}>Download als bestand (JSON)</Button>
        <Button onClick={() => void exporteer('csv')}>Download als spreadsheet (CSV)</Button>
      </ButtonGroup>
      <FilePicker
        id="regiescan-vergelijk"
        label="Vergelijk met een eerdere scan"
        description="Kies een bestand (JSON) van een eerdere regiescan. Uw huidige antwoorden blijven zoals ze zijn."
        onFiles={async ([file]) => {
          const eerder = await leesScan(file!, melden);
          if (!eerder) return;
          props.doe({ type: 'vergelijk', eerder });
          const { onbekend } = geopendeScan(doc.data, eerder, catalogus);
          melden([{ soort: 'ok', tekst: `De eerdere scan uit "${file!.name}" is geladen. De vergelijking staat in de tabel en onder de grafiek.${extraTekst(onbekend)}` }]);
        }}
      />
      {doc.data.eerder && (
        <Button variant="subtle" onClick={() => props.doe({ type: 'vergelijk', eerder: null })}>
          Vergelijking sluiten
        </Button>
      )}
      <p class="utrecht-paragraph">
        Doet u de scan met meer mensen? Laat ieder het bestand downloaden en breng ze samen in de <a class="utrecht-link" href="/instrumenten/regiescan/team/">teamscan</a>.
      </p>
    </section>
  );
}

export function ScanOpenen(props: { catalogus: Catalogus; doc: StoredDocument<ScanWerk>; melden: Melden }) {
  const { catalogus, doc, melden } = props;
  const [beveiligOpen, setBeveiligOpen] = useState(false);
  return (
    <section class="regiescan__sectie no-print" aria-labelledby="kop-openen">
      <h3 class="utrecht-heading-3" id="kop-openen">
        Opgeslagen scan openen of opnieuw beginnen
      </h3>
      {!doc.protection.locked && (
        <>
          <FilePicker
            id="regiescan-open"
            label="Open een opgeslagen scan (JSON)"
            description="Hebt u al antwoorden ingevuld, dan wordt eerst gevraagd of u die wilt vervangen."
            onFiles={async ([file]) => {
              const scan = await leesScan(file!, melden);
              if (!scan) return;
              const { werk, onbekend } = geopendeScan(doc.data, scan, catalogus);
              const direct = scanIsLeeg(doc.data);
              doc.replace.request(werk, 'import');
              melden(direct || onbekend ? [{ soort: 'ok', tekst: `${direct ? `De scan uit "${file!.name}" is geopend.` : ''}${extraTekst(onbekend)}`.trim() }] : []);
            }}
          />
          <Button variant="subtle" onClick={() => doc.replace.request(leegScanWerk(catalogus.stellingenVersie, localDateStamp()), 'new')}>
            Opnieuw beginnen
          </Button>
        </>
      )}
      {doc.protection.locked ? (
        <LazyPassphrasePanel doc={doc} needed />
      ) : (
        <details class="regiescan__details" onToggle={(e) => setBeveiligOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>Beveilig uw antwoorden op dit apparaat met een wachtwoordzin</summary>
          <LazyPassphrasePanel doc={doc} needed={beveiligOpen} />
        </details>
      )}
    </section>
  );
}
