/** Adding respondents' files to the team, and the files that were not added (one summary for many). */
import { Alert, FilePicker } from '../../../instrument/forms/index.ts';
import { alsScan, alsTeam, type TeamResultaat } from '../domain/formaat.ts';
import { regiescanBestand } from './bestanden.ts';
import { EEN_MELDING_VANAF, groepeerFouten, voegToe, type Afgewezen, type Geladen, type Kandidaat, type Toevoeging } from '../domain/respondenten.ts';
import type { Melding } from './common.tsx';

/** Reads chosen files: the scans (or team results) in them, and the refused ones with their reason. */
export async function leesBestanden(files: File[], doel: 'scan' | 'team') {
  const goed: Kandidaat[] = [];
  const teams: TeamResultaat[] = [];
  const fout: Afgewezen[] = [];
  for (const file of files) {
    const r = await regiescanBestand.readFile(file);
    if (!r.ok) {
      fout.push({ naam: file.name, reden: r.message });
      continue;
    }
    if (doel === 'team') {
      const t = alsTeam(r.value.data);
      if (t.ok) teams.push(t.value);
      else fout.push({ naam: file.name, reden: t.message });
    } else {
      const s = alsScan(r.value.data);
      if (s.ok) goed.push({ naam: file.name, respondent: { opgeslagen: r.value.savedAt, scan: s.value } });
      else fout.push({ naam: file.name, reden: s.message });
    }
  }
  return { goed, teams, fout };
}

export function TeamLaden(props: { team: Geladen[]; onLaden: (r: Toevoeging, bestanden: Kandidaat[]) => void; melden: (m: Melding[]) => void; afwijzen: (a: Afgewezen[]) => void }) {
  return (
    <FilePicker
      id="team-bestanden"
      label="Voeg scans toe (JSON-bestanden)"
      description="U kunt meer bestanden tegelijk kiezen, en later nog bestanden toevoegen. De bestanden blijven op dit apparaat."
      multiple
      onFiles={async (files) => {
        const { goed, fout } = await leesBestanden(files, 'scan');
        const r = voegToe(props.team, goed);
        const m: Melding[] = [];
        if (r.toegevoegd) m.push({ soort: 'ok', tekst: `${r.toegevoegd} ${r.toegevoegd === 1 ? 'scan' : 'scans'} toegevoegd. De teamscan telt nu ${r.team.length} ${r.team.length === 1 ? 'scan' : 'scans'}.` });
        for (const w of r.waarschuwingen) m.push({ soort: 'warning', tekst: w });
        if (r.toegevoegd) props.onLaden(r, goed);
        props.melden(m);
        props.afwijzen([...fout, ...r.afgewezen]);
      }}
    />
  );
}

/** Up to three refused files: a message each. From four on: one message, grouped by reason. */
export function Afwijzingen({ afgewezen }: { afgewezen: Afgewezen[] }) {
  if (!afgewezen.length) return null;
  if (afgewezen.length < EEN_MELDING_VANAF) {
    return (
      <>
        {afgewezen.map((a) => (
          <Alert key={a.naam + a.reden} type="error">
            <p class="utrecht-paragraph">{a.reden}</p>
            <p class="utrecht-paragraph instrument-user-text">Bestand: {a.naam}</p>
          </Alert>
        ))}
      </>
    );
  }
  return (
    <Alert type="error" title={`${afgewezen.length} bestanden zijn niet toegevoegd. De rest is wel toegevoegd.`}>
      <ul class="utrecht-unordered-list" id="samenvatting-fouten">
        {groepeerFouten(afgewezen).map((g) => (
          <li key={g.reden}>
            {`${g.namen.length} × ${g.reden}`}
            <details class="regiescan__details">
              <summary>Welke bestanden?</summary>
              {g.namen.join(', ')}
            </details>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
