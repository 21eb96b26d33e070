import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/instrument/csv.ts';

describe('CSV voor Nederlandse Excel', () => {
  it('begint met een BOM, scheidt met puntkomma en eindigt regels met CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa;b\r\nc;d\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
    expect(toCsv([])).toBe('\uFEFF');
  });
  it('zet getallen met een decimale komma en zonder duizendtallen', () => {
    expect(csvCell(3.5)).toBe('3,5');
    expect(csvCell(-2.25)).toBe('-2,25');
    expect(csvCell(1234567)).toBe('1234567');
    expect(csvCell(0.1 + 0.2)).toBe('0,3');
    expect(csvCell(3.5, { decimal: '.' })).toBe('3.5');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('neutraliseert formules, ook na spaties', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('quoteert volgens RFC 4180', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell(' spatie ')).toBe('" spatie "');
    expect(csvCell('a,b')).toBe('a,b');
    expect(csvCell('a,b', { separator: ',' })).toBe('"a,b"');
  });
  it('laat lege cellen leeg en schrijft ja/nee voor waar/onwaar', () => {
    expect(toCsv([[null, undefined, true, false, 'é']], { bom: false })).toBe(';;ja;nee;é\r\n');
  });
});
