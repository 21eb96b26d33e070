/** Previous / next between the screens of the scan. */
import { Button, ButtonGroup } from '../../../instrument/forms/index.ts';

export function Navigatie({ scherm, aantal, onGa }: { scherm: number; aantal: number; onGa: (n: number) => void }) {
  return (
    <div class="regiescan__navigatie no-print">
      <ButtonGroup>
        {scherm >= 0 && (
          <Button onClick={() => onGa(scherm - 1)}>
            {scherm === 0 ? 'Vorige: over u en uw gemeente' : scherm === aantal ? 'Terug naar de stellingen' : `Vorige: onderdeel ${scherm}`}
          </Button>
        )}
        {scherm < aantal && (
          <Button variant="primary" onClick={() => onGa(scherm + 1)}>
            {scherm < 0 ? 'Start de scan' : scherm === aantal - 1 ? 'Naar de uitslag' : `Volgende: onderdeel ${scherm + 2}`}
          </Button>
        )}
      </ButtonGroup>
    </div>
  );
}
