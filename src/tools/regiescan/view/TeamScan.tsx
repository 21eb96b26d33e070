/**
 * Team scan: the facilitator loads the respondents' files. The team result is kept on this device
 * (and can be saved as a file, reopened and compared with an earlier team result). Nothing leaves the device.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browserStorage, createDeviceStore } from '../../../lib/device-storage.ts';
import { downloadText, fileName, readTextFile } from '../../../lib/browser-file.ts';
import { verwijderActie, voegActieToe, wijzigActie, type Actie } from '../domain/actieplan.ts';
import { MAX_BESTAND_BYTES, alsScan, alsTeam, leesBestand, leesOpslag, naarJson, teamBestand, type TeamResultaat } from '../domain/bestand.ts';
import { teamCsv } from '../domain/export.ts';
import { EEN_MELDING_VANAF, groepeerFouten, respondentLabels, voegToe, type Afgewezen, type Geladen, type Kandidaat } from '../domain/respondenten.ts';
import { ANONIMITEITSDREMPEL, rolUitsplitsing } from '../domain/rollen.ts';
import { teamUitslag } from '../domain/team.ts';
import { vergelijkTeams } from '../domain/teamvergelijking.ts';
import { Alert, BestandKiezer, Meldingen, useDetailsOpenBijAfdrukken, useSchermFocus, type Melding } from './common.tsx';
import type { PlanActies } from './Resultaat.tsx';
import { TeamBestanden } from './TeamBestanden.tsx';
import { TeamRapport } from './TeamRapport.tsx';
import type { RegiescanProps } from './types.ts';
import './regiescan.css';

export const TEAM_SLEUTEL = 'veiligwijzer:regiescan-team';

async function leesBestanden(files: File[], doel: 'scan' | 'team') {
  const goed: Kandidaat[] = [];
  const teams: TeamResultaat[] = [];
  const fout: Afgewezen[] = [];
  for (const file of files) {
    const tekst = await readTextFile(file, MAX_BESTAND_BYTES);
    const r = tekst.ok ? leesBestand(tekst.value) : tekst;
    if (!r.ok) fout.push({ naam: file.name, reden: r.message });
    else if (doel === 'team') {
      const t = alsTeam(r.value.data);
      if (t.ok) teams.push(t.value);
      else fout.push({ naam: file.name, reden: t.message });
    } else {
      const s = alsScan(r.value.data);
      if (s.ok) goed.push({ naam: file.name, respondent: { opgeslagen: r.value.opgeslagen, scan: s.value } });
      else fout.push({ naam: file.name, reden: s.message });
    }
  }
  return { goed, teams, fout };
}

export default function TeamScan({ catalogus, teksten }: RegiescanProps) {
  useDetailsOpenBijAfdrukken();
  const store = useMemo(() => createDeviceStore({ key: TEAM_SLEUTEL, storage: browserStorage(), revive: leesOpslag }), []);
  const eerderStore = useMemo(() => createDeviceStore({ key: `${TEAM_SLEUTEL}:eerder`, storage: browserStorage(), revive: leesOpslag }), []);
  const [team, setTeam] = useState<Geladen[]>([]);
  const [plan, setPlan] = useState<Actie[]>([]);
  const [eerder, setEerder] = useState<TeamResultaat | null>(null);
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [afgewezen, setAfgewezen] = useState<Afgewezen[]>([]);
  const [opslagFout, setOpslagFout] = useState<string | null>(null);
  const [klaar, setKlaar] = useState(false);
  const rolLabel = (id: string) => teksten.context.respondentRol.opties.find((o) => o.id === id)?.kort ?? 'Rol niet opgegeven';
  const resultaat: TeamResultaat = { datum: '', respondenten: team.map((g) => g.respondent), notities: {}, actieplan: plan };

  useEffect(() => {
    const r = store.load();
    const e = eerderStore.load();
    const m: Melding[] = [];
    if (!r.ok) m.push({ soort: 'warning', tekst: r.message });
    else if (r.value) {
      const t = alsTeam(r.value.data);
      if (t.ok && t.value.respondenten.length) {
        const labels = respondentLabels(t.value.respondenten, rolLabel);
        setTeam(t.value.respondenten.map((respondent, i) => ({ naam: labels[i]!, respondent })));
        setPlan(t.value.actieplan);
        m.push({ soort: 'info', tekst: `Het teamresultaat op dit apparaat is teruggezet (${t.value.respondenten.length} scans).` });
      }
    }
    if (e.ok && e.value) {
      const t = alsTeam(e.value.data);
      if (t.ok) setEerder(t.value);
    }
    setMeldingen(m);
    setKlaar(true);
  }, []);

  useEffect(() => {
    if (!klaar) return;
    const r = team.length || plan.length ? store.save(teamBestand(resultaat)) : store.clear();
    const e = eerder ? eerderStore.save(teamBestand(eerder)) : eerderStore.clear();
    setOpslagFout(!r.ok ? r.message : !e.ok ? e.message : null);
  }, [team, plan, eerder, klaar]);

  async function laad(files: File[]) {
    const { goed, fout } = await leesBestanden(files, 'scan');
    const r = voegToe(team, goed);
    const m: Melding[] = [];
    if (r.toegevoegd) m.push({ soort: 'ok', tekst: `${r.toegevoegd} ${r.toegevoegd === 1 ? 'scan' : 'scans'} toegevoegd. De teamscan telt nu ${r.team.length} ${r.team.length === 1 ? 'scan' : 'scans'}.` });
    for (const w of r.waarschuwingen) m.push({ soort: 'warning', tekst: w });
    setTeam(r.team);
    setMeldingen(m);
    setAfgewezen([...fout, ...r.afgewezen]);
  }

  async function openTeam(files: File[], doel: 'openen' | 'vergelijk') {
    const { teams, fout } = await leesBestanden(files, 'team');
    const t = teams[0];
    if (!t) {
      setAfgewezen(fout);
      setMeldingen([]);
      return;
    }
    setAfgewezen([]);
    if (doel === 'vergelijk') {
      setEerder(t);
      setMeldingen([{ soort: 'ok', tekst: `Het eerdere teamresultaat uit "${files[0]!.name}" (${t.respondenten.length} scans) is geladen. De vergelijking staat in de samenvatting en de tabellen.` }]);
    } else {
      const labels = respondentLabels(t.respondenten, rolLabel);
      setTeam(t.respondenten.map((respondent, i) => ({ naam: labels[i]!, respondent })));
      setPlan(t.actieplan);
      setMeldingen([{ soort: 'ok', tekst: `Het teamresultaat uit "${files[0]!.name}" is geopend (${t.respondenten.length} scans).` }]);
    }
  }

  const u = teamUitslag(catalogus, resultaat.respondenten);
  const rollen = rolUitsplitsing(catalogus, resultaat.respondenten);
  const v = eerder ? vergelijkTeams(catalogus, eerder, resultaat) : null;
  const planActies: PlanActies = {
    onKies: (d, t) => {
      const r = voegActieToe(plan, d, t);
      if (r.ok) setPlan(r.value);
      else setMeldingen([{ soort: 'error', tekst: r.message }]);
    },
    onWijzig: (id, w) => {
      const r = wijzigActie(plan, id, w);
      if (r.ok) setPlan(r.value);
      else setMeldingen([{ soort: 'error', tekst: r.message }]);
    },
    onVerwijder: (id) => setPlan(verwijderActie(plan, id)),
  };
  const kopRef = useSchermFocus(team.length ? 'uitslag' : 'leeg', team.length ? `Teamscan met ${team.length} scans – Regiescan` : 'Teamscan – Regiescan');
  const groepen = groepeerFouten(afgewezen);

  return (
    <div class="regiescan">
      <h2 class="utrecht-heading-2 regiescan__kop" tabIndex={-1} ref={kopRef}>
        {team.length ? `Teamscan met ${team.length} ${team.length === 1 ? 'scan' : 'scans'}` : 'Scans laden'}
      </h2>
      <BestandKiezer id="team-bestanden" label="Voeg scans toe (JSON-bestanden)" uitleg="U kunt meer bestanden tegelijk kiezen, en later nog bestanden toevoegen. De bestanden blijven op dit apparaat." meerdere onKies={(f) => void laad(f)} />
      <Meldingen meldingen={meldingen} />
      {opslagFout && <Alert melding={{ soort: 'warning', tekst: opslagFout }} />}
      {afgewezen.length > 0 && afgewezen.length < EEN_MELDING_VANAF && afgewezen.map((a) => <Alert key={a.naam + a.reden} melding={{ soort: 'error', tekst: `${a.naam}: ${a.reden}` }} />)}
      {afgewezen.length >= EEN_MELDING_VANAF && (
        <Alert melding={{ soort: 'error', tekst: `${afgewezen.length} bestanden zijn niet toegevoegd. De rest is wel toegevoegd.` }}>
          <ul class="utrecht-unordered-list" id="samenvatting-fouten">
            {groepen.map((g) => (
              <li key={g.reden}>
                {g.namen.length} × {g.reden}
                <details class="regiescan__details">
                  <summary>Welke bestanden?</summary>
                  {g.namen.join(', ')}
                </details>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {team.length > 0 && (
        <>
          <TeamBestanden team={team} u={u} onVerwijder={(i, naam) => { setTeam(team.filter((_, j) => j !== i)); setMeldingen([{ soort: 'info', tekst: `"${naam}" is uit de teamscan gehaald.` }]); }} />
          <TeamRapport catalogus={catalogus} teksten={teksten} u={u} rollen={rollen} rolLabel={rolLabel} v={v} plan={plan} planActies={planActies} />
        </>
      )}
      <section class="regiescan__sectie no-print" aria-labelledby="kop-team-bewaren">
        <h3 class="utrecht-heading-3" id="kop-team-bewaren">
          Bewaren, openen en vergelijken
        </h3>
        {team.length > 0 && (
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>Rapport afdrukken of als pdf bewaren</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => downloadText(fileName('regiescan-team', 'json'), naarJson(teamBestand(resultaat)))}>Bewaar het teamresultaat als bestand (JSON)</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => downloadText(fileName('regiescan-team', 'csv'), '\uFEFF' + teamCsv(u, catalogus, teksten, { rollen, rolLabel, notities: {}, actieplan: plan, vergelijking: v, drempel: ANONIMITEITSDREMPEL }), 'text/csv')}>Download als spreadsheet (CSV)</button>
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => { setTeam([]); setPlan([]); setMeldingen([{ soort: 'info', tekst: 'Alle scans zijn uit de teamscan gehaald.' }]); }}>Alle scans weghalen</button>
          </div>
        )}
        {team.length === 0 && <BestandKiezer id="team-openen" label="Open een bewaard teamresultaat (JSON)" onKies={(f) => void openTeam(f, 'openen')} />}
        <BestandKiezer id="team-vergelijk" label="Vergelijk met een eerder teamresultaat (JSON)" uitleg="Bijvoorbeeld dat van vorig jaar. Het huidige teamresultaat blijft zoals het is." onKies={(f) => void openTeam(f, 'vergelijk')} />
        {eerder && <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setEerder(null)}>Vergelijking sluiten</button>}
      </section>
    </div>
  );
}
