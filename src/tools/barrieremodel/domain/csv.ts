/** The action list of barrières as CSV (semicolon-separated, as Dutch spreadsheet programs expect). */
import { actielijst, KLASSE_LABEL, partnerNaam } from './priority.ts';
import { SOORT_LABEL, STATUS_LABEL } from './labels.ts';
import type { Model } from './types.ts';

/** Quotes a cell, and defuses cells a spreadsheet would run as a formula. */
export function csvCel(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_KOPPEN = [
  'Rang',
  'Prioriteit (impact × haalbaarheid)',
  'Klasse',
  'Stemmen',
  'Stap',
  'Barrière',
  'Eigenaren',
  'Soort',
  'Impact',
  'Haalbaarheid',
  'Status',
  'Verwacht waterbedeffect',
  'Notitie',
];

export function actielijstCsv(model: Model): string {
  const rows = actielijst(model).map((a) => [
    a.rang,
    a.prioriteit ?? '',
    KLASSE_LABEL[a.klasse],
    a.barriere.stemmen,
    `${a.stapNummer}. ${a.stap.naam}`,
    a.barriere.tekst,
    a.barriere.eigenaren.map((e) => partnerNaam(model, e)).join(', '),
    SOORT_LABEL[a.barriere.soort],
    a.barriere.impact ?? '',
    a.barriere.haalbaarheid ?? '',
    STATUS_LABEL[a.barriere.status],
    a.barriere.waterbed,
    a.barriere.notitie,
  ]);
  // BOM so that spreadsheet programs read UTF-8 (é, è, ë).
  return '\uFEFF' + [CSV_KOPPEN, ...rows].map((r) => r.map(csvCel).join(';')).join('\r\n') + '\r\n';
}
