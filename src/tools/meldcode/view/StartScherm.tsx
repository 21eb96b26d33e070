import type { StapProps } from './context.ts';
import { RadioGroep, Melding, Tekstveld } from './velden.tsx';
import { BijzondereVormen } from './BijzondereVormen.tsx';
import { MedewerkerRoute } from './MedewerkerRoute.tsx';
import { sectorTekst, tekst, titel, veldHulp, veldLabel } from '../domain/teksten.ts';
import type { Betrokkene, JaNee, Route } from '../domain/model.ts';

export function StartScherm(p: StapProps) {
  const { t, d, sector, wijzig, fout } = p;
  const s = sectorTekst(t, d.sector);
  const sectoren = [...t.sectoren].sort((a, b) => a.volgorde - b.volgorde);
  return (
    <>
      <RadioGroep
        id="mc-acuut"
        legend={veldLabel(t, 'start', 'acuutGevaar')}
        hulp={veldHulp(t, 'start', 'acuutGevaar')}
        opties={[
          { value: 'ja', label: tekst(t, 'waarde-ja') },
          { value: 'nee', label: tekst(t, 'waarde-nee') },
        ]}
        value={d.acuutGevaar}
        onChange={(v) => wijzig((x) => ({ ...x, acuutGevaar: v as JaNee }))}
        fout={fout('acuutGevaar')}
      />
      {d.acuutGevaar === 'ja' && (
        <Melding soort="error" titel={titel(t, 'ui-veiligheid')} rol="alert">
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
        </Melding>
      )}
      <RadioGroep
        id="mc-sector"
        legend={veldLabel(t, 'start', 'sector')}
        hulp={veldHulp(t, 'start', 'sector')}
        opties={sectoren.map((x) => ({ value: x.id, label: x.naam, uitleg: x.omschrijving }))}
        value={d.sector}
        onChange={(v) => wijzig((x) => ({ ...x, sector: v }))}
        fout={fout('sector')}
      />
      {s?.medewerkerRoute && (
        <RadioGroep
          id="mc-medewerker"
          legend={s.medewerkerRoute.vraag}
          opties={[
            { value: 'ja', label: tekst(t, 'waarde-ja') },
            { value: 'nee', label: tekst(t, 'waarde-nee') },
          ]}
          value={d.medewerkerVermoeden}
          onChange={(v) => wijzig((x) => ({ ...x, medewerkerVermoeden: v as JaNee }))}
          fout={fout('medewerkerVermoeden')}
        />
      )}
      {s?.medewerkerRoute && d.medewerkerVermoeden === 'ja' && sector?.medewerkerRoute && d.route === 'meldcode' && <MedewerkerRoute {...p} />}
      <RadioGroep
        id="mc-betrokkene"
        legend={veldLabel(t, 'start', 'betrokkene')}
        opties={t.lijsten.betrokkenen.map((b) => ({ value: b.id, label: b.label }))}
        value={d.betrokkene}
        onChange={(v) => wijzig((x) => ({ ...x, betrokkene: v as Betrokkene }))}
        fout={fout('betrokkene')}
      />
      {d.betrokkene && d.betrokkene !== 'kind' && (
        <RadioGroep
          id="mc-route"
          legend={tekst(t, 'ui-route')}
          opties={[
            { value: 'meldcode', label: tekst(t, 'ui-route-meldcode') },
            { value: 'kindcheck', label: tekst(t, 'ui-route-kindcheck'), uitleg: tekst(t, 'ui-route-kindcheck-uitleg') },
          ]}
          value={d.route}
          onChange={(v) => wijzig((x) => ({ ...x, route: v as Route }))}
        />
      )}
      {!(d.medewerkerVermoeden === 'ja' && sector?.medewerkerRoute) && <BijzondereVormen {...p} />}
      <Tekstveld id="mc-rol" regel label={veldLabel(t, 'start', 'rol')} hulp={veldHulp(t, 'start', 'rol')} value={d.rol} onInput={(v) => wijzig((x) => ({ ...x, rol: v }))} />
      <Tekstveld id="mc-kenmerk" regel label={veldLabel(t, 'start', 'kenmerk')} hulp={veldHulp(t, 'start', 'kenmerk')} value={d.kenmerk} onInput={(v) => wijzig((x) => ({ ...x, kenmerk: v }))} />
    </>
  );
}
