/**
 * Team scan: the facilitator loads the exported scans of all respondents and sees per dimension and
 * per statement the mean and the spread, with the statements of most disagreement first.
 * Nothing is stored; the files stay on this device.
 */
import { useState } from 'preact/hooks';
import { downloadText, fileName, readTextFile } from '../../../lib/browser-file.ts';
import { MAX_BESTAND_BYTES, leesBestand } from '../domain/bestand.ts';
import { teamCsv } from '../domain/export.ts';
import { naar100, teamUitslag, verwijder, voegToe, type TeamBestand, type TeamStelling } from '../domain/team.ts';
import { BestandKiezer, Meldingen, getal, useDetailsOpenBijAfdrukken, useSchermFocus, type Melding } from './common.tsx';
import { RadarChart } from './RadarChart.tsx';
import type { RegiescanProps } from './types.ts';
import './regiescan.css';

const AANTAL_STARTERS = 10;

function Verdeling({ s, labels, weetNiet }: { s: TeamStelling; labels: string[]; weetNiet: string }) {
  const delen = s.verdeling.map((n, i) => `${labels[i]}: ${n}`);
  if (s.weetNiet) delen.push(`${weetNiet.toLowerCase()}: ${s.weetNiet}`);
  if (s.open) delen.push(`niet ingevuld: ${s.open}`);
  return <>{delen.join(', ')}</>;
}

