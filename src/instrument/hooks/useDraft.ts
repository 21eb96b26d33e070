/**
 * For a field whose value counts only once it is committed (the change event: Enter, or leaving the field).
 * Until then the field shows what the user typed. Without this, a re-render for another change (the field
 * before it, committed a moment earlier and handled late on a busy device) puts the old value back and the
 * typing is lost without a word.
 *
 *   const draft = useDraft(String(value));
 *   <input value={draft.value} onInput={draft.onInput} onBlur={draft.onBlur}
 *     onChange={(e) => { commit(e.currentTarget.value); draft.done(); }} />
 */
import { useState } from 'preact/hooks';

export interface Draft {
  /** What the field shows: the typed text while there is any, else the committed value. */
  value: string;
  onInput(e: { currentTarget: { value: string } }): void;
  onBlur(): void;
  /** Call after committing: from now on the field shows the committed value again. */
  done(): void;
}

export function useDraft(value: string): Draft {
  const [typed, setTyped] = useState<string | null>(null);
  return {
    value: typed ?? value,
    onInput: (e) => setTyped(e.currentTarget.value),
    onBlur: () => setTyped(null),
    done: () => setTyped(null),
  };
}
