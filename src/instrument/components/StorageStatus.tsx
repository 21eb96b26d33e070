/** One line about device storage: saved (with time), saving, off, or the error (role="alert"). */
import { formatDate } from '../dates.ts';
import { Alert } from '../forms/feedback.tsx';
import type { SaveState } from '../hooks/useStoredDocument.ts';

export function storageStatusText(state: SaveState): string {
  switch (state.kind) {
    case 'off':
      return 'Uw werk wordt niet op dit apparaat bewaard.';
    case 'loading':
      return 'Opgeslagen werk wordt geladen…';
    case 'saving':
      return 'Bezig met bewaren…';
    case 'saved':
      return `Bewaard op dit apparaat om ${formatDate(state.savedAt ? new Date(state.savedAt) : new Date(), 'time')}.`;
    case 'unchanged':
      return 'Uw werk wordt op dit apparaat bewaard.';
    case 'locked':
      return 'Uw opgeslagen werk is beveiligd met een wachtwoordzin. Ontgrendel het om verder te gaan.';
    case 'error':
      return state.message;
  }
}

export function StorageStatus({ state }: { state: SaveState }) {
  return (
    <div aria-live="polite" class="instrument-storage-status instrument-no-print">
      {state.kind === 'error' ? (
        <Alert type="error" title="Niet bewaard">
          {state.message}
        </Alert>
      ) : (
        <p class="utrecht-paragraph">{storageStatusText(state)}</p>
      )}
    </div>
  );
}