function StellingTabel({ id, caption, stellingen, labels, weetNiet }: { id: string; caption: string; stellingen: TeamStelling[]; labels: string[]; weetNiet: string }) {
  return (
    <table class="utrecht-table regiescan__tabel" id={id}>
      <caption class="utrecht-table__caption">{caption}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">Stelling</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Gemiddeld (0–100)</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Spreiding</th>
          <th class="utrecht-table__header-cell" scope="col">Antwoorden</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {stellingen.map((s) => (
          <tr class="utrecht-table__row" key={s.stellingId}>
            <th class="utrecht-table__header-cell regiescan__stelling-cel" scope="row">{s.tekst}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(naar100(s.gemiddelde))}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(s.sd, 2)}</td>
            <td class="utrecht-table__cell">
              <Verdeling s={s} labels={labels} weetNiet={weetNiet} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function TeamScan({ catalogus, teksten }: RegiescanProps) {
  useDetailsOpenBijAfdrukken();
  const [team, setTeam] = useState<TeamBestand[]>([]);
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const kopRef = useSchermFocus(team.length ? 'uitslag' : 'leeg', team.length ? `Teamscan met ${team.length} scans – Regiescan` : 'Teamscan – Regiescan');

  async function laad(files: File[]) {
    let lijst = team;
    const nieuw: Melding[] = [];
    let toegevoegd = 0;
    for (const file of files) {
      const tekst = await readTextFile(file, MAX_BESTAND_BYTES);
      const r = tekst.ok ? leesBestand(tekst.value) : tekst;
      if (!r.ok) {
        nieuw.push({ soort: 'error', tekst: `${file.name}: ${r.message}` });
        continue;
      }
      const erbij = voegToe(lijst, { naam: file.name, opgeslagen: r.value.opgeslagen, scan: r.value.data });
      if (!erbij.ok) nieuw.push({ soort: 'error', tekst: erbij.message });
      else {
        lijst = erbij.value.team;
        toegevoegd++;
        if (erbij.value.waarschuwing) nieuw.push({ soort: 'warning', tekst: erbij.value.waarschuwing });
      }
    }
    if (toegevoegd) nieuw.unshift({ soort: 'ok', tekst: `${toegevoegd} ${toegevoegd === 1 ? 'scan' : 'scans'} toegevoegd. De teamscan telt nu ${lijst.length} ${lijst.length === 1 ? 'scan' : 'scans'}.` });
    setTeam(lijst);
    setMeldingen(nieuw);
  }

  const u = teamUitslag(catalogus, team);
  const labels = teksten.schaal;
  const rolLabel = (id: string) => teksten.context.respondentRol.opties.find((o) => o.id === id)?.label ?? 'Rol niet opgegeven';
  const afwijkend = u.koppelingen.filter((k) => k.stellingenVersie !== catalogus.stellingenVersie || k.nietGekoppeld.length || k.ontbrekend);

  return (
    <div class="regiescan">
      <h2 class="utrecht-heading-2 regiescan__kop" tabIndex={-1} ref={kopRef}>
        {team.length ? `Teamscan met ${team.length} ${team.length === 1 ? 'scan' : 'scans'}` : 'Scans laden'}
      </h2>
      <BestandKiezer
        id="team-bestanden"
        label="Voeg scans toe (JSON-bestanden)"
        uitleg="U kunt meer bestanden tegelijk kiezen, en later nog bestanden toevoegen. De bestanden blijven op dit apparaat."
        meerdere
        onKies={(f) => void laad(f)}
      />
      <Meldingen meldingen={meldingen} />

      {team.length > 0 && (
        <>
          <section class="regiescan__sectie" aria-labelledby="kop-bestanden">
            <h3 class="utrecht-heading-3" id="kop-bestanden">
              Geladen scans
            </h3>
            <ul class="utrecht-unordered-list regiescan__bestanden">
              {team.map((b, i) => (
                <li key={`${b.naam}-${b.opgeslagen}`}>
                  {b.naam} ({rolLabel(b.scan.context.respondentRol)}){' '}
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--subtle no-print"
                    onClick={() => {
                      setTeam(verwijder(team, i));
                      setMeldingen([{ soort: 'info', tekst: `"${b.naam}" is uit de teamscan gehaald.` }]);
                    }}
                  >
                    Verwijder {b.naam}
                  </button>
                </li>
              ))}
            </ul>
            <p class="utrecht-paragraph">
              Rollen: {Object.entries(u.rollen).map(([rol, n]) => `${rolLabel(rol)}: ${n}`).join('; ')}.
            </p>
            {afwijkend.length > 0 && (
              <div class="utrecht-alert utrecht-alert--info regiescan__alert">
                <div class="utrecht-alert__content">
                <p class="utrecht-paragraph">Niet alle scans passen precies op deze versie van de stellingen (versie {catalogus.stellingenVersie}). De antwoorden zijn per stelling gekoppeld:</p>
                <ul class="utrecht-unordered-list">
                  {afwijkend.map((k) => (
                    <li key={k.naam}>
                      {k.naam} (versie {k.stellingenVersie}): {k.gekoppeld} gekoppeld
                      {k.nietGekoppeld.length > 0 && `; niet te koppelen: ${k.nietGekoppeld.join(', ')}`}
                      {k.ontbrekend > 0 && `; ${k.ontbrekend} ${k.ontbrekend === 1 ? 'stelling' : 'stellingen'} zonder antwoord`}.
                    </li>
                  ))}
                </ul>
                </div>
              </div>
            )}
          </section>

          <section class="regiescan__sectie" aria-labelledby="kop-gesprek">
            <h3 class="utrecht-heading-3" id="kop-gesprek">
              Hier bent u het het minst over eens
            </h3>
            {u.gespreksstarters.length && u.gespreksstarters[0]!.sd! > 0 ? (
              <>
                <p class="utrecht-paragraph">
                  Bij deze stellingen lopen de antwoorden het verst uiteen. Begin het gesprek hier: waarom ziet de een het anders dan de ander?
                </p>
                <StellingTabel
                  id="gespreksstarters"
                  caption={`De ${Math.min(AANTAL_STARTERS, u.gespreksstarters.length)} stellingen met de grootste spreiding`}
                  stellingen={u.gespreksstarters.slice(0, AANTAL_STARTERS)}
                  labels={labels}
                  weetNiet={teksten.weetNiet}
                />
              </>
            ) : (
              <p class="utrecht-paragraph">Voor de spreiding zijn minstens twee antwoorden per stelling nodig die van elkaar verschillen.</p>
            )}
          </section>

          <section class="regiescan__sectie" aria-labelledby="kop-team-dimensies">
            <h3 class="utrecht-heading-3" id="kop-team-dimensies">
              Gemiddelde en spreiding per onderdeel
            </h3>
            <p class="utrecht-paragraph">
              De spreiding is de standaardafwijking van de scores, in punten op de schaal van 0 tot 100. Hoe hoger, hoe meer de scores uiteenlopen.
            </p>
            <div class="regiescan__grafiek-en-tabel">
              <RadarChart
                id="radar-team"
                titel="Gemiddelde score van het team per onderdeel (0 tot 100)"
                labels={u.dimensies.map((_, i) => String(i + 1))}
                namen={u.dimensies.map((d) => d.titel)}
                reeksen={[{ naam: 'Gemiddelde', waarden: u.dimensies.map((d) => (d.gemiddelde === null ? null : Math.round(d.gemiddelde))), stijl: 'hoofd' }]}
              />
              <div class="regiescan__tabel-wrap" role="region" aria-label="Tabel met gemiddelde en spreiding per onderdeel" tabIndex={0}>
              <table class="utrecht-table regiescan__tabel" id="teamtabel">
                <caption class="utrecht-table__caption">Score per onderdeel over alle scans, van 0 tot 100 (de nummers staan ook in de grafiek)</caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">Nr.</th>
                    <th class="utrecht-table__header-cell" scope="col">Onderdeel</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Gemiddeld</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Spreiding</th>
                    <th class="utrecht-table__header-cell" scope="col">Laagste – hoogste</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Scans met score</th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  {u.dimensies.map((d, i) => (
                    <tr class="utrecht-table__row" key={d.dimensieId}>
                      <td class="utrecht-table__cell">{i + 1}</td>
                      <th class="utrecht-table__header-cell" scope="row">{d.titel}</th>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(d.gemiddelde)}</td>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{getal(d.sd, 1)}</td>
                      <td class="utrecht-table__cell">{d.min === null ? '–' : `${d.min} – ${d.max}`}</td>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{d.n}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </div>
          </section>

          <section class="regiescan__sectie" aria-labelledby="kop-team-stellingen">
            <h3 class="utrecht-heading-3" id="kop-team-stellingen">
              Alle stellingen per onderdeel
            </h3>
            <p class="utrecht-paragraph">De spreiding is de standaardafwijking op de schaal van 0 (niet) tot 3 (volledig). Hoe hoger, hoe meer de antwoorden uiteenlopen.</p>
            {catalogus.dimensies.map((d) => (
              <details class="regiescan__details" key={d.id}>
                <summary>{d.titel}</summary>
                <StellingTabel
                  id={`stellingen-${d.id}`}
                  caption={`Stellingen van ${d.titel}`}
                  stellingen={u.stellingen.filter((s) => s.dimensieId === d.id)}
                  labels={labels}
                  weetNiet={teksten.weetNiet}
                />
              </details>
            ))}
          </section>

          <div class="utrecht-button-group no-print">
            <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
              Rapport afdrukken of als pdf bewaren
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => downloadText(fileName('regiescan-team', 'csv'), '\uFEFF' + teamCsv(u, catalogus, teksten), 'text/csv')}
            >
              Download als spreadsheet (CSV)
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--subtle"
              onClick={() => {
                setTeam([]);
                setMeldingen([{ soort: 'info', tekst: 'Alle scans zijn uit de teamscan gehaald.' }]);
              }}
            >
              Alle scans weghalen
            </button>
          </div>
        </>
      )}
    </div>
  );
}
