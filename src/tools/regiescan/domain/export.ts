/**
 * CSV exports (semicolon-separated, as Dutch spreadsheet programs expect) of one scan and of a team
 * result. Every figure column names its unit in the header; means and spreads are all on 0–100.
 * After the main table come sections of their own (each with a header row, after an empty line):
 * the role breakdown (team), the action plan and, with a comparison, what came of the earlier plan.
 */
import { STATUS_LABELS, type Actie, type Terugblik } from './actieplan.ts';
import { alleStellingen, type Catalogus, type Scan } from './model.ts';
import type { RolGroep } from './rollen.ts';
import { scoreScan } from './scoring.ts';
import { rond, type TeamUitslag } from './team.ts';
import type { TeamVergelijking } from './teamvergelijking.ts';
import { antwoordLabel, type Vergelijking } from './vergelijking.ts';

export interface Labels {
  /** Labels of the answers 0–3. */
  schaal: readonly string[];
  weetNiet: string;
}

type Veld = string | number | null | undefined;

export function csvVeld(v: Veld): string {
  if (v === null || v === undefined) return '';
  // Numbers as Dutch decimals; text that looks like a formula is neutralised for spreadsheets.
  let s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  if (typeof v === 'string' && /^\s*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const regel = (velden: Veld[]) => velden.map(csvVeld).join(';');
const csv = (secties: Veld[][][]) => secties.filter((s) => s.length).map((s) => s.map(regel).join('\r\n')).join('\r\n\r\n') + '\r\n';

function actieSectie(plan: readonly Actie[], titel: (dimensieId: string) => string | undefined): Veld[][] {
  if (!plan.length) return [];
  return [['actieplan', 'onderdeel', 'actie', 'eigenaar', 'datum', 'status'], ...plan.map((a) => ['actie', titel(a.dimensieId), a.tekst, a.eigenaar, a.datum, STATUS_LABELS[a.status]])];
}

function terugblikSectie(t: Terugblik | undefined): Veld[][] {
  if (!t?.acties.length) return [];
  return [
    ['wat is er van terechtgekomen', 'onderdeel', 'actie', 'eigenaar', 'status', 'score eerder (0-100)', 'score nu (0-100)', 'verschil (punten)'],
    ...t.acties.map((a) => ['eerdere actie', a.dimensieTitel, a.actie.tekst, a.actie.eigenaar, STATUS_LABELS[a.actie.status], a.eerder, a.nu, a.verschil]),
  ];
}

export function scanCsv(catalogus: Catalogus, scan: Scan, labels: Labels, v: Vergelijking | null = null): string {
  const uitslag = scoreScan(catalogus, scan);
  const titel = new Map(catalogus.dimensies.map((d) => [d.id, d.titel]));
  const kop: Veld[] = ['soort', 'dimensie', 'stelling-id', 'stelling', 'antwoord', 'waarde (0-3)', 'score (0-100)', 'notitie'];
  if (v) kop.push('eerder antwoord', 'score eerder (0-100)', 'verschil (punten)');
  const rows: Veld[][] = [kop];
  for (const s of alleStellingen(catalogus)) {
    const a = scan.antwoorden[s.id];
    const rij: Veld[] = ['stelling', titel.get(s.dimensieId), s.id, s.tekst, antwoordLabel(a, labels.schaal, labels.weetNiet), typeof a === 'number' ? a : null, null, scan.notities[s.id]];
    if (v) rij.push(antwoordLabel(v.eerderAntwoorden[s.id], labels.schaal, labels.weetNiet), null, null);
    rows.push(rij);
  }
  uitslag.dimensies.forEach((d, i) => {
    const rij: Veld[] = ['dimensie', d.titel, d.dimensieId, null, d.band?.label, null, d.score, null];
    if (v) rij.push(null, v.dimensies[i]!.eerder, v.dimensies[i]!.verschil);
    rows.push(rij);
  });
  const totaal: Veld[] = ['totaal', 'Totaal', null, null, uitslag.totaalBand?.label, null, uitslag.totaal, null];
  if (v) totaal.push(null, v.totaal.eerder, v.totaal.verschil);
  rows.push(totaal);
  return csv([rows, actieSectie(scan.actieplan, (id) => titel.get(id)), terugblikSectie(v?.terugblik)]);
}

export interface TeamExtra {
  rollen: readonly RolGroep[];
  rolLabel: (rol: string) => string;
  notities: Record<string, string>;
  actieplan: readonly Actie[];
  vergelijking: TeamVergelijking | null;
  drempel: number;
}

export function teamCsv(uitslag: TeamUitslag, catalogus: Catalogus, labels: Labels, extra: TeamExtra): string {
  const titel = new Map(catalogus.dimensies.map((d) => [d.id, d.titel]));
  const v = extra.vergelijking;
  const kop: Veld[] = [
    'soort', 'dimensie', 'stelling-id', 'stelling', 'antwoorden (aantal)', 'gemiddelde (0-100)', 'spreiding (sd, punten op 0-100)', 'laagste (0-100)', 'hoogste (0-100)',
    ...labels.schaal.map((l) => `${l} (aantal)`), `${labels.weetNiet} (aantal)`, 'niet ingevuld (aantal)', 'notitie',
  ];
  if (v) kop.push('gemiddelde eerder (0-100)', 'verschil (punten)');
  const rows: Veld[][] = [kop];
  const t = uitslag.totaal;
  const totaal: Veld[] = ['totaal', 'Totaal', null, null, t.n, rond(t.gemiddelde), rond(t.sd), t.min, t.max];
  if (v) totaal.push(...Array(labels.schaal.length + 3).fill(null), v.totaal.eerder, v.totaal.verschil);
  rows.push(totaal);
  uitslag.dimensies.forEach((d, i) => {
    const rij: Veld[] = ['dimensie', d.titel, d.dimensieId, null, d.n, rond(d.gemiddelde), rond(d.sd), d.min, d.max];
    if (v) rij.push(...Array(labels.schaal.length + 3).fill(null), v.dimensies[i]!.eerder, v.dimensies[i]!.verschil);
    rows.push(rij);
  });
  uitslag.stellingen.forEach((s, i) => {
    const rij: Veld[] = [
      'stelling', titel.get(s.dimensieId), s.stellingId, s.tekst, s.n, rond(s.gemiddelde), rond(s.sd), rond(s.min), rond(s.max),
      ...s.verdeling, s.weetNiet, s.open, extra.notities[s.stellingId],
    ];
    if (v) rij.push(v.stellingen[i]!.eerder, v.stellingen[i]!.verschil);
    rows.push(rij);
  });
  const rollen: Veld[][] = extra.rollen.length
    ? [
        ['rol', 'respondenten (aantal)', 'totaal gemiddeld (0-100)', ...catalogus.dimensies.map((d) => `${d.titel} (0-100)`)],
        ...extra.rollen.map((g): Veld[] =>
          g.verborgen
            ? [extra.rolLabel(g.rol), g.n, g.verborgen === 'te-klein' ? `verborgen: minder dan ${extra.drempel} respondenten` : 'verborgen: anders terug te rekenen uit het totaal']
            : [extra.rolLabel(g.rol), g.n, rond(g.totaal!.gemiddelde), ...g.dimensies!.map((d) => rond(d.gemiddelde))],
        ),
      ]
    : [];
  return csv([rows, rollen, actieSectie(extra.actieplan, (id) => titel.get(id)), terugblikSectie(v?.terugblik)]);
}
