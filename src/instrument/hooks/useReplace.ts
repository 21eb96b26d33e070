/** Never replace work silently: ask first when there is work, and always offer undo afterwards. */
import { useState } from 'preact/hooks';
import type { ReplaceReason } from '../replace.ts';

export interface ReplaceControl<T> {
  /** The question to show (null: nothing pending). */
  asking: { reason: ReplaceReason } | null;
  /** After a replacement: what can be undone (null: nothing). */
  undoable: { reason: ReplaceReason } | null;
  /** Replace the work by `next`: at once when `isEmpty(current)`, else after the user confirms. */
  request(next: T, reason: ReplaceReason): void;
  confirm(): void;
  cancel(): void;
  undo(): void;
  /** Offer undo for a replacement made elsewhere (e.g. loading another tab's version). */
  remember(previous: T, reason: ReplaceReason): void;
  /** Forget the undo offer (e.g. after the next edit or when the message is closed). */
  dismiss(): void;
}

export function useReplace<T>(current: T, apply: (value: T) => void, isEmpty: (value: T) => boolean): ReplaceControl<T> {
  const [pending, setPending] = useState<{ reason: ReplaceReason; next: T } | null>(null);
  const [undo, setUndo] = useState<{ reason: ReplaceReason; previous: T } | null>(null);
  const replace = (next: T, reason: ReplaceReason) => {
    setUndo({ reason, previous: current });
    setPending(null);
    apply(next);
  };
  return {
    asking: pending && { reason: pending.reason },
    undoable: undo && { reason: undo.reason },
    request(next, reason) {
      if (isEmpty(current)) replace(next, reason);
      else setPending({ reason, next });
    },
    confirm() {
      if (pending) replace(pending.next, pending.reason);
    },
    cancel: () => setPending(null),
    undo() {
      if (!undo) return;
      apply(undo.previous);
      setUndo(null);
    },
    remember: (previous, reason) => setUndo({ previous, reason }),
    dismiss: () => setUndo(null),
  };
}
