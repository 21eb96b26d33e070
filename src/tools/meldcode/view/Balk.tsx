/** The bar above the tool: the privacy warning and "Alles wissen" (with a question, and a message that says what really happened). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MeldcodeTeksten } from '../content-schema.ts';
import { tekst, titel } from '../domain/teksten.ts';
import { Alert, Button, ButtonGroup, LiveRegion } from '../../../instrument/forms/index.ts';

export interface Bericht {
  soort: 'ok' | 'error';
  tekst: string;
}

export function Balk({ t, onWissen }: { t: MeldcodeTeksten; onWissen: () => Promise<Bericht> }) {
  const [bevestig, setBevestig] = useState(false);
  const [bericht, setBericht] = useState<Bericht | null>(null);
  const vraag = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (bevestig) vraag.current?.querySelector('button')?.focus();
  }, [bevestig]);
  const sluit = () => {
    setBevestig(false);
    requestAnimationFrame(() => document.getElementById('mc-wissen')?.focus());
  };
  return (
    <div class="mc-balk">
      <Alert type="warning" title={titel(t, 'ui-privacy')} role="none">
        <p class="utrecht-paragraph">{tekst(t, 'ui-privacy')}</p>
      </Alert>
      {bevestig ? (
        <div role="group" aria-labelledby="mc-wissen-vraag" class="mc-wissen-bevestig" ref={vraag}>
          <p class="utrecht-paragraph" id="mc-wissen-vraag">
            {tekst(t, 'ui-wissen-bevestig')}
          </p>
          <ButtonGroup>
            <Button variant="primary" class="mc-gevaar" onClick={async () => (setBevestig(false), setBericht(await onWissen()))}>
              {tekst(t, 'ui-wissen-ja')}
            </Button>
            <Button onClick={sluit}>{tekst(t, 'ui-wissen-nee')}</Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button id="mc-wissen" class="mc-gevaar" onClick={() => (setBericht(null), setBevestig(true))}>
          {tekst(t, 'ui-wissen')}
        </Button>
      )}
      <LiveRegion>{bericht && <Alert type={bericht.soort} role={bericht.soort === 'error' ? 'alert' : 'status'}>{bericht.tekst}</Alert>}</LiveRegion>
    </div>
  );
}
