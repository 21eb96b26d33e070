import type { StapProps } from './context.ts';
import { RadioGroup, Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
import { BijzondereVormen } from './BijzondereVormen.tsx';
import { MedewerkerRoute } from './MedewerkerRoute.tsx';
import { regelNotitie, sectorTekst, tekst, titel, veldHulp, veldLabel } from '../domain/teksten.ts';
import { RegelBlok } from './RegelBlok.tsx';
import type { Betrokkene, JaNee, Route } from '../domain/model.ts';

export function StartScherm(p: StapProps) {
  const { t, d, sector, wijzig, fout } = p;
  const s = sectorTekst(t, d.sector);
  const sectoren = [...t.sectoren].sort((a, b) => a.volgorde - b.volgorde);
  return (
    <>
      <details class="mc-details mc-routewijzer">
        <summary>{t.regels.routewijzer.titel}</summary>
        <RegelBlok n={regelNotitie(t, 'routewijzer')} id="routewijzer" kop={false} />
      </details>
      <RadioGroup
        id="mc-acuut"
        legend={veldLabel(t, 'start', 'acuutGevaar')}
        description={veldHulp(t, 'start', 'acuutGevaar')}
        options={[
          { value: 'ja', label: tekst(t, 'waarde-ja') },
          { value: 'nee', label: tekst(t, 'waarde-nee') },
        ]}
        value={d.acuutGevaar}
        onChange={(v) => wijzig((x) => ({ ...x, acuutGevaar: v as JaNee }))}
        error={fout('acuutGevaar')}
      />
      {d.acuutGevaar === 'ja' && (
        <Alert type="error" title={titel(t, 'ui-veiligheid')} role="alert">
          <p class="utrecht-paragraph">{tekst(t, 'ui-veiligheid')}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="tel:112">
              {tekst(t, 'ui-bel-112')}
            </a>{' '}
            ·{' '}
            <a class="utrecht-link" href="tel:08002000">
              {tekst(t, 'ui-bel-vt')}
            </a>
          </p>
          <p class="utrecht-paragraph">{tekst(t, 'ui-verder-na-acuut')}</p>
        </Alert>
      )}
      <RadioGroup
        id="mc-sector"
        legend={veldLabel(t, 'start', 'sector')}
        description={veldHulp(t, 'start', 'sector')}
        options={sectoren.map((x) => ({ value: x.id, label: x.naam, description: x.omschrijving }))}
        value={d.sector}
        onChange={(v) => wijzig((x) => ({ ...x, sector: v }))}
        error={fout('sector')}
      />
      {s?.medewerkerRoute && (
        <RadioGroup
          id="mc-medewerker"
          legend={s.medewerkerRoute.vraag}
          options={[
            { value: 'ja', label: tekst(t, 'waarde-ja') },
            { value: 'nee', label: tekst(t, 'waarde-nee') },
          ]}
          value={d.medewerkerVermoeden}
          onChange={(v) => wijzig((x) => ({ ...x, medewerkerVermoeden: v as JaNee }))}
          error={fout('medewerkerVermoeden')}
        />
      )}
      {s?.medewerkerRoute && d.medewerkerVermoeden === 'ja' && sector?.medewerkerRoute && d.route === 'meldcode' && <MedewerkerRoute {...p} />}
      <RadioGroup
        id="mc-betrokkene"
        legend={veldLabel(t, 'start', 'betrokkene')}
        options={t.lijsten.betrokkenen.map((b) => ({ value: b.id, label: b.label }))}
        value={d.betrokkene}
        onChange={(v) => wijzig((x) => ({ ...x, betrokkene: v as Betrokkene }))}
        error={fout('betrokkene')}
      />
      {d.betrokkene && d.betrokkene !== 'kind' && (
        <RadioGroup
          id="mc-route"
          legend={tekst(t, 'ui-route')}
          options={[
            { value: 'meldcode', label: tekst(t, 'ui-route-meldcode') },
            { value: 'kindcheck', label: tekst(t, 'ui-route-kindcheck'), description: tekst(t, 'ui-route-kindcheck-uitleg') },
          ]}
          value={d.route}
          onChange={(v) => wijzig((x) => ({ ...x, route: v as Route }))}
        />
      )}
      {!(d.medewerkerVermoeden === 'ja' && sector?.medewerkerRoute) && <BijzondereVormen {...p} />}
      <Tekstveld id="mc-rol" regel label={veldLabel(t, 'start', 'rol')} description={veldHulp(t, 'start', 'rol')} value={d.rol} onInput={(v) => wijzig((x) => ({ ...x, rol: v }))} />
      <Tekstveld id="mc-kenmerk" regel label={veldLabel(t, 'start', 'kenmerk')} description={veldHulp(t, 'start', 'kenmerk')} value={d.kenmerk} onInput={(v) => wijzig((x) => ({ ...x, kenmerk: v }))} />
    </>
  );
}
