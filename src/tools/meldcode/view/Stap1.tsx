import type { StapProps } from './context.ts';
import { Keuzelijst, RadioGroep, Tekstveld, Vinkjes, Melding } from './velden.tsx';
import { tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { isRelevant } from '../domain/regels.ts';
import { nieuwId, type Dossier, type KindcheckUitkomst, type Signaal } from '../domain/model.ts';

export function Stap1(p: StapProps) {
  const { t, d, wijzig, fout, sector } = p;
  const cats = t.lijsten.signaalcategorieen.filter((c) => !c.voor || (d.betrokkene && c.voor.includes(d.betrokkene)));
  const zetSignaal = (id: string, deel: Partial<Signaal>) =>
    wijzig((x) => ({ ...x, signalen: x.signalen.map((s) => (s.id === id ? { ...s, ...deel } : s)) }));
  const voegToe = () => {
    const id = nieuwId('s', d.signalen);
    wijzig((x) => ({ ...x, signalen: [...x.signalen, { id, categorie: '', omschrijving: '', bronSoort: '', bron: '', richting: 'bevestigt' }] }));
    requestAnimationFrame(() => document.getElementById(`mc-${id}-categorie`)?.focus());
  };
  const verwijder = (id: string) => {
    wijzig((x) => ({ ...x, signalen: x.signalen.filter((s) => s.id !== id) }));
    requestAnimationFrame(() => document.getElementById('mc-signaal-toevoegen')?.focus());
  };
  return (
    <>
      <section aria-labelledby="mc-signalen-kop" class="mc-blok">
        <h3 class="utrecht-heading-3" id="mc-signalen-kop">
          {veldLabel(t, 1, 'signalen')}
        </h3>
        <details class="mc-details">
          <summary>{tekst(t, 'ui-voorbeelden')}</summary>
          <p class="utrecht-paragraph">{tekst(t, 'ui-voorbeelden-let-op')}</p>
          <ul class="utrecht-unordered-list">
            {cats
              .filter((c) => c.voorbeelden)
              .map((c) => (
                <li class="utrecht-unordered-list__item">
                  <strong>{c.label}:</strong> {c.voorbeelden!.join('; ')}
                </li>
              ))}
          </ul>
        </details>
        {fout('signalen') && (
          <p class="utrecht-form-field-error-message" id="mc-signalen">
            {fout('signalen')}
          </p>
        )}
        {d.signalen.length === 0 && <p class="utrecht-paragraph">{tekst(t, 'ui-geen-signalen')}</p>}
        <ol class="mc-kaarten">
          {d.signalen.map((s, i) => (
            <li class="mc-kaart" key={s.id}>
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{tekst(t, 'ui-signaal-nummer', { n: String(i + 1) })}</legend>
                <Keuzelijst
                  id={`mc-${s.id}-categorie`}
                  label={veldLabel(t, 1, 'categorie')}
                  leeg={tekst(t, 'ui-kies')}
                  opties={cats.map((c) => ({ value: c.id, label: c.label }))}
                  value={s.categorie}
                  onChange={(v) => zetSignaal(s.id, { categorie: v })}
                />
                <Tekstveld
                  id={`mc-${s.id}-omschrijving`}
                  label={veldLabel(t, 1, 'omschrijving')}
                  hulp={veldHulp(t, 1, 'omschrijving')}
                  value={s.omschrijving}
                  onInput={(v) => zetSignaal(s.id, { omschrijving: v })}
                  fout={fout('signalen') && !s.omschrijving.trim() ? fout('signalen') : undefined}
                />
                <Keuzelijst
                  id={`mc-${s.id}-bronsoort`}
                  label={veldLabel(t, 1, 'bronSoort')}
                  leeg={tekst(t, 'ui-kies')}
                  opties={t.lijsten.bronsoorten.map((c) => ({ value: c.id, label: c.label }))}
                  value={s.bronSoort}
                  onChange={(v) => zetSignaal(s.id, { bronSoort: v })}
                />
                <Tekstveld id={`mc-${s.id}-bron`} regel label={veldLabel(t, 1, 'bron')} hulp={veldHulp(t, 1, 'bron')} value={s.bron} onInput={(v) => zetSignaal(s.id, { bron: v })} />
                <RadioGroep
                  id={`mc-${s.id}-richting`}
                  legend={veldLabel(t, 1, 'richting')}
                  opties={[
                    { value: 'bevestigt', label: tekst(t, 'richting-bevestigt') },
                    { value: 'ontkracht', label: tekst(t, 'richting-ontkracht') },
                  ]}
                  value={s.richting}
                  onChange={(v) => zetSignaal(s.id, { richting: v as Signaal['richting'] })}
                />
                <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => verwijder(s.id)}>
                  {tekst(t, 'ui-signaal-verwijderen', { n: String(i + 1) })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" id="mc-signaal-toevoegen" class="utrecht-button utrecht-button--secondary-action" onClick={voegToe}>
          {tekst(t, 'ui-signaal-toevoegen')}
        </button>
      </section>
      <Tekstveld
        id="mc-beschermend"
        label={veldLabel(t, 1, 'beschermendeFactoren')}
        hulp={veldHulp(t, 1, 'beschermendeFactoren')}
        value={d.beschermendeFactoren}
        onInput={(v) => wijzig((x) => ({ ...x, beschermendeFactoren: v }))}
      />
      {isRelevant(d, sector, 'kindcheck') && <Kindcheck {...p} />}
    </>
  );
}

function Kindcheck({ t, d, wijzig, fout }: StapProps) {
  const k = d.kindcheck;
  const zet = (deel: Partial<Dossier['kindcheck']>) => wijzig((x) => ({ ...x, kindcheck: { ...x.kindcheck, ...deel } }));
  const uitkomst = t.lijsten['kindcheck-uitkomsten'].find((u) => u.id === k.uitkomst);
  return (
    <section aria-labelledby="mc-kindcheck-kop" class="mc-blok mc-kindcheck">
      <h3 class="utrecht-heading-3" id="mc-kindcheck-kop">
        {tekst(t, 'ui-kindcheck-titel')}
      </h3>
      <p class="utrecht-paragraph">{tekst(t, 'ui-kindcheck-uitleg')}</p>
      <Vinkjes
        id="mc-kindcheck-aanleidingen"
        legend={veldLabel(t, 1, 'aanleidingen')}
        hulp={veldHulp(t, 1, 'aanleidingen')}
        opties={t.lijsten.oudersignalen.map((o) => ({ value: o.id, label: o.label }))}
        value={k.aanleidingen}
        onChange={(v) => zet({ aanleidingen: v })}
      />
      <Vinkjes
        id="mc-kindcheck-nagegaan"
        legend={veldLabel(t, 1, 'nagegaan')}
        opties={t.lijsten['kindcheck-controles'].map((o) => ({ value: o.id, label: o.label }))}
        value={k.nagegaan}
        onChange={(v) => zet({ nagegaan: v })}
      />
      <RadioGroep
        id="mc-kindcheck-uitkomst"
        legend={veldLabel(t, 1, 'uitkomst')}
        opties={t.lijsten['kindcheck-uitkomsten'].map((o) => ({ value: o.id, label: o.label, uitleg: o.uitleg }))}
        value={k.uitkomst}
        onChange={(v) => zet({ uitkomst: v as KindcheckUitkomst })}
        fout={fout('kindcheck')}
      />
      {uitkomst?.uitleg && (
        <Melding soort={k.uitkomst === 'geen-zorg' ? 'ok' : 'info'} rol="status">
          <p class="utrecht-paragraph">{uitkomst.uitleg}</p>
        </Melding>
      )}
      <Tekstveld id="mc-kindcheck-notitie" label={veldLabel(t, 1, 'notitie')} hulp={veldHulp(t, 1, 'notitie')} value={k.notitie} onInput={(v) => zet({ notitie: v })} />
    </section>
  );
}
