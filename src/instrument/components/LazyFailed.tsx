/** Shown where a part of a tool should be, when that part could not be loaded: what happened, and try again. */
import { Alert, Button } from '../forms/feedback.tsx';
import { useLazyFailed, type Lazy } from '../lazy.ts';

export const LAZY_FAILED_TITLE = 'Een deel van dit instrument kon niet worden geladen';
const LAZY_FAILED_ADVICE = 'Uw werk is niet veranderd. Controleer de internetverbinding en probeer het opnieuw.';
/** The same, as one message after a button whose part could not load (for instance the CSV writer). */
export const LAZY_FAILED_MESSAGE = `${LAZY_FAILED_TITLE}. ${LAZY_FAILED_ADVICE}`;

export function LazyFailed({ part }: { part: Lazy<unknown> }) {
  const { failed, retry } = useLazyFailed(part);
  if (!failed) return null;
  return (
    <Alert type="error" title={LAZY_FAILED_TITLE}>
      <p class="utrecht-paragraph">{LAZY_FAILED_ADVICE}</p>
      <Button onClick={retry}>Probeer opnieuw</Button>
    </Alert>
  );
}
