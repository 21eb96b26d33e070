/** The question before work is replaced, and the undo offer after. Place it near the action that asked. */
import { useEffect, useRef } from 'preact/hooks';
import { Alert, Button, ButtonGroup } from '../forms/feedback.tsx';
import { CANCEL_LABEL, REPLACE_TEXT, UNDO_LABEL } from '../replace.ts';
import type { ReplaceControl } from '../hooks/useReplace.ts';

export function ReplaceConfirm<T>({ control, onDownloadCurrent }: { control: ReplaceControl<T>; onDownloadCurrent?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (control.asking) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [control.asking?.reason]);
  if (control.asking) {
    const t = REPLACE_TEXT[control.asking.reason];
    return (
      <div ref={ref}>
        <Alert type="warning" title="Uw werk vervangen?" role="alert">
          <p class="utrecht-paragraph">{t.question}</p>
          <ButtonGroup>
            <Button variant="primary" onClick={control.cancel}>{CANCEL_LABEL}</Button>
            <Button onClick={control.confirm}>{t.confirm}</Button>
            {onDownloadCurrent && <Button variant="subtle" onClick={onDownloadCurrent}>Download eerst mijn werk</Button>}
          </ButtonGroup>
        </Alert>
      </div>
    );
  }
  if (control.undoable) {
    return (
      <Alert type="ok" role="status">
        <p class="utrecht-paragraph">{REPLACE_TEXT[control.undoable.reason].done}</p>
        <ButtonGroup>
          <Button onClick={control.undo}>{UNDO_LABEL}</Button>
          <Button variant="subtle" onClick={control.dismiss}>Sluit deze melding</Button>
        </ButtonGroup>
      </Alert>
    );
  }
  return null;
}
