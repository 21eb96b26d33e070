/** Saving, opening and comparing the team result, and protecting it with a passphrase. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../../instrument/browser-file.ts';
import { fileName } from '../../../instrument/dates.ts';
import { Button, ButtonGroup, FilePicker } from '../../../instrument/forms/index.ts';
import { LazyPassphrasePanel } from '../../../instrument/components/LazyPassphrasePanel.tsx';
import { LAZY_FAILED_MESSAGE } from '../../../instrument/components/LazyFailed.tsx';
import { exportModule } from './bestanden.ts';
import type { StoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { naarJson, teamBestand, type TeamWerk } from '../domain/formaat.ts';
import type { Catalogus } from '../domain/model.ts';
import type { Afgewezen } from '../domain/respondenten.ts';
import { ANONIMITEITSDREMPEL, type RolGroep } from '../domain/rollen.ts';
import type { TeamUitslag } from '../domain/team.ts';
import type { TeamVergelijking } from '../domain/teamvergelijking.ts';
import { alleenTeam, leegTeamWerk, teamIsLeeg, type TeamActie } from '../domain/werk.ts';
import type { Melding } from './common.tsx';
import { leesBestanden } from './TeamLaden.tsx';
import type { Teksten } from './types.ts';

interface Props {
  catalogus: Catalogus;
  teksten: Teksten;
  doc: StoredDocument<TeamWerk>;
  u: TeamUitslag;
  rollen: RolGroep[];
  rolLabel: (r: string) => string;
  v: TeamVergelijking | null;
  doe: (a: TeamActie) => void;
  melden: (m: Melding[]) => void;
  afwijzen: (a: Afgewezen[]) => void;
}

export function TeamBewaren(props: Props) {
  const { catalogus, teksten, doc, u, rollen, rolLabel, v } = props;
  const [beveiligOpen, setBeveiligOpen] = useState(false);
  const w = doc.data;
  const download = (naam: string, tekst: string, type?: string) => {
    const r = downloadText(naam, tekst, type);
    if (!r.ok) props.melden([{ soort: 'error', tekst: r.message }]);
  };
  async function openTeam(files: File[], doel: 'openen' | 'vergelijk') {
    const { teams, fout } = await leesBestanden(files, 'team');
    const t = teams[0];
    if (!t) {
      props.melden([]);
      props.afwijzen(fout);
      return;
    }
    const naam = files[0]!.name;
    if (doel === 'vergelijk') {
      props.doe({ type: 'vergelijk', eerder: t });
      props.melden([{ soort: 'ok', tekst: `Het eerdere teamresultaat uit "${naam}" (${t.respondenten.length} scans) is geladen. De vergelijking staat in de samenvatting en de tabellen.` }]);
    } else {
      const direct = teamIsLeeg(w);
      doc.replace.request({ ...t, soort: 'team', eerder: w.eerder }, 'import');
      props.melden(direct ? [{ soort: 'ok', tekst: `Het teamresultaat uit "${naam}" is geopend (${t.respondenten.length} scans).` }] : []);
    }
  }
  if (doc.protection.locked) return <LazyPassphrasePanel doc={doc} needed />;
  const n = w.respondenten.length;
  return (
    <section class="regiescan__sectie no-print" aria-labelledby="kop-team-bewaren">
      <h3 class="utrecht-heading-3" id="kop-team-bewaren">
        Bewaren, openen en vergelijken
      </h3>
      {n > 0 && (
        <ButtonGroup>
          <Button variant="primary" onClick={() => window.print()}>Rapport afdrukken of als pdf bewaren</Button>
          <Button onClick={() => download(fileName('regiescan-team', 'json'), naarJson(teamBestand(alleenTeam(w))))}>Bewaar het teamresultaat als bestand (JSON)</Button>
          <Button
            onClick={async () => {
              // The CSV writer is loaded only when asked for.
              const geladen = await exportModule().catch(() => null);
              if (!geladen) return props.melden([{ soort: 'error', tekst: LAZY_FAILED_MESSAGE }]);
              const { teamCsv } = geladen;
              download(fileName('regiescan-team', 'csv'), teamCsv(u, catalogus, teksten, { rollen, rolLabel, notities: w.notities, actieplan: w.actieplan, vergelijking: v, drempel: ANONIMITEITSDREMPEL }), 'text/csv');
            }}
          >
            Download als spreadsheet (CSV)
          </Button>
          <Button variant="subtle" onClick={() => doc.replace.request({ ...leegTeamWerk(), eerder: w.eerder }, 'new')}>Alle scans weghalen</Button>
        </ButtonGroup>
      )}
      <FilePicker id="team-openen" label="Open een bewaard teamresultaat (JSON)" description="Staan er al scans in de teamscan, dan wordt eerst gevraagd of u die wilt vervangen." onFiles={(f) => void openTeam(f, 'openen')} />
      <FilePicker id="team-vergelijk" label="Vergelijk met een eerder teamresultaat (JSON)" description="Bijvoorbeeld dat van vorig jaar. Het huidige teamresultaat blijft zoals het is." onFiles={(f) => void openTeam(f, 'vergelijk')} />
      {w.eerder && (
        <Button variant="subtle" onClick={() => props.doe({ type: 'vergelijk', eerder: null })}>
          Vergelijking sluiten
        </Button>
      )}
      <details class="regiescan__details" onToggle={(e) => setBeveiligOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Beveilig het teamresultaat op dit apparaat met een wachtwoordzin</summary>
        <LazyPassphrasePanel doc={doc} idPrefix="team-beveiliging" needed={beveiligOpen} />
      </details>
    </section>
  );
}
