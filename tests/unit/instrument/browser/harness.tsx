/** A small demo tool on the instrument layer, bundled by the browser test (components.test.ts). */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { useStoredDocument } from '../../../../src/instrument/hooks/useStoredDocument.ts';
import { useLoadedMarker } from '../../../../src/instrument/hooks/useShell.ts';
import { Alert, Button, ButtonGroup, ErrorSummary, FilePicker, LiveRegion, TextArea, TextField, UserText } from '../../../../src/instrument/forms/index.ts';
import { StorageStatus } from '../../../../src/instrument/components/StorageStatus.tsx';
import { ConflictChoice } from '../../../../src/instrument/components/ConflictChoice.tsx';
import { QuarantineNotice } from '../../../../src/instrument/components/QuarantineNotice.tsx';
import { ReplaceConfirm } from '../../../../src/instrument/components/ReplaceConfirm.tsx';
import { PassphrasePanel } from '../../../../src/instrument/components/PassphrasePanel.tsx';
import { demo, type Demo } from '../demo.ts';

const empty = (): Demo => ({ titel: '', notitie: '', stappen: [] });

function App() {
  const root = useLoadedMarker<HTMLDivElement>();
  const doc = useStoredDocument(demo, { key: 'veiligwijzer:demo', empty, isEmpty: (d) => !d.titel && !d.notitie && d.stappen.length === 0, delay: Number(new URLSearchParams(location.search).get('delay') ?? 50) });
  const [message, setMessage] = useState<string | null>(null);
  const [submits, setSubmits] = useState(0);
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const d = doc.data;
  return (
    <div ref={root}>
      <StorageStatus state={doc.save} />
      <QuarantineNotice message={doc.unreadable} items={doc.quarantine} tool="demo" onDiscard={doc.discardQuarantined} />
      <ConflictChoice doc={doc} />
      <ReplaceConfirm control={doc.replace} />
      <LiveRegion>{message && <Alert type="error">{message}</Alert>}</LiveRegion>
      <ErrorSummary errors={errors} />
      <form onSubmit={(e) => { e.preventDefault(); setSubmits((n) => n + 1); }}>
        <TextField id="titel" label="Titel" value={d.titel} onInput={(titel) => doc.update((x) => ({ ...x, titel }))} />
        <TextArea id="notitie" label="Notitie" value={d.notitie} onInput={(notitie) => doc.update((x) => ({ ...x, notitie }))} />
        <ButtonGroup>
          <Button type="submit" variant="primary">Volgende stap</Button>
          <Button onClick={() => setErrors([{ fieldId: 'notitie', message: 'Schrijf een notitie.' }])}>Controleer</Button>
        </ButtonGroup>
      </form>
      <p id="verzonden">Verzonden: {submits}</p>
      <ul>
        {d.stappen.map((s, i) => (
          <li key={i}>
            <UserText text={s.naam} />
            <ul>{s.barrieres.map((b, j) => <li key={j}><UserText text={b.tekst} /></li>)}</ul>
          </li>
        ))}
      </ul>
      <FilePicker
        id="bestand"
        label="Open een bestand"
        onFiles={async ([file]) => {
          const r = await demo.readFile(file!);
          if (r.ok) {
            setMessage(null);
            doc.replace.request(r.value.data, 'import');
          } else setMessage(r.message);
        }}
      />
      <PassphrasePanel doc={doc} />
    </div>
  );
}

render(
  <main>
    <h1>Demo</h1>
    <App />
  </main>,
  document.getElementById('app')!,
);
