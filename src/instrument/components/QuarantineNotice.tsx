/** "Could not be read": the message, and per kept-aside copy a download and (after a question) delete. */
import { useState } from 'preact/hooks';
import { Alert, Button, ButtonGroup } from '../forms/feedback.tsx';
import { downloadText } from '../browser-file.ts';
import { localDateTimeStamp, parseDate } from '../dates.ts';
import type { QuarantineItem } from '../storage/document-store.ts';

export function QuarantineNotice(props: { message: string | null; items: readonly QuarantineItem[]; tool: string; onDiscard: (key: string) => void }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!props.message && !props.items.length) return null;
  return (
    <Alert type="warning" title="Opgeslagen gegevens konden niet worden gelezen" role="alert">
      {props.message && <p class="utrecht-paragraph instrument-user-text">{props.message}</p>}
      <p class="utrecht-paragraph">
        Deze gegevens zijn apart gezet en worden niet overschreven. Download ze om ze te bewaren of aan iemand te laten zien.
      </p>
      {props.items.map((q, i) => {
        const name = `${props.tool}-onleesbaar-${localDateTimeStamp(parseDate(q.movedAt) ?? new Date())}-${i + 1}.txt`;
        return (
          <ButtonGroup key={q.key}>
            <Button onClick={() => downloadText(name, q.text, 'text/plain')}>Download de onleesbare gegevens{props.items.length > 1 ? ` (${i + 1})` : ''}</Button>
            {confirming === q.key ? (
              <>
                <Button variant="primary" onClick={() => props.onDiscard(q.key)}>Ja, verwijder ze definitief</Button>
                <Button variant="subtle" onClick={() => setConfirming(null)}>Nee, bewaar ze</Button>
              </>
            ) : (
              <Button variant="subtle" onClick={() => setConfirming(q.key)}>Verwijder…</Button>
            )}
          </ButtonGroup>
        );
      })}
    </Alert>
  );
}
