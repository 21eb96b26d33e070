/**
 * CSV exports (semicolon-separated, as Dutch spreadsheet programs expect) of one scan and of a team scan.
 */
import { alleStellingen, type Catalogus, type Scan } from './model.ts';
import { scoreScan } from './scoring.ts';
import { naar100, type TeamUitslag } from './team.ts';
import { antwoordLabel } from './vergelijking.ts';

export interface Labels {
  /** Labels of the answers 0–3. */
  schaal: readonly string[];
  weetNiet: string;
}

export function csvVeld(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  // Numbers as Dutch decimals; text that looks like a formula is neutralised for spreadsheets.
  let s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const regel = (velden: (string | number | null | undefined)[]) => velden.map(csvVeld).join(';');
const rond = (n: number | null, d = 1) => (n === null ? null : Math.round(n * 10 ** d) / 10 ** d);

export function scanCsv(catalogus: Catalogus, scan: Scan, labels: Labels): string {
  const uitslag = scoreScan(catalogus, scan);
  const titel = new Map(catalogus.dimensies.map((d) => [d.id, d.titel]));
  const rows = [regel(['soort', 'dimensie', 'stelling-id', 'stelling', 'antwoord', 'waarde (0-3)', 'score (0-100)'])];
  for (const s of alleStellingen(catalogus)) {
    const a = scan.antwoorden[s.id];
    rows.push(regel(['stelling', titel.get(s.dimensieId), s.id, s.tekst, antwoordLabel(a, labels.schaal, labels.weetNiet), typeof a === 'number' ? a : null, null]));
  }
  for (const d of uitslag.dimensies) rows.push(regel(['dimensie', d.titel, d.dimensieId, null, d.band?.label, null, d.score]));
  rows.push(regel(['totaal', 'Totaal', null, null, uitslag.totaalBand?.label, null, uitslag.totaal]));
  return rows.join('\r\n') + '\r\n';
}

export function teamCsv(uitslag: TeamUitslag, catalogus: Catalogus, labels: Labels): string {
  const titel = new Map(catalogus.dimensies.map((d) => [d.id, d.titel]));
  const rows = [
    regel([
      'soort', 'dimensie', 'stelling-id', 'stelling', 'antwoorden', 'gemiddelde (0-100)', 'spreiding (sd)', 'laagste', 'hoogste',
      ...labels.schaal, labels.weetNiet, 'niet ingevuld',
    ]),
  ];
  for (const d of uitslag.dimensies) {
    rows.push(regel(['dimensie', d.titel, d.dimensieId, null, d.n, rond(d.gemiddelde, 0), rond(d.sd), d.min, d.max]));
  }
  for (const s of uitslag.stellingen) {
    rows.push(
      regel([
        'stelling', titel.get(s.dimensieId), s.stellingId, s.tekst, s.n, naar100(s.gemiddelde), rond(s.sd, 2),
        s.min === null ? null : labels.schaal[s.min], s.max === null ? null : labels.schaal[s.max], ...s.verdeling, s.weetNiet, s.open,
      ]),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
