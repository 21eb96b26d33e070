import { describe, expect, it } from 'vitest';
import { csvVeld, scanCsv, teamCsv } from '../../../src/tools/regiescan/domain/export.ts';
import { teamUitslag } from '../../../src/tools/regiescan/domain/team.ts';
import { kleineCatalogus as cat, scan } from './helpers.ts';

const labels = { schaal: ['Niet', 'Beperkt', 'Grotendeels', 'Volledig'], weetNiet: 'Weet ik niet' };

describe('CSV', () => {
  it('quotes and escapes fields, and neutralises formulas', () => {
    expect(csvVeld('a;b')).toBe('"a;b"');
    expect(csvVeld('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvVeld('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvVeld(1.5)).toBe('1,5');
    expect(csvVeld(-2)).toBe('-2');
    expect(csvVeld(null)).toBe('');
  });
  it('exports one scan: a row per statement, per dimension and a total', () => {
    const csv = scanCsv(cat, scan({ 'a-1': 3, 'a-2': 'weet-niet' }), labels);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 6 + 3 + 1);
    expect(rows[1]).toBe('stelling;A;a-1;A1;Volledig;3;');
    expect(rows[2]).toBe('stelling;A;a-2;A2;Weet ik niet;;');
    expect(rows[3]).toBe('stelling;B;b-1;B1;niet ingevuld;;');
    expect(rows[7]).toBe('dimensie;A;a;;Hoog;;100');
    expect(rows[10]).toBe('totaal;Totaal;;;Hoog;;100');
  });
  it('exports a team scan', () => {
    const t = teamUitslag(cat, [
      { naam: 'x', opgeslagen: '1', scan: scan({ 'a-1': 0 }) },
      { naam: 'y', opgeslagen: '2', scan: scan({ 'a-1': 3 }) },
    ]);
    const rows = teamCsv(t, cat, labels).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 3 + 6);
    expect(rows[0]).toContain('Weet ik niet;niet ingevuld');
    expect(rows[4]).toBe('stelling;A;a-1;A1;2;50;1,5;Niet;Volledig;1;0;0;1;0;0');
  });
});
