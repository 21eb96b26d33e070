/**
 * The team report: summary first (total, strongest and weakest, the widest disagreements, the action
 * plan), then the breakdown by role, chart and table, tips, and the full answer table as an annex.
 */
import { useState } from 'preact/hooks';
import type { Actie } from '../domain/actieplan.ts';
import type { Catalogus } from '../domain/model.ts';
import { ANONIMITEITSDREMPEL, type RolGroep } from '../domain/rollen.ts';
import { bandVoor, type DimensieScore } from '../domain/scoring.ts';
import { rond, type TeamUitslag } from '../domain/team.ts';
import type { TeamVergelijking } from '../domain/teamvergelijking.ts';
import { Checkbox } from '../../../instrument/forms/index.ts';
import { Actieplan, TerugblikTabel, type PlanActies } from './Actieplan.tsx';
import { TeamNotities } from './TeamNotities.tsx';
import { getal, verschilTekst } from './common.tsx';
import { RadarChart, type Reeks } from './RadarChart.tsx';
import { RangordeKolommen } from './Rangorde.tsx';
import { DimensieTabel, EENHEID, RolTabel, StellingTabel } from './TeamTabellen.tsx';
import { Tips } from './Tips.tsx';
import type { Teksten } from './types.ts';

export function TeamRapport(props: { catalogus: Catalogus; teksten: Teksten; u: TeamUitslag; rollen: RolGroep[]; rolLabel: (r: string) => string; v: TeamVergelijking | null; plan: Actie[]; planActies: PlanActies; notities: Record<string, string>; onNotitie: (stellingId: string, tekst: string) => void }) {
  const { catalogus, teksten, u, v } = props;
  const [bijlage, setBijlage] = useState(true);
  const banden = catalogus.banden;
  const scores: DimensieScore[] = u.dimensies.map((d) => {
    const score = rond(d.gemiddelde);
    return { dimensieId: d.dimensieId, titel: d.titel, score, band: bandVoor(score, banden), beantwoord: d.n, weetNiet: 0, open: 0, totaal: d.n };
  });
  const reeksen: Reeks[] = [{ naam: 'Gemiddelde van het team', waarden: scores.map((d) => d.score), stijl: 'hoofd' }];
  if (v) reeksen.push({ naam: 'Eerder teamresultaat', waarden: v.dimensies.map((d) => d.eerder), stijl: 'vergelijk' });
  const verborgen = props.rollen.filter((g) => g.verborgen);
  const titel = (id: string) => catalogus.dimensies.find((d) => d.id === id)?.titel ?? id;
  const perStelling = v ? new Map(v.stellingen.map((s) => [s.id, s])) : undefined;
  return (
    <div class="regiescan__resultaat">
      <section class="regiescan__sectie" aria-labelledby="kop-samenvatting">
        <h3 class="utrecht-heading-3" id="kop-samenvatting">
          Samenvatting
        </h3>
        <p class="utrecht-paragraph regiescan__totaal" id="team-totaal">
          Totaalscore van het team: <strong>{u.totaal.gemiddelde === null ? 'nog geen score' : `${rond(u.totaal.gemiddelde)} van 100`}</strong>
          {u.totaal.sd !== null && <> (spreiding {getal(rond(u.totaal.sd))} punten, laagste {u.totaal.min}, hoogste {u.totaal.max})</>}
          {v && <> – eerder {getal(v.totaal.eerder)}, verschil {verschilTekst(v.totaal.verschil)} punten</>}.
        </p>
        <p class="utrecht-paragraph">{EENHEID}</p>
        <RangordeKolommen rangorde={u.rangorde} naam={(d) => d.titel} />
        <h4 class="utrecht-heading-4" id="kop-gesprek">
          Hier bent u het het minst over eens
        </h4>
        {u.gespreksstarters.length ? (
          <StellingTabel id="gespreksstarters" caption={`De ${Math.min(5, u.gespreksstarters.length)} stellingen met de grootste spreiding: begin het gesprek hier`} stellingen={u.gespreksstarters.slice(0, 5)} labels={teksten.schaal} weetNiet={teksten.weetNiet} />
        ) : (
          <p class="utrecht-paragraph">Voor de spreiding zijn minstens twee antwoorden per stelling nodig die van elkaar verschillen.</p>
        )}
        <TeamNotities stellingen={u.gespreksstarters.slice(0, 5)} alle={u.stellingen} notities={props.notities} onNotitie={props.onNotitie} />
        <Actieplan plan={props.plan} titel={titel} onWijzig={props.planActies.onWijzig} onVerwijder={props.planActies.onVerwijder} />
      </section>

      {v && <TerugblikTabel terugblik={v.terugblik} />}

      <section class="regiescan__sectie" aria-labelledby="kop-rollen">
        <h3 class="utrecht-heading-3" id="kop-rollen">
          Per rol
        </h3>
        <p class="utrecht-paragraph">
          Een rol ziet u alleen als minstens {ANONIMITEITSDREMPEL} mensen met die rol de scan invulden. Zo blijft anoniem wat iemand heeft geantwoord.
          {verborgen.length > 0 && ` ${verborgen.length === 1 ? 'Eén rol is' : `${verborgen.length} rollen zijn`} daarom verborgen.`}
        </p>
        <RolTabel rollen={props.rollen} rolLabel={props.rolLabel} titels={catalogus.dimensies.map((d) => d.titel)} drempel={ANONIMITEITSDREMPEL} />
      </section>

      <section class="regiescan__sectie" aria-labelledby="kop-team-dimensies">
        <h3 class="utrecht-heading-3" id="kop-team-dimensies">
          Gemiddelde en spreiding per onderdeel
        </h3>
        <div class="regiescan__grafiek-en-tabel">
          <RadarChart id="radar-team" titel="Gemiddelde score van het team per onderdeel (0 tot 100)" labels={scores.map((_, i) => String(i + 1))} namen={scores.map((d) => d.titel)} reeksen={reeksen} />
          <DimensieTabel dimensies={u.dimensies} vergelijking={v?.dimensies ?? null} />
        </div>
      </section>

      <Tips dimensies={scores} teksten={teksten} inPlan={(d, t) => props.plan.some((a) => a.dimensieId === d && a.tekst === t)} onKies={props.planActies.onKies} />

      <section class={`regiescan__sectie regiescan__bijlage${bijlage ? '' : ' no-print'}`} aria-labelledby="kop-team-stellingen">
        <h3 class="utrecht-heading-3" id="kop-team-stellingen">
          Bijlage: alle stellingen per onderdeel
        </h3>
        <div class="no-print">
          <Checkbox id="bijlage-printen" label="Deze bijlage meeprinten" checked={bijlage} onChange={setBijlage} />
        </div>
        {catalogus.dimensies.map((d) => (
          <details class="regiescan__details" key={d.id}>
            <summary>{d.titel}</summary>
            <StellingTabel id={`stellingen-${d.id}`} caption={`Stellingen van ${d.titel}`} stellingen={u.stellingen.filter((s) => s.dimensieId === d.id)} labels={teksten.schaal} weetNiet={teksten.weetNiet} vergelijking={perStelling} />
          </details>
        ))}
      </section>
    </div>
  );
}
