import { describe, expect, it } from 'vitest';
import { actielijstCsv, csvCel } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, run } from './helpers.ts';

describe('CSV van de actielijst', () => {
  it('zet cellen tussen aanhalingstekens als dat nodig is', () => {
    expect(csvCel('gewoon')).toBe('gewoon');
    expect(csvCel('a;b')).toBe('"a;b"');
    expect(csvCel('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCel('regel\nregel')).toBe('"regel\nregel"');
    expect(csvCel(12)).toBe('12');
  });
  it('maakt formules onschadelijk', () => {
    expect(csvCel('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCel('+31')).toBe("'+31");
    expect(csvCel('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCel('-1')).toBe("'-1");
  });
  it('zet de barrières op volgorde van prioriteit, met BOM en puntkomma', () => {
    const m = run(
      klein(),
      { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b3', patch: { impact: 5, haalbaarheid: 4, eigenaren: ['gem', 'pol'], status: 'gepland', soort: 'fiscaal', waterbed: 'Naar de buurgemeente' } },
    );
    const csv = actielijstCsv(m);
    expect(csv.startsWith('\uFEFFRang;')).toBe(true);
    const regels = csv.trim().split('\r\n');
    expect(regels).toHaveLength(4);
    expect(regels[1]).toBe('1;20;Hoog;0;2. Verblijf;Chippen;Gemeente, Politie;Fiscaal;5;4;Gepland;Naar de buurgemeente;');
    expect(regels[2]).toContain(';Nog niet beoordeeld;');
  });
});
