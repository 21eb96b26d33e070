import { describe, expect, it } from 'vitest';
import { fileName, formatDate, localDateStamp, localDateTimeStamp, parseDate } from '../../../src/instrument/dates.ts';

// Expected values worked out by hand: Amsterdam is UTC+1 in winter and UTC+2 in summer.
describe('datums in Nederlandse tijd', () => {
  it('geeft na middernacht Nederlandse tijd al de nieuwe dag (winter, UTC+1)', () => {
    expect(localDateStamp(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(localDateStamp(new Date('2026-11-22T22:59:00Z'))).toBe('2026-11-22');
  });
  it('rekent in de zomer met UTC+2', () => {
    expect(localDateStamp(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localDateTimeStamp(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01-0030');
  });
  it('schrijft datums voor mensen in het Nederlands', () => {
    const d = new Date('2026-11-22T23:30:00Z');
    expect(formatDate(d)).toBe('23 november 2026');
    expect(formatDate(d, 'short')).toBe('23-11-2026');
    expect(formatDate(d, 'time')).toBe('00:30');
    expect(formatDate(d, 'long-with-time')).toBe('23 november 2026 om 00:30');
    expect(formatDate('2026-03-05')).toBe('5 maart 2026');
    expect(formatDate('geen datum')).toBe('');
  });
  it('leest alleen echte datums', () => {
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('23-11-2026')).toBeNull();
    expect(parseDate('2026-02-28')?.toISOString()).toBe('2026-02-28T12:00:00.000Z');
  });
  it('maakt veilige bestandsnamen met de lokale datum', () => {
    const d = new Date('2026-11-22T23:30:00Z');
    expect(fileName('Regiescan Team!', 'csv', d)).toBe('regiescan-team-2026-11-23.csv');
    expect(fileName('Barrièremodel: Zorg & Veiligheid', '.json', d)).toBe('barrieremodel-zorg-veiligheid-2026-11-23.json');
    expect(fileName('<script>', 'json', d)).toBe('script-2026-11-23.json');
    expect(fileName('***', 'json', d)).toBe('export-2026-11-23.json');
  });
});
