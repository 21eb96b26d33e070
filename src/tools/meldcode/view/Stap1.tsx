import type { StapProps } from './context.ts';
import { Button, SelectField, RadioGroup } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { Kindcheck } from './Kindcheck.tsx';
import { BijzondereVormen } from './BijzondereVormen.tsx';
import { tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { isRelevant } from '../domain/regels.ts';
import { nieuwId, type Signaal } from '../domain/model.ts';

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
      <Tekstveld id="mc-signalen-datum" regel type="date" label={veldLabel(t, 1, 'signalenDatum')} value={d.signalenDatum} onInput={(v) => wijzig((x) => ({ ...x, signalenDatum: v }))} />
      <section aria-labelledby="mc-signalen-kop" class="mc-blok">
        <h3 class="utrecht-heading-3" id="mc-signalen-kop" tabIndex={-1}>
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
                <SelectField
                  id={`mc-${s.id}-categorie`}
                  label={veldLabel(t, 1, 'categorie')}
                  placeholder={tekst(t, 'ui-kies')}
                  options={cats.map((c) => ({ value: c.id, label: c.label }))}
                  value={s.categorie}
                  onChange={(v) => zetSignaal(s.id, { categorie: v })}
                />
                <Tekstveld
                  id={`mc-${s.id}-omschrijving`}
                  label={veldLabel(t, 1, 'omschrijving')}
                  description={veldHulp(t, 1, 'omschrijving')}
                  value={s.omschrijving}
                  onInput={(v) => zetSignaal(s.id, { omschrijving: v })}
                  error={fout('signalen') && !s.omschrijving.trim() ? fout('signalen') : undefined}
                />
                <SelectField
                  id={`mc-${s.id}-bronsoort`}
                  label={veldLabel(t, 1, 'bronSoort')}
                  placeholder={tekst(t, 'ui-kies')}
                  options={t.lijsten.bronsoorten.map((c) => ({ value: c.id, label: c.label }))}
                  value={s.bronSoort}
                  onChange={(v) => zetSignaal(s.id, { bronSoort: v })}
                />
                <Tekstveld id={`mc-${s.id}-bron`} regel label={veldLabel(t, 1, 'bron')} description={veldHulp(t, 1, 'bron')} value={s.bron} onInput={(v) => zetSignaal(s.id, { bron: v })} />
                <RadioGroup
                  id={`mc-${s.id}-richting`}
                  legend={veldLabel(t, 1, 'richting')}
                  options={[
                    { value: 'bevestigt', label: tekst(t, 'richting-bevestigt') },
                    { value: 'ontkracht', label: tekst(t, 'richting-ontkracht') },
                  ]}
                  value={s.richting}
                  onChange={(v) => zetSignaal(s.id, { richting: v as Signaal['richting'] })}
                />
                <Button variant="subtle" onClick={() => verwijder(s.id)}>
                  {tekst(t, 'ui-signaal-verwijderen', { n: String(i + 1) })}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button id="mc-signaal-toevoegen" onClick={voegToe}>
          {tekst(t, 'ui-signaal-toevoegen')}
        </Button>
      </section>
      <Tekstveld
        id="mc-beschermend"
        label={veldLabel(t, 1, 'beschermendeFactoren')}
        description={veldHulp(t, 1, 'beschermendeFactoren')}
        value={d.beschermendeFactoren}
        onInput={(v) => wijzig((x) => ({ ...x, beschermendeFactoren: v }))}
      />
      <BijzondereVormen {...p} />
      {isRelevant(d, sector, 'kindcheck') && <Kindcheck {...p} />}
    </>
  );
}
