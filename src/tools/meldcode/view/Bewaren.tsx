/**
 * Keeping and sharing. Device storage is opt-in ("Bewaar op dit apparaat"), with a passphrase offered
 * first; every result of storage reaches the screen (StorageStatus). Export (print, Markdown, text,
 * JSON) and import; an opened file replaces the work only after a question (ReplaceConfirm, with undo).
 */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier } from '../domain/model.ts';
import { meldcodeBestand } from './bestanden.ts';
import { laadVervolg } from './vervolg.ts';
import { LazyFailed } from '../../../instrument/components/LazyFailed.tsx';
import { tekst } from '../domain/teksten.ts';
import { downloadText } from '../../../instrument/browser-file.ts';
import { formatDate } from '../../../instrument/dates.ts';
import { Alert, Button, ButtonGroup, Checkbox, FilePicker, LiveRegion } from '../../../instrument/forms/index.ts';
import type { StoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import type { ReplaceControl } from '../../../instrument/hooks/useReplace.ts';
import { StorageStatus } from '../../../instrument/components/StorageStatus.tsx';
import { useState } from 'preact/hooks';
import { opslag, useLazy } from './vervolg.ts';
import type { Bericht } from './Balk.tsx';

export type { Bericht };

/** Above the walk: what could not be read, another tab's change, a pending replacement, a locked copy. */
export function OpslagMeldingen(props: { t: MeldcodeTeksten; doc: StoredDocument<Dossier>; vervangen: ReplaceControl<Dossier>; onDownload: () => void }) {
  const { doc, vervangen } = props;
  const nodig = !!(doc.unreadable || doc.quarantine.length || doc.conflict || doc.replace.asking || doc.replace.undoable || vervangen.asking || vervangen.undoable || doc.protection.locked);
  const O = useLazy(opslag, nodig);
  if (!O) return <div class="mc-opslag-meldingen">{nodig && <LazyFailed part={opslag} />}</div>;
  const { QuarantineNotice, ConflictChoice, ReplaceConfirm, PassphrasePanel } = O;
  return (
    <div class="mc-opslag-meldingen">
      <QuarantineNotice message={doc.unreadable} items={doc.quarantine} tool="meldcode" onDiscard={doc.discardQuarantined} />
      <ConflictChoice doc={doc} onDownloadMine={props.onDownload} />
      <ReplaceConfirm control={doc.replace} />
      <ReplaceConfirm control={props.vervangen} onDownloadCurrent={props.onDownload} />
      {doc.protection.locked && (
        <section class="mc-blok" aria-labelledby="mc-ontgrendel-kop">
          <h2 class="utrecht-heading-2" id="mc-ontgrendel-kop">{tekst(props.t, 'ui-beveiligd-titel')}</h2>
          <PassphrasePanel doc={doc} idPrefix="mc-ontgrendel" />
        </section>
      )}
    </div>
  );
}

export interface BewarenProps {
  t: MeldcodeTeksten;
  /** The dossier on screen (the training case while practising). */
  d: Dossier;
  doc: StoredDocument<Dossier>;
  oefenen: boolean;
  onOpen: (d: Dossier) => void;
  bericht: Bericht | null;
  setBericht: (b: Bericht | null) => void;
}

export function Bewaren({ t, d, doc, oefenen, onOpen, bericht, setBericht }: BewarenProps) {
  const [beveiligen, setBeveiligen] = useState(false);
  const O = useLazy(opslag, beveiligen || doc.protection.isProtected);
  const basis = d.modus === 'training' ? 'meldcode-oefening' : 'meldcode-samenvatting';
  const naam = (ext: string) => meldcodeBestand.fileName(ext, new Date(), basis);
  /** The export code loads with the later screens (usually already there when the user exports). */
  const markdown = async () => (await laadVervolg()).naarMarkdown(d, t, formatDate(new Date()));
  const download = (bestand: string, inhoud: string, type: string) => {
    const r = downloadText(bestand, inhoud, type);
    setBericht(r.ok ? null : { soort: 'error', tekst: r.message });
  };
  const open = async (file: File) => {
    const r = await meldcodeBestand.readFile(file);
    if (!r.ok) return setBericht({ soort: 'error', tekst: r.message });
    setBericht(null);
    onOpen(r.value.data);
  };
  return (
    <section class="mc-bewaren" aria-labelledby="mc-bewaren-kop">
      <h2 class="utrecht-heading-2" id="mc-bewaren-kop">
        {tekst(t, 'ui-bewaren-titel')}
      </h2>
      <LiveRegion>{bericht && <Alert type={bericht.soort} role={bericht.soort === 'error' ? 'alert' : 'status'}>{bericht.tekst}</Alert>}</LiveRegion>
      <h3 class="utrecht-heading-3">{tekst(t, 'ui-apparaat-titel')}</h3>
      {!doc.protection.locked && (
        <details class="mc-details mc-beveiliging" open={doc.protection.isProtected} onToggle={(e) => setBeveiligen(e.currentTarget.open)}>
          <summary>{tekst(t, 'ui-beveilig')}</summary>
          {O && <O.PassphrasePanel doc={doc} idPrefix="mc-beveiliging" />}
        </details>
      )}
      <Checkbox
        id="mc-bewaar"
        label={tekst(t, 'ui-bewaar')}
        description={tekst(t, 'ui-bewaar-waarschuwing')}
        checked={doc.persisting}
        onChange={(aan) => void doc.setPersisting(aan)}
      />
      <StorageStatus state={doc.save} />
      <h3 class="utrecht-heading-3">{tekst(t, 'ui-delen-titel')}</h3>
      <ButtonGroup>
        <Button onClick={() => window.print()}>{tekst(t, 'ui-print')}</Button>
        <Button id="mc-export-md" onClick={async () => download(naam('md'), await markdown(), 'text/markdown')}>
          {tekst(t, 'ui-export-md')}
        </Button>
        <Button onClick={async () => download(naam('txt'), (await laadVervolg()).naarTekst(await markdown()), 'text/plain')}>{tekst(t, 'ui-export-txt')}</Button>
        <Button onClick={() => download(naam('json'), meldcodeBestand.toFileText(d), 'application/json')}>{tekst(t, 'ui-export-json')}</Button>
      </ButtonGroup>
      {oefenen ? (
        <p class="utrecht-paragraph">{tekst(t, 'ui-import-oefenen')}</p>
      ) : (
        <FilePicker id="mc-import" label={tekst(t, 'ui-import')} description={tekst(t, 'ui-import-hulp')} onFiles={([f]) => f && void open(f)} />
      )}
    </section>
  );
}
