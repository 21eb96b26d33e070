import type { StapProps } from './context.ts';
import { RadioGroep, Melding } from './velden.tsx';
import { sectorTekst, tekst, titel, veldHulp, veldLabel } from '../domain/teksten.ts';
import type { Betrokkene, JaNee } from '../domain/model.ts';

export function StartScherm({ t, d, sector, wijzig, fout }: StapProps) {
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
      {s?.medewerkerRoute && d.medewerkerVermoeden === 'ja' && sector?.medewerkerRoute && (
        <Melding soort="warning" titel={s.medewerkerRoute.titel}>
          {s.medewerkerRoute.uitleg.map((p) => (
            <p class="utrecht-paragraph">{p}</p>
          ))}
        </Melding>
      )}
      <RadioGroep
        id="mc-betrokkene"
        legend={veldLabel(t, 'start', 'betrokkene')}
        opties={t.lijsten.betrokkenen.map((b) => ({ value: b.id, label: b.label }))}
        value={d.betrokkene}
        onChange={(v) => wijzig((x) => ({ ...x, betrokkene: v as Betrokkene }))}
        fout={fout('betrokkene')}
      />
    </>
  );
}
