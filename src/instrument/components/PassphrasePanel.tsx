/**
 * Passphrase protection for the work on this device: turn on (twice the passphrase), unlock, turn off.
 * States the one hard rule plainly: a forgotten passphrase cannot be recovered.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, ButtonGroup } from '../forms/feedback.tsx';
import { Field } from '../forms/field.tsx';
import { FORGOTTEN, MIN_PASSPHRASE_LENGTH } from '../protect/crypto.ts';
import type { StoredDocument } from '../hooks/useStoredDocument.ts';

function Passphrase({ id, label, value, onInput, error }: { id: string; label: string; value: string; onInput: (v: string) => void; error?: string | undefined }) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type="password"
        class="utrecht-textbox utrecht-textbox--html-input"
        autocomplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function PassphrasePanel<T>({ doc, idPrefix = 'beveiliging' }: { doc: StoredDocument<T>; idPrefix?: string }) {
  const p = doc.protection;
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [forgot, setForgot] = useState(false);
  const run = async (job: () => Promise<{ ok: boolean; message?: string }>, done: string) => {
    setBusy(true);
    setError(undefined);
    const r = await job();
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setFirst('');
    setSecond('');
    setMessage(done);
  };
  const submit = (e: Event) => e.preventDefault();

  if (p.locked) {
    return (
      <form class="instrument-passphrase" onSubmit={(e) => { submit(e); void run(() => p.unlock(first), 'Ontgrendeld. Uw werk staat weer op het scherm.'); }}>
        <Alert type="info" title="Beveiligd met een wachtwoordzin">
          <p class="utrecht-paragraph">Uw opgeslagen werk is beveiligd. Typ uw wachtwoordzin om het te openen. Zolang het vergrendeld is, wordt er niets overschreven.</p>
        </Alert>
        <Passphrase id={`${idPrefix}-ontgrendel`} label="Wachtwoordzin" value={first} onInput={setFirst} error={error} />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={busy} disabled={busy}>Ontgrendel</Button>
          <Button variant="subtle" onClick={() => setForgot(true)}>Wachtwoordzin vergeten?</Button>
        </ButtonGroup>
        {forgot && (
          <Alert type="warning" title="Wachtwoordzin vergeten">
            <p class="utrecht-paragraph">{FORGOTTEN}</p>
            <p class="utrecht-paragraph">U kunt opnieuw beginnen. Het beveiligde werk wordt dan apart gezet (niet gewist), voor het geval u de wachtwoordzin later weer weet.</p>
            <Button onClick={() => { const r = p.setAsideLocked(); if (!r.ok) setError(r.message); else setForgot(false); }}>Begin opnieuw zonder het beveiligde werk</Button>
          </Alert>
        )}
      </form>
    );
  }
  if (p.isProtected) {
    return (
      <div class="instrument-passphrase">
        <p class="utrecht-paragraph">Uw werk op dit apparaat is beveiligd met een wachtwoordzin. Niemand kan het lezen zonder die wachtwoordzin.</p>
        {message && <Alert type="ok">{message}</Alert>}
        {error && <Alert type="error">{error}</Alert>}
        <Button busy={busy} disabled={busy} onClick={() => void run(() => p.disable(), 'De beveiliging staat uit. Uw werk wordt weer zonder wachtwoordzin bewaard.')}>
          Zet de beveiliging uit
        </Button>
      </div>
    );
  }
  return (
    <form class="instrument-passphrase" onSubmit={(e) => { submit(e); void run(() => p.enable(first, second), 'Uw werk op dit apparaat is nu beveiligd met uw wachtwoordzin.'); }}>
      <p class="utrecht-paragraph">
        Werkt u op een computer die u met anderen deelt? Beveilig uw werk dan met een wachtwoordzin: zonder die zin kan niemand het lezen. Kies minstens {MIN_PASSPHRASE_LENGTH} tekens, bijvoorbeeld een paar losse woorden.
      </p>
      <Alert type="warning">{FORGOTTEN}</Alert>
      {message && <Alert type="ok">{message}</Alert>}
      <Passphrase id={`${idPrefix}-nieuw`} label="Nieuwe wachtwoordzin" value={first} onInput={setFirst} error={error} />
      <Passphrase id={`${idPrefix}-herhaal`} label="Herhaal de wachtwoordzin" value={second} onInput={setSecond} />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>Beveilig met wachtwoordzin</Button>
      </ButtonGroup>
    </form>
  );
}
