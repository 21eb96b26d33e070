/**
 * Team scan: the facilitator loads the respondents' files. The team result (and a loaded earlier team
 * result) is kept on this device by the shared layer (useStoredDocument), can be saved as a file,
 * reopened and compared. Every change is an action of the pure teamReducer. Nothing leaves the device.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { useLoadedMarker, useScreen } from '../../../instrument/hooks/useShell.ts';
import { ConflictChoice } from '../../../instrument/components/ConflictChoice.tsx';
import { QuarantineNotice } from '../../../instrument/components/QuarantineNotice.tsx';
import { ReplaceConfirm } from '../../../instrument/components/ReplaceConfirm.tsx';
import { StorageStatus } from '../../../instrument/components/StorageStatus.tsx';
import { PrintHeader } from '../../../instrument/components/PrintHeader.tsx';
import { teamOpslag } from './bestanden.ts';
import { respondentLabels, vingerafdruk, type Afgewezen, type Geladen } from '../domain/respondenten.ts';
import { rolUitsplitsing } from '../domain/rollen.ts';
import { teamUitslag } from '../domain/team.ts';
import { vergelijkTeams } from '../domain/teamvergelijking.ts';
import { alleenTeam, leegTeamWerk, teamIsLeeg, teamReducer, type TeamActie } from '../domain/werk.ts';
import { planActies } from './Actieplan.tsx';
import { Meldingen, useDetailsOpenBijAfdrukken, type Melding } from './common.tsx';
import { TeamBestanden } from './TeamBestanden.tsx';
import { TeamBewaren } from './TeamBewaren.tsx';
import { Afwijzingen, TeamLaden } from './TeamLaden.tsx';
import { TeamRapport } from './TeamRapport.tsx';
import type { RegiescanProps } from './types.ts';
import './regiescan.css';

export const TEAM_SLEUTEL = 'veiligwijzer:regiescan-team';

export default function TeamScan({ catalogus, teksten }: RegiescanProps) {
  useDetailsOpenBijAfdrukken();
  const doc = useStoredDocument(teamOpslag, { key: TEAM_SLEUTEL, empty: leegTeamWerk, isEmpty: teamIsLeeg, delay: 50 });
  // Loaded when the stored work (if any) is on screen: reading it first loads the validation.
  const root = useLoadedMarker<HTMLDivElement>(doc.save.kind !== 'loading');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [afgewezen, setAfgewezen] = useState<Afgewezen[]>([]);
  /** File names of this session only (never stored: a file name may contain a name). */
  const [namen, setNamen] = useState<Record<string, string>>({});
  const w = doc.data;
  const rolLabel = (id: string) => teksten.context.respondentRol.opties.find((o) => o.id === id)?.kort ?? 'Rol niet opgegeven';
  const labels = respondentLabels(w.respondenten, rolLabel);
  const team: Geladen[] = w.respondenten.map((respondent, i) => ({ naam: namen[vingerafdruk(respondent)] ?? labels[i]!, respondent }));

  const doe = (a: TeamActie) => {
    const r = teamReducer(doc.data, a);
    if (!r.ok) return setMeldingen([{ soort: 'error', tekst: r.message }]);
    doc.replace.dismiss();
    doc.update((vorig) => {
      const n = teamReducer(vorig, a);
      return n.ok ? n.value : vorig;
    });
  };

  const geladen = useRef(false);
  useEffect(() => {
    if (geladen.current || doc.save.kind === 'loading') return;
    geladen.current = true;
    const n = doc.data.respondenten.length;
    if (n) setMeldingen([{ soort: 'info', tekst: `Het teamresultaat op dit apparaat is teruggezet (${n} ${n === 1 ? 'scan' : 'scans'}).` }]);
  }, [doc.save.kind]);

  const resultaat = alleenTeam(w);
  const u = teamUitslag(catalogus, resultaat.respondenten);
  const rollen = rolUitsplitsing(catalogus, resultaat.respondenten);
  const v = w.eerder ? vergelijkTeams(catalogus, w.eerder, resultaat) : null;
  const n = team.length;
  const kop = n ? `Teamscan met ${n} ${n === 1 ? 'scan' : 'scans'}` : 'Scans laden';
  const kopRef = useScreen(n ? 'uitslag' : 'leeg', n ? `Teamscan met ${n} scans` : 'Teamscan');

  return (
    <div class="regiescan" ref={root}>
      <PrintHeader tool="Regiescan – teamscan" title={kop} />
      <h2 class="utrecht-heading-2 regiescan__kop" tabIndex={-1} ref={kopRef}>
        {kop}
      </h2>
      <StorageStatus state={doc.save} />
      <QuarantineNotice message={doc.unreadable} items={doc.quarantine} tool="regiescan-team" onDiscard={doc.discardQuarantined} />
      <ConflictChoice doc={doc} />
      <ReplaceConfirm control={doc.replace} />
      {!doc.protection.locked && (
        <TeamLaden
          team={team}
          onLaden={(r, bestanden) => {
            setNamen((oud) => ({ ...oud, ...Object.fromEntries(bestanden.map((g) => [vingerafdruk(g.respondent), g.naam])) }));
            doe({ type: 'respondenten', respondenten: r.team.map((g) => g.respondent) });
          }}
          melden={setMeldingen}
          afwijzen={setAfgewezen}
        />
      )}
      <Meldingen meldingen={meldingen} />
      <Afwijzingen afgewezen={afgewezen} />
      {n > 0 && !doc.protection.locked && (
        <>
          <TeamBestanden
            team={team}
            u={u}
            onVerwijder={(index, naam) => {
              doe({ type: 'verwijder', index });
              setMeldingen([{ soort: 'info', tekst: `"${naam}" is uit de teamscan gehaald.` }]);
            }}
          />
          <TeamRapport catalogus={catalogus} teksten={teksten} u={u} rollen={rollen} rolLabel={rolLabel} v={v} plan={w.actieplan} planActies={planActies(doe)} notities={w.notities} onNotitie={(stellingId, tekst) => doe({ type: 'notitie', stellingId, tekst })} />
        </>
      )}
      <TeamBewaren catalogus={catalogus} teksten={teksten} doc={doc} u={u} rollen={rollen} rolLabel={rolLabel} v={v} doe={doe} melden={(m) => { setMeldingen(m); setAfgewezen([]); }} afwijzen={setAfgewezen} />
    </div>
  );
}
