/**
 * The frame every tool shares: the "loaded" marker, focus and page title on a screen change, print.
 * DOM-only helpers (no Preact); the hooks in hooks/ use them.
 */
import { formatDate } from './dates.ts';

/** Set on the island's root element once it is interactive; browser tests wait for it. */
export const LOADED_ATTRIBUTE = 'data-instrument-geladen';
export const LOADED_SELECTOR = `[${LOADED_ATTRIBUTE}="true"]`;

export function markLoaded(root: Element | null): void {
  root?.setAttribute(LOADED_ATTRIBUTE, 'true');
}

/**
 * "Stap 2 – Meldcode-stappenplan | Veiligwijzer": the screen's title before the page's own title
 * (the part from " – " or " | " on is kept).
 */
export function screenTitle(screen: string, pageTitle: string, baseTitle?: string): string {
  const base = baseTitle ?? pageTitle;
  return screen ? `${screen} – ${base}` : base;
}

/** Moves focus to an element (a heading gets tabindex="-1" so it can take focus) without scrolling past it. */
export function moveFocus(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

/** The line printed above every printout: "Meldcode-stappenplan · Mijn casus · afgedrukt op 23 november 2026 om 09:30". */
export function printLine(tool: string, title: string, now: Date = new Date()): string {
  return [tool, title, `afgedrukt op ${formatDate(now, 'long-with-time')}`].filter(Boolean).join(' · ');
}

/** Opens the print dialog; returns false when printing is not available. */
export function printPage(): boolean {
  try {
    globalThis.print();
    return true;
  } catch {
    return false;
  }
}
