/**
 * "Ask first, then offer undo" for everything that replaces the work on screen: importing a file,
 * opening a share link, starting a training case, "nieuw". Pure logic; the Preact parts are in
 * components/ReplaceConfirm.tsx and hooks/useReplace.ts.
 */

export type ReplaceReason = 'import' | 'link' | 'training' | 'new' | 'conflict';

/** Dutch words for the question and the undo message, per reason. */
export const REPLACE_TEXT: Record<ReplaceReason, { question: string; confirm: string; done: string }> = {
  import: {
    question: 'U hebt al werk in dit instrument. Wilt u dat vervangen door het gekozen bestand?',
    confirm: 'Ja, vervang door het bestand',
    done: 'Het bestand is geopend. Uw vorige werk is vervangen.',
  },
  link: {
    question: 'U opent een gedeelde link, maar u hebt al werk in dit instrument. Wilt u dat vervangen door wat in de link staat?',
    confirm: 'Ja, open de link',
    done: 'De link is geopend. Uw vorige werk is vervangen.',
  },
  training: {
    question: 'U begint een oefencasus, maar u hebt al eigen werk. Wilt u dat (tijdelijk) vervangen door de oefencasus?',
    confirm: 'Ja, begin met oefenen',
    done: 'De oefencasus is gestart. Uw eigen werk is vervangen.',
  },
  conflict: {
    question: 'Dit werk is in een ander tabblad gewijzigd. Wilt u die versie laden in plaats van wat hier op het scherm staat?',
    confirm: 'Ja, laad de andere versie',
    done: 'De versie uit het andere tabblad is geladen. Wat hier op het scherm stond, is vervangen.',
  },
  new: {
    question: 'Wilt u opnieuw beginnen? Wat nu op het scherm staat wordt dan gewist.',
    confirm: 'Ja, begin opnieuw',
    done: 'U bent opnieuw begonnen.',
  },
};

export const UNDO_LABEL = 'Ongedaan maken';
export const CANCEL_LABEL = 'Nee, behoud mijn werk';

export type ReplaceState<T> =
  | { step: 'idle' }
  | { step: 'asking'; reason: ReplaceReason; next: T }
  | { step: 'replaced'; reason: ReplaceReason; previous: T };

/**
 * Decides what happens when `next` should replace `current`:
 * nothing to lose → replace at once (still with undo); otherwise ask.
 */
export function requestReplace<T>(current: T, next: T, reason: ReplaceReason, isEmpty: (v: T) => boolean): ReplaceState<T> {
  return isEmpty(current) ? { step: 'replaced', reason, previous: current } : { step: 'asking', reason, next };
}
