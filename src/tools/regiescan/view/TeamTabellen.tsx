/** The tables of the team result. All figures on one scale: 0–100 (means, spread in points, lowest and highest). */
import type { RolGroep } from '../domain/rollen.ts';
import { rond, type TeamDimensie, type TeamStelling } from '../domain/team.ts';
import type { Verschil } from '../domain/teamvergelijking.ts';
import { getal, verschilTekst } from './common.tsx';

const th = 'utrecht-table__header-cell';
const thNum = `${th} utrecht-table__header-cell--numeric-column`;
const td = 'utrecht-table__cell';
const tdNum = `${td} utrecht-table__cell--numeric-column`;

export const EENHEID = 'Alle cijfers zijn punten op de schaal van 0 tot 100. De spreiding is de standaardafwijking in punten: hoe hoger, hoe meer de antwoorden uiteenlopen.';

function Verdeling({ s, labels, weetNiet }: { s: TeamStelling; labels: readonly string[]; weetNiet: string }) {
  const delen = s.verdeling.map((n, i) => `${labels[i]}: ${n}`);
  if (s.weetNiet) delen.push(`${weetNiet.toLowerCase()}: ${s.weetNiet}`);
  if (s.open) delen.push(`niet ingevuld: ${s.open}`);
  return <>{delen.join(', ')}</>;
}

export function StellingTabel(props: { id: string; caption: string; stellingen: TeamStelling[]; labels: readonly string[]; weetNiet: string; vergelijking?: Map<string, Verschil> | undefined }) {
  const v = props.vergelijking;
  return (
    <div class="regiescan__tabel-wrap" role="region" aria-label={props.caption} tabIndex={0}>
      <table class="utrecht-table regiescan__tabel" id={props.id}>
        <caption class="utrecht-table__caption">{props.caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class={th} scope="col">Stelling</th>
            <th class={thNum} scope="col">Gemiddeld (0–100)</th>
            <th class={thNum} scope="col">Spreiding (punten)</th>
            {v && <th class={thNum} scope="col">Verschil met eerder (punten)</th>}
            <th class={th} scope="col">Antwoorden (aantal)</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {props.stellingen.map((s) => (
            <tr class="utrecht-table__row" key={s.stellingId}>
              <th class={`${th} regiescan__stelling-cel`} scope="row">{s.tekst}</th>
              <td class={tdNum}>{getal(rond(s.gemiddelde))}</td>
              <td class={tdNum}>{getal(rond(s.sd))}</td>
              {v && <td class={tdNum}>{verschilTekst(v.get(s.stellingId)?.verschil ?? null)}</td>}
              <td class={td}>
                <Verdeling s={s} labels={props.labels} weetNiet={props.weetNiet} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DimensieTabel({ dimensies, vergelijking }: { dimensies: TeamDimensie[]; vergelijking: Verschil[] | null }) {
  return (
    <div class="regiescan__tabel-wrap" role="region" aria-label="Tabel met gemiddelde en spreiding per onderdeel" tabIndex={0}>
      <table class="utrecht-table regiescan__tabel" id="teamtabel">
        <caption class="utrecht-table__caption">Score per onderdeel over alle scans, in punten van 0 tot 100 (de nummers staan ook in de grafiek)</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class={th} scope="col">Nr.</th>
            <th class={th} scope="col">Onderdeel</th>
            <th class={thNum} scope="col">Gemiddeld (0–100)</th>
            <th class={thNum} scope="col">Spreiding (punten)</th>
            <th class={th} scope="col">Laagste – hoogste (0–100)</th>
            {vergelijking && <th class={thNum} scope="col">Eerder (0–100)</th>}
            {vergelijking && <th class={thNum} scope="col">Verschil (punten)</th>}
            <th class={thNum} scope="col">Scans met score</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {dimensies.map((d, i) => (
            <tr class="utrecht-table__row" key={d.dimensieId}>
              <td class={td}>{i + 1}</td>
              <th class={th} scope="row">{d.titel}</th>
              <td class={tdNum}>{getal(rond(d.gemiddelde))}</td>
              <td class={tdNum}>{getal(rond(d.sd))}</td>
              <td class={td}>{d.min === null ? '–' : `${d.min} – ${d.max}`}</td>
              {vergelijking && <td class={tdNum}>{getal(vergelijking[i]!.eerder)}</td>}
              {vergelijking && <td class={tdNum}>{verschilTekst(vergelijking[i]!.verschil)}</td>}
              <td class={tdNum}>{d.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RolTabel({ rollen, rolLabel, titels, drempel }: { rollen: RolGroep[]; rolLabel: (r: string) => string; titels: string[]; drempel: number }) {
  return (
    <div class="regiescan__tabel-wrap" role="region" aria-label="Tabel met de uitsplitsing per rol" tabIndex={0}>
      <table class="utrecht-table regiescan__tabel" id="roltabel">
        <caption class="utrecht-table__caption">Gemiddelde per rol, in punten van 0 tot 100</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class={th} scope="col">Rol</th>
            <th class={thNum} scope="col">Scans</th>
            <th class={thNum} scope="col">Totaal (0–100)</th>
            {titels.map((t, i) => (
              <th class={thNum} scope="col" key={t}>
                <abbr title={t}>{i + 1}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rollen.map((g) => (
            <tr class="utrecht-table__row" key={g.rol}>
              <th class={th} scope="row">{rolLabel(g.rol)}</th>
              <td class={tdNum}>{g.n}</td>
              {g.verborgen ? (
                <td class={td} colSpan={titels.length + 1}>
                  {g.verborgen === 'te-klein'
                    ? `Verborgen: minder dan ${drempel} scans, dan zijn antwoorden tot personen terug te leiden.`
                    : 'Verborgen: anders zijn de kleine groepen terug te rekenen uit het totaal.'}
                </td>
              ) : (
                <>
                  <td class={tdNum}>{getal(rond(g.totaal!.gemiddelde))}</td>
                  {g.dimensies!.map((d) => (
                    <td class={tdNum} key={d.dimensieId}>
                      {getal(rond(d.gemiddelde))}
                    </td>
                  ))}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
