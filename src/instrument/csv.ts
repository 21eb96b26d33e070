/**
 * One CSV writer for every tool (RFC 4180), made for Dutch Excel:
 * - separator ";" (the Dutch list separator: Excel with Dutch settings splits on it), CRLF line ends;
 * - UTF-8 with a byte order mark, so Excel reads é, ë, ï correctly;
 * - numbers with a decimal comma ("3,5"), never thousands separators;
 * - a text cell that, after optional leading white space, starts with = + - @, a tab or a carriage
 *   return gets a leading apostrophe, so a spreadsheet never runs it as a formula (CSV injection);
 * - a cell is quoted when it holds the separator, a quote, a line break or leading/trailing spaces.
 * Written here instead of a library: the rules above are the whole job (~40 lines), and the
 * libraries we looked at (papaparse) neutralise formulas only without leading spaces and add 7 kB gzip.
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Default ";". */
  separator?: ';' | ',' | '\t';
  /** Default ",". Use "." only for files meant for other programs than Dutch Excel. */
  decimal?: ',' | '.';
  /** Default true: start with a UTF-8 byte order mark. */
  bom?: boolean;
}

const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

function formatNumber(n: number, decimal: ',' | '.'): string {
  if (!Number.isFinite(n)) return '';
  // Plain notation (no exponent) for the numbers tools produce; at most 10 decimals.
  const s = Math.abs(n) < 1e21 && Math.abs(n) >= 1e-7 ? String(Number(n.toFixed(10))) : n === 0 ? '0' : String(n);
  return decimal === ',' ? s.replace('.', ',') : s;
}

export function csvCell(value: CsvCell, options: CsvOptions = {}): string {
  const sep = options.separator ?? ';';
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = formatNumber(value, options.decimal ?? ',');
  else if (typeof value === 'boolean') s = value ? 'ja' : 'nee';
  else {
    s = value;
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  const needsQuotes = s.includes(sep) || /["\r\n]/.test(s) || s !== s.trim();
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: rows of cells, the first row usually the headings. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const sep = options.separator ?? ';';
  const body = rows.map((r) => r.map((c) => csvCell(c, options)).join(sep)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}${rows.length ? '\r\n' : ''}`;
}

export const CSV_MIME = 'text/csv';
