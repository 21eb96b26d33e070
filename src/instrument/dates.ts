/**
 * Dates as a Dutch user sees them: always in Europe/Amsterdam, whatever the computer's time zone,
 * with one formatter for the screen, for printouts and for file names.
 * Never use `toISOString().slice(0, 10)`: that is the date in UTC (yesterday, just after midnight).
 * Built on Intl (no library needed; every supported browser and Node 22 carry the time zone data).
 */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Formatters are made once and kept: making an Intl.DateTimeFormat costs far more than using one (a list of
 * models with a date each made two per model, every time it rendered).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const id = `${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(id);
  if (!f) formatters.set(id, (f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options })));
  return f;
};

const parts = (d: Date) => {
  const out: Record<string, string> = {};
  for (const p of formatter('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d)) out[p.type] = p.value;
  return out as { year: string; month: string; day: string; hour: string; minute: string };
};

/** "2026-11-23": the local date in Amsterdam, for file names, CSV and `<input type="date">`. */
export function localDateStamp(date: Date = new Date()): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026-11-23-0930": local date and time, for file names that must not collide within a day. */
export function localDateTimeStamp(date: Date = new Date()): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}-${p.hour}${p.minute}`;
}

export type DateStyle = 'long' | 'short' | 'long-with-time' | 'time';

/**
 * Dutch date for people: 'long' "23 november 2026", 'short' "23-11-2026",
 * 'long-with-time' "23 november 2026 om 09:30", 'time' "09:30". An invalid date gives "".
 */
export function formatDate(date: Date | string, style: DateStyle = 'long'): string {
  const d = typeof date === 'string' ? parseDate(date) : date;
  if (!d || Number.isNaN(d.getTime())) return '';
  switch (style) {
    case 'short':
      return formatter('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
    case 'time': {
      const p = parts(d);
      return `${p.hour}:${p.minute}`;
    }
    case 'long-with-time':
      return `${formatDate(d, 'long')} om ${formatDate(d, 'time')}`;
    default:
      return formatter('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  }
}

/**
 * Reads "2026-11-23" (a local calendar date: noon in Amsterdam, so formatting never shifts the day)
 * or a full ISO time. Anything else gives null.
 */
export function parseDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(Date.UTC(y, mo - 1, da, 12));
    return d.getUTCFullYear() === y && d.getUTCMonth() === mo - 1 && d.getUTCDate() === da ? d : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A safe, dated file name: fileName('Regiescan team', 'csv') → "regiescan-team-2026-11-23.csv". */
export function fileName(base: string, extension: string, now: Date = new Date()): string {
  const safe =
    base
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'export';
  return `${safe}-${localDateStamp(now)}.${extension.replace(/^\./, '')}`;
}
