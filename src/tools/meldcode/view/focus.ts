/** Where each field lives on screen, so that the error summary and "Wijzig" can move focus to it. */
import type { Veld } from '../domain/regels.ts';

const ELEMENT: Partial<Record<Veld, string>> = {
  acuutGevaar: 'mc-acuut',
  medewerkerVermoeden: 'mc-medewerker',
  medewerker: 'mc-medewerker-feiten',
  signalen: 'mc-signalen-kop',
  signalenDatum: 'mc-signalen-datum',
  kindcheck: 'mc-kindcheck-kinderen',
  consultaties: 'mc-consultaties-kop',
  gesprekInhoud: 'mc-gesprek-doel',
  a2Soort: 'mc-a2-soort',
  melding: 'mc-melding-datum',
  informerenUitzondering: 'mc-informeren-uitzondering',
  monitoring: 'mc-monitoring-wat',
};

export const veldElement = (veld: Veld): string => ELEMENT[veld] ?? `mc-${veld.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Focuses the field (the first control of a group); false when it is not on screen. */
export function focusVeld(veld: Veld): boolean {
  const el = document.getElementById(veldElement(veld));
  if (!el) return false;
  const doel = el.matches('input, textarea, select, button')
    ? el
    : (el.querySelector<HTMLElement>('input:checked, input, textarea, select') ?? el);
  if (doel === el && !el.hasAttribute('tabindex') && !el.matches('input, textarea, select, button')) el.setAttribute('tabindex', '-1');
  doel.focus();
  return true;
}
