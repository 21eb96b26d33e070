/** What every step screen receives from the root component. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier, SectorRegels } from '../domain/model.ts';
import type { Veld } from '../domain/regels.ts';

export interface StapProps {
  t: MeldcodeTeksten;
  d: Dossier;
  sector: SectorRegels | null;
  /** Applies a change to the dossier (the root reports what changed in the outcome). */
  wijzig: (f: (d: Dossier) => Dossier) => void;
  /** Errors shown after "Volgende stap", by field. */
  fout: (veld: Veld) => string | undefined;
}
