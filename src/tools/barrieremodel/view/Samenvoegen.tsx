/**
 * Merging into the open model: another model (a sub-group's export) or a participant's contribution,
 * from a file or a pasted link. A model merge shows every conflicting edit for a choice first; the
 * merge is one step that "Ongedaan maken" takes back.
 */
import { useState } from 'preact/hooks';
import { ok, type Result } from '../../../instrument/result.ts';
import {
  barrieremodelBestand, bijdrageBestand, type Bijdrage, isBijdrageFragment, leesBijdrageFragment, pasKeuzesToe, randomId, verslagTekst, voegSamen,
  type Keuze, type Model, type Samenvoeging,
} from '../domain/index.ts';
import { bijdrageVerslagTekst, voegBijdrageSamen } from './bijdrage-tekst.ts';
import { Knop } from './ui.tsx';
import type { Dispatch } from './ui.tsx';

interface Props {
  model: Model;
  dispatch: Dispatch;
  setStatus: (s: string) => void;
  setFout: (s: string) => void;
}

export function Samenvoegen({ model, dispatch, setStatus, setFout }: Props) {
  const [s, setS] = useState<Samenvoeging | null>(null);
  const [keuzes, setKeuzes] = useState<Record<string, Keuze>>({});
  const [link, setLink] = useState('');

  const bijdrage = (r: Result<Bijdrage>) => {
    if (!r.ok) return setFout(r.message);
    const m = voegBijdrageSamen(model, r.value);
    if (!m.ok) return setFout(m.message);
    dispatch({ type: 'vervangen', model: m.value.model });
    setStatus(bijdrageVerslagTekst(r.value, m.value.verslag));
  };

  const bestand = async (file: File) => {
    const b = await bijdrageBestand.readFile(file);
    if (b.ok) return bijdrage(ok(b.value.data));
    if (b.code !== 'other-tool') return setFout(b.message);
    const r = await barrieremodelBestand.readFile(file);
    if (!r.ok) return setFout(r.message);
    const ander = r.value.data;
    const resultaat = voegSamen(model, ander, randomId);
    setKeuzes({});
    setS(resultaat);
    setStatus(`Het model “${ander.titel || 'Naamloos model'}” is gelezen. ${verslagTekst(resultaat.verslag, resultaat.conflicten.length)} Er is nog niets veranderd.`);
  };

  const klaar = () => {
    if (!s) return;
    dispatch({ type: 'vervangen', model: pasKeuzesToe(s, keuzes) });
    setStatus(`Samengevoegd. ${verslagTekst(s.verslag, 0)} U kunt dit ongedaan maken.`);
    setS(null);
  };

  return (
    <section aria-labelledby="bm-kop-samenvoegen" class="bm-samenvoegen">
      <h3 class="utrecht-heading-3" id="bm-kop-samenvoegen">Samenvoegen</h3>
      <p class="utrecht-paragraph bm-klein">
        Voeg het model van een subgroep (JSON) of de bijdrage van een deelnemer (bestand of link) samen met dit model. Stappen met
        dezelfde naam worden één stap; nieuwe onderdelen komen erbij. Waar beide iets anders invulden, kiest u zelf.
      </p>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="bm-samenvoegen-bestand">Model of bijdrage samenvoegen (JSON-bestand)</label>
        <input id="bm-samenvoegen-bestand" class="utrecht-textbox" type="file" accept=".json,application/json"
          onChange={(e) => { const el = e.currentTarget as HTMLInputElement; const f = el.files?.[0]; el.value = ''; if (f) void bestand(f); }} />
      </div>
      <form class="bm-ws-form" onSubmit={async (e) => {
        e.preventDefault();
        const hash = link.includes('#') ? link.slice(link.indexOf('#')) : `#${link.trim()}`;
        if (!isBijdrageFragment(hash)) return setFout('Dit is geen bijdragelink. Een bijdragelink bevat “#bijdrage=”. Er is niets veranderd.');
        bijdrage(await leesBijdrageFragment(hash));
        setLink('');
      }}>
        <label class="utrecht-form-label" for="bm-bijdragelink">Bijdragelink plakken</label>
        <input id="bm-bijdragelink" class="utrecht-textbox" type="text" value={link} onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)} />
        <Knop submit onClick={() => undefined}>Bijdrage samenvoegen</Knop>
      </form>
      {s && (
        <div class="bm-conflicten" role="region" aria-labelledby="bm-kop-conflicten">
          <h4 class="utrecht-heading-4" id="bm-kop-conflicten">
            {s.conflicten.length === 0 ? 'Geen verschillen: klaar om samen te voegen' : `${s.conflicten.length} verschillen: kies per verschil`}
          </h4>
          {s.conflicten.map((c) => (
            <fieldset class="utrecht-form-fieldset bm-fieldset bm-conflict" key={c.id}>
              <legend class="utrecht-form-fieldset__legend bm-legend-klein">{c.waar}: {c.veld}</legend>
              {(['ons', 'hun'] as const).map((k) => (
                <div class="bm-check" key={k}>
                  <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name={`bm-c-${c.id}`} id={`bm-c-${c.id}-${k}`}
                    checked={(keuzes[c.id] ?? 'ons') === k} onChange={() => setKeuzes({ ...keuzes, [c.id]: k })} />
                  <label class="utrecht-form-label utrecht-form-label--radio" for={`bm-c-${c.id}-${k}`}>
                    {k === 'ons' ? 'Dit model' : 'Het andere model'}: {k === 'ons' ? c.onsTekst : c.hunTekst}
                  </label>
                </div>
              ))}
            </fieldset>
          ))}
          <div class="utrecht-button-group">
            <Knop soort="primary-action" onClick={klaar}>Samenvoegen</Knop>
            <Knop soort="subtle" onClick={() => { setS(null); setStatus('Samenvoegen geannuleerd. Er is niets veranderd.'); }}>Annuleren</Knop>
          </div>
        </div>
      )}
    </section>
  );
}
