/** Another tab changed (or removed) this work: the user chooses which version stays. */
import { Alert, Button, ButtonGroup } from '../forms/feedback.tsx';
import { formatDate } from '../dates.ts';
import type { StoredDocument } from '../hooks/useStoredDocument.ts';

export function ConflictChoice<T>({ doc, onDownloadMine }: { doc: StoredDocument<T>; onDownloadMine?: () => void }) {
  const c = doc.conflict;
  if (!c) return null;
  const when = c.theirs?.savedAt ? ` (bewaard ${formatDate(c.theirs.savedAt, 'long-with-time')})` : '';
  return (
    <Alert type="warning" title="Gewijzigd in een ander tabblad" role="alert">
      <p class="utrecht-paragraph">
        {c.theirs
          ? `Dit werk is in een ander tabblad of venster gewijzigd${when}. Er is niets overschreven. Welke versie wilt u houden?`
          : 'Dit werk is in een ander tabblad of venster gewist. Er is niets overschreven. Wilt u uw versie hier opnieuw bewaren?'}
      </p>
      <ButtonGroup>
        <Button variant="primary" onClick={() => void doc.resolveConflict('mine')}>
          Bewaar mijn versie (van dit scherm)
        </Button>
        <Button onClick={() => void doc.resolveConflict('theirs')}>{c.theirs ? 'Laad de andere versie' : 'Begin leeg, zoals in het andere tabblad'}</Button>
        {onDownloadMine && <Button variant="subtle" onClick={onDownloadMine}>Download mijn versie als bestand</Button>}
      </ButtonGroup>
    </Alert>
  );
}
