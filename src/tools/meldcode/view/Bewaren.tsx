/** Keeping and sharing: device storage (opt-in), erase everything, export (print, Markdown, text, JSON) and import. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier } from '../domain/model.ts';
import { leesBestand, naarBestand, MAX_BESTAND_BYTES } from '../domain/bestand.ts';
import { naarMarkdown, naarTekst } from '../domain/export.ts';
import { tekst } from '../domain/teksten.ts';
import { downloadText, fileName, readTextFile } from '../../../lib/browser-file.ts';
import { Melding } from './velden.tsx';

export interface BewarenProps {
  t: MeldcodeTeksten;
  d: Dossier;
  bewaren: boolean;
  opslagBeschikbaar: boolean;
  onBewaren: (aan: boolean) => void;
  onImport: (d: Dossier) => void;
  bericht: { soort: 'ok' | 'error'; tekst: string } | null;
  setBericht: (b: { soort: 'ok' | 'error'; tekst: string } | null) => void;
}

export function Bewaren({ t, d, bewaren, opslagBeschikbaar, onBewaren, onImport, bericht, setBericht }: BewarenProps) {
  const basis = d.modus === 'training' ? 'meldcode-oefening' : 'meldcode-samenvatting';
  const importeer = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const tekstR = await readTextFile(file, MAX_BESTAND_BYTES);
    const r = tekstR.ok ? leesBestand(tekstR.value) : tekstR;
    input.value = '';
    if (r.ok) {
      onImport(r.value.data);
      setBericht({ soort: 'ok', tekst: tekst(t, 'ui-import-ok') });
    } else setBericht({ soort: 'error', tekst: r.message });
  };
  return (
    <section class="mc-bewaren" aria-labelledby="mc-bewaren-kop">
      <h2 class="utrecht-heading-2" id="mc-bewaren-kop">
        {tekst(t, 'ui-bewaren-titel')}
      </h2>
      <div aria-live="polite" class="mc-live">
        {bericht && (
          <Melding soort={bericht.soort} rol={bericht.soort === 'error' ? 'alert' : 'status'}>
            <p class="utrecht-paragraph">{bericht.tekst}</p>
          </Melding>
        )}
      </div>
      <div class="utrecht-form-field utrecht-form-field--checkbox mc-optie">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="mc-bewaar"
          checked={bewaren}
          disabled={!opslagBeschikbaar}
          aria-describedby="mc-bewaar-hulp"
          onChange={(e) => onBewaren(e.currentTarget.checked)}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="mc-bewaar">
          {tekst(t, 'ui-bewaar')}
        </label>
        <p class="utrecht-form-field-description" id="mc-bewaar-hulp">
          {tekst(t, 'ui-bewaar-waarschuwing')} {bewaren ? tekst(t, 'ui-bewaard') : tekst(t, 'ui-niet-bewaard')}
        </p>
      </div>
      <div class="utrecht-button-group mc-knoppen">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          {tekst(t, 'ui-print')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" id="mc-export-md" onClick={() => downloadText(fileName(basis, 'md'), naarMarkdown(d, t, vandaag()), 'text/markdown')}>
          {tekst(t, 'ui-export-md')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => downloadText(fileName(basis, 'txt'), naarTekst(naarMarkdown(d, t, vandaag())), 'text/plain')}>
          {tekst(t, 'ui-export-txt')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => downloadText(fileName(basis, 'json'), naarBestand(d))}>
          {tekst(t, 'ui-export-json')}
        </button>
      </div>
      <div class="utrecht-form-field mc-veld">
        <label class="utrecht-form-label" for="mc-import">
          {tekst(t, 'ui-import')}
        </label>
        <p class="utrecht-form-field-description" id="mc-import-hulp">
          {tekst(t, 'ui-import-hulp')}
        </p>
        <input id="mc-import" type="file" accept=".json,application/json" aria-describedby="mc-import-hulp" onChange={importeer} />
      </div>
    </section>
  );
}

/** "Alles wissen", always visible, with an inline confirmation. */
export function Wissen({ t, onWissen }: { t: MeldcodeTeksten; onWissen: () => void }) {
  const [bevestig, setBevestig] = useState(false);
  const ja = useRef<HTMLButtonElement>(null);
  const knop = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (bevestig) ja.current?.focus();
  }, [bevestig]);
  if (!bevestig) {
    return (
      <button type="button" ref={knop} id="mc-wissen" class="utrecht-button utrecht-button--secondary-action mc-gevaar" onClick={() => setBevestig(true)}>
        {tekst(t, 'ui-wissen')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="mc-wissen-vraag" class="mc-wissen-bevestig">
      <p class="utrecht-paragraph" id="mc-wissen-vraag">
        {tekst(t, 'ui-wissen-bevestig')}
      </p>
      <div class="utrecht-button-group">
        <button
          type="button"
          ref={ja}
          class="utrecht-button utrecht-button--primary-action mc-gevaar"
          onClick={() => {
            setBevestig(false);
            onWissen();
          }}
        >
          {tekst(t, 'ui-wissen-ja')}
        </button>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() => {
            setBevestig(false);
            requestAnimationFrame(() => document.getElementById('mc-wissen')?.focus());
          }}
        >
          {tekst(t, 'ui-wissen-nee')}
        </button>
      </div>
    </div>
  );
}

/** Today's local date for the export (until the shared layer's date formatter is merged). */
export const vandaag = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
