/** The list of models on this device: open, duplicate, rename, delete; new from a template; import. */
import { useState } from 'preact/hooks';
import { formatDate } from '../../../instrument/dates.ts';
import { downloadText } from '../../../instrument/browser-file.ts';
import type { Result } from '../../../instrument/result.ts';
import type { IndexRegel, Sjabloon } from '../domain/index.ts';
import type { Bibliotheek } from './useBibliotheek.ts';
import { modelSleutel, type Opslag } from './opslag.ts';
import type { Melding } from './Melding.tsx';
import { Knop, Uitleg, type UitlegTekst } from './ui.tsx';

interface Props {
  regels: IndexRegel[];
  sjablonen: Sjabloon[];
  uitleg: Record<string, UitlegTekst>;
  bib: Bibliotheek;
  opslag: Opslag;
  onNieuw: (sj: Sjabloon) => void;
  onOpen: (id: string) => void;
  onImporteer: (file: File) => void;
  setMelding: (m: Melding | null) => void;
  setStatus: (s: string) => void;
}

const datum = (iso: string) => (iso ? formatDate(new Date(iso), 'long-with-time') : 'onbekend');

export function Modellen(props: Props) {
  const { regels, bib } = props;
  const [hernoemen, setHernoemen] = useState<string | null>(null);
  const [verwijderen, setVerwijderen] = useState<string | null>(null);
  const hoofd = regels.filter((m) => !m.ouderModelId || !regels.some((x) => x.id === m.ouderModelId));
  const subs = (id: string) => regels.filter((m) => m.ouderModelId === id);
  /** Shows the outcome of a list action: the status when it worked, the message when it did not. */
  const meld = async (r: Promise<Result<unknown>>, gelukt: string) => {
    const x = await r;
    if (x.ok) props.setStatus(gelukt);
    else props.setMelding({ soort: 'error', tekst: x.message });
  };

  const regel = (m: IndexRegel, sub = false) => (
    <li key={m.id} class={`bm-modelregel${sub ? ' bm-modelregel--sub' : ''}`}>
      {hernoemen === m.id ? (
        <form
          class="bm-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const v = (new FormData(e.currentTarget as HTMLFormElement).get('titel') as string).trim();
            if (v) void meld(bib.hernoem(m.id, v), 'Naam gewijzigd.');
            setHernoemen(null);
          }}
        >
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for={`bm-hernoem-${m.id}`}>Nieuwe naam</label>
            <input id={`bm-hernoem-${m.id}`} name="titel" class="utrecht-textbox" value={m.titel} maxLength={200} autoFocus />
          </div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">Naam opslaan</button>
          <Knop soort="subtle" onClick={() => setHernoemen(null)}>Annuleren</Knop>
        </form>
      ) : (
        <>
          <span class="bm-modelregel__naam">
            <strong class="instrument-user-text">{sub ? 'Submodel: ' : ''}{m.status === 'ok' ? m.titel || 'Naamloos model' : m.status === 'beveiligd' ? 'Beveiligd model' : 'Onleesbaar model'}</strong>
            <span class="bm-klein">{m.status === 'onleesbaar' ? m.melding : `Laatst bewaard: ${datum(m.gewijzigd)}`}</span>
          </span>
          {m.status === 'onleesbaar' ? (
            <span class="utrecht-button-group" role="group" aria-label="Acties voor het onleesbare model">
              <Knop onClick={() => downloadText(`barrieremodel-onleesbaar-${m.id}.txt`, props.opslag.storage?.getItem(modelSleutel(m.id)) ?? '', 'text/plain')}>Download de onleesbare gegevens</Knop>
            </span>
          ) : verwijderen === m.id ? (
            <span class="utrecht-button-group" role="group" aria-label={`Verwijderen bevestigen: ${m.titel}`}>
              <span class="bm-klein">Weet u het zeker? Dit kan niet ongedaan worden gemaakt.</span>
              <Knop soort="primary-action" onClick={() => { setVerwijderen(null); void meld(bib.verwijder(m.id), 'Model verwijderd.'); }}>Ja, verwijderen</Knop>
              <Knop soort="subtle" onClick={() => setVerwijderen(null)}>Annuleren</Knop>
            </span>
          ) : (
            <span class="utrecht-button-group" role="group" aria-label={`Acties voor ${m.titel || 'naamloos model'}`}>
              <Knop soort="primary-action" onClick={() => props.onOpen(m.id)} label={`Openen: ${m.titel || 'naamloos model'}`}>Openen</Knop>
              <Knop onClick={() => void meld(bib.dupliceer(m.id).then((r) => (r.ok ? { ...r, value: r.value.titel } : r)), 'Kopie gemaakt.')} label={`Dupliceren: ${m.titel || 'naamloos model'}`}>Dupliceren</Knop>
              <Knop onClick={() => setHernoemen(m.id)} label={`Naam wijzigen: ${m.titel || 'naamloos model'}`}>Naam wijzigen</Knop>
              <Knop soort="subtle" onClick={() => setVerwijderen(m.id)} label={`Verwijderen: ${m.titel || 'naamloos model'}`}>Verwijderen</Knop>
            </span>
          )}
        </>
      )}
      {!sub && subs(m.id).length > 0 && <ul class="bm-modellijst bm-modellijst--sub">{subs(m.id).map((s) => regel(s, true))}</ul>}
    </li>
  );

  return (
    <section aria-labelledby="bm-kop-modellen">
      <h2 class="utrecht-heading-2" id="bm-kop-modellen" tabIndex={-1}>Uw modellen op dit apparaat</h2>
      <Uitleg tekst={props.uitleg['privacy']} />
      {regels.length === 0 ? (
        <p class="utrecht-paragraph">Er staan nog geen modellen op dit apparaat. Begin met een sjabloon of importeer een bestand.</p>
      ) : (
        <ul class="bm-modellijst">{hoofd.map((m) => regel(m))}</ul>
      )}
      <h3 class="utrecht-heading-3">Nieuw model</h3>
      <ul class="bm-sjablonen">
        {props.sjablonen.map((sj) => (
          <li key={sj.id} class="bm-sjabloon">
            <h4 class="utrecht-heading-4">{sj.naam}</h4>
            <p class="utrecht-paragraph">{sj.uitleg}</p>
            <Knop soort="primary-action" id={`bm-nieuw-${sj.id}`} onClick={() => props.onNieuw(sj)}>Nieuw model: {sj.naam}</Knop>
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">Model importeren</h3>
      <Importeren onImporteer={props.onImporteer} id="bm-import-lijst" />
    </section>
  );
}

export function Importeren({ onImporteer, id, uitleg }: { onImporteer: (file: File) => void; id: string; uitleg?: string }) {
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={id}>Kies een JSON-bestand dat met dit instrument is geëxporteerd</label>
      <p class="utrecht-form-field-description" id={`${id}-uitleg`}>{uitleg ?? 'Het model wordt als nieuw model geopend; modellen die al op dit apparaat staan, blijven zoals ze zijn.'}</p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        class="bm-bestand"
        aria-describedby={`${id}-uitleg`}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onImporteer(file);
          input.value = '';
        }}
      />
    </div>
  );
}
