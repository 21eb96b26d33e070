/**
 * The state of the step-through besides the dossier itself (which lives in the shared document
 * store): which screen is shown, the errors of the last "Volgende", what changed after an edit, and
 * the training case (kept apart, so that practising never touches the user's own work).
 * A pure reducer; the view only dispatches actions and shows the result.
 */
import type { Dossier, Scherm } from './model.ts';
import type { Fout, Veld, Wijziging } from './regels.ts';

export interface Toestand {
  scherm: Scherm;
  fouten: Fout[];
  /** Counts failed "Volgende" presses: the error summary takes focus again, also for the same errors. */
  poging: number;
  veranderd: Wijziging[];
  /** Came from "Wijzig" on the summary: "Volgende" returns there. */
  vanOverzicht: boolean;
  /** The training dossier while practising (null: the user's own work is on screen). */
  training: Dossier | null;
  /** Counts screen changes: the view moves focus (to `focus`, or the heading) when it changes. */
  navigatie: number;
  focus: Veld | null;
}

export type Actie =
  | { type: 'ga'; scherm: Scherm }
  | { type: 'wijzigVanOverzicht'; scherm: Scherm; veld: Veld }
  /** "Volgende": the errors of this screen (see schermFouten) and where to go without errors (see naVolgende). */
  | { type: 'volgende'; fouten: Fout[]; naar: Scherm }
  | { type: 'gewijzigd'; wijzigingen: Wijziging[] }
  | { type: 'oefen'; dossier: Dossier }
  | { type: 'oefenWijzig'; f: (d: Dossier) => Dossier }
  | { type: 'stopOefenen' }
  | { type: 'vervangen'; scherm: Scherm };

export const beginToestand = (): Toestand => ({ scherm: 'start', fouten: [], poging: 0, veranderd: [], vanOverzicht: false, training: null, navigatie: 0, focus: null });

const ga = (s: Toestand, scherm: Scherm, extra: Partial<Toestand> = {}): Toestand => ({ ...s, scherm, fouten: [], veranderd: [], focus: null, navigatie: s.navigatie + 1, ...extra });

export function meldcodeReducer(s: Toestand, a: Actie): Toestand {
  switch (a.type) {
    case 'ga':
      return ga(s, a.scherm);
    case 'wijzigVanOverzicht':
      return ga(s, a.scherm, { vanOverzicht: true, focus: a.veld });
    case 'volgende':
      return a.fouten.length ? { ...s, fouten: a.fouten, poging: s.poging + 1 } : ga(s, a.naar);
    case 'gewijzigd':
      return a.wijzigingen.length ? { ...s, veranderd: a.wijzigingen } : s;
    case 'oefen':
      return ga(s, 'start', { training: a.dossier, vanOverzicht: false });
    case 'oefenWijzig':
      return s.training ? { ...s, training: a.f(s.training) } : s;
    case 'stopOefenen':
      return ga(s, 'start', { training: null, vanOverzicht: false });
    case 'vervangen':
      return ga(s, a.scherm, { vanOverzicht: false });
  }
}
