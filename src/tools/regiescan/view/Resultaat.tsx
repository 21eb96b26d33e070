/** The result: scores per dimension (chart + table), strongest and weakest, regiestijl, tips, comparison. */
import type { Catalogus, Scan } from '../domain/model.ts';
import { scoreScan } from '../domain/scoring.ts';
import { Actieplan, TerugblikTabel, type PlanActies } from './Actieplan.tsx';
import { Notities, Regiestijl, VergelijkingSectie, datumTekst } from './ResultaatDelen.tsx';
import { RangordeKolommen } from './Rangorde.tsx';
import { Tips } from './Tips.tsx';
import type { Vergelijking } from '../domain/vergelijking.ts';
import { getal, verschilTekst } from './common.tsx';
import { RadarChart, type Reeks } from './RadarChart.tsx';
import type { Teksten } from './types.ts';

export function Resultaat(props: { catalogus: Catalogus; teksten: Teksten; scan: Scan; vergelijking: Vergelijking | null; plan: PlanActies }) {
  const { catalogus, teksten, scan, vergelijking: v } = props;
  const u = scoreScan(catalogus, scan);
  const reeksen: Reeks[] = [{ naam: 'Deze scan', waarden: u.dimensies.map((d) => d.score), stijl: 'hoofd' }];
  if (v) reeksen.push({ naam: `Eerdere scan (${datumTekst(v.eerderDatum)})`, waarden: v.dimensies.map((d) => d.eerder), stijl: 'vergelijk' });
  const titel = (id: string) => catalogus.dimensies.find((d) => d.id === id)?.titel ?? id;

  const c = scan.context;
  const label = <K extends 'gemeenteRol' | 'grootte' | 'respondentRol'>(k: K) => teksten.context[k].opties.find((o) => o.id === c[k])?.label;
  const over = [label('gemeenteRol'), label('grootte'), label('respondentRol') && `ingevuld door: ${label('respondentRol')!.toLowerCase()}`].filter(Boolean);
  return (
    <div class="regiescan__resultaat">
      <p class="utrecht-paragraph regiescan__context-samenvatting">
        Scan van {datumTekst(c.datum)}
        {over.length ? `. ${over.join('; ')}.` : '.'}
      </p>
      <p class="utrecht-paragraph regiescan__totaal">
        Totaalscore: <strong>{u.totaal === null ? 'nog geen score' : `${u.totaal} van 100`}</strong>
        {u.totaalBand && <> ({u.totaalBand.label})</>}
      </p>
      <p class="utrecht-paragraph">
        U beantwoordde {u.beantwoord} van de {u.totaalStellingen} stellingen met een score. {u.weetNiet} keer koos u "{teksten.weetNiet.toLowerCase()}"
        {u.open ? `, en ${u.open} stellingen zijn nog niet ingevuld` : ''}. Die tellen niet mee in de score.
      </p>
      <RangordeKolommen rangorde={u.rangorde} naam={(d) => d.titel} />

      <h3 class="utrecht-heading-3">Score per onderdeel</h3>
      <div class="regiescan__grafiek-en-tabel">
        <RadarChart
          id="radar-scan"
          titel={v ? 'Score per onderdeel, nu en eerder (0 tot 100)' : 'Score per onderdeel (0 tot 100)'}
          labels={u.dimensies.map((_, i) => String(i + 1))}
          namen={u.dimensies.map((d) => d.titel)}
          reeksen={reeksen}
        />
        <div class="regiescan__tabel-wrap" role="region" aria-label="Tabel met de score per onderdeel" tabIndex={0}>
        <table class="utrecht-table regiescan__tabel" id="scoretabel">
          <caption class="utrecht-table__caption">Score per onderdeel, van 0 tot 100 (de nummers staan ook in de grafiek)</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">Nr.</th>
              <th class="utrecht-table__header-cell" scope="col">Onderdeel</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Score</th>
              <th class="utrecht-table__header-cell" scope="col">Band</th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Weet niet</th>
              {v && (
                <>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Eerder</th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Verschil</th>
                </>
              )}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {u.dimensies.map((d, i) => (
              <tr class="utrecht-table__row" key={d.dimensieId}>
                <td class="utrecht-table__cell">{i + 1}</td>
                <th class="utrecht-table__header-cell" scope="row">{d.titel}</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(d.score)}</td>
                <td class="utrecht-table__cell">{d.band?.label ?? '–'}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{d.weetNiet}</td>
                {v && (
                  <>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(v.dimensies[i]!.eerder)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{verschilTekst(v.dimensies[i]!.verschil)}</td>
                  </>
                )}
              </tr>
            ))}
            <tr class="utrecht-table__row regiescan__tabel-totaal">
              <td class="utrecht-table__cell"></td>
              <th class="utrecht-table__header-cell" scope="row">Totaal</th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(u.totaal)}</td>
              <td class="utrecht-table__cell">{u.totaalBand?.label ?? '–'}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{u.weetNiet}</td>
              {v && (
                <>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(v.totaal.eerder)}</td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{verschilTekst(v.totaal.verschil)}</td>
                </>
              )}
            </tr>
          </tbody>
        </table>
        </div>
      </div>

      {v && <VergelijkingSectie v={v} teksten={teksten} />}
      <Regiestijl catalogus={catalogus} teksten={teksten} scan={scan} />
      <Actieplan plan={scan.actieplan} titel={titel} onWijzig={props.plan.onWijzig} onVerwijder={props.plan.onVerwijder} />
      {v && <TerugblikTabel terugblik={v.terugblik} />}
      <Tips dimensies={u.dimensies} teksten={teksten} inPlan={(d, t) => scan.actieplan.some((a) => a.dimensieId === d && a.tekst === t)} onKies={props.plan.onKies} />
      <Notities catalogus={catalogus} scan={scan} />
    </div>
  );
}
