import { describe, expect, it } from 'vitest';
import { actielijstCsv, modelCsv, naarCsv, reduce } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, run } from './helpers.ts';

describe('CSV van de actielijst', () => {
  it('gebruikt de gedeelde CSV-schrijver: aanhalingstekens waar nodig en formules onschadelijk', () => {
    const csv = naarCsv({ koppen: ['a', 'b'], rijen: [['a;b', '=HYPERLINK("x")'], ['zei "ja"', '  =1+1'], [12, '-1']] });
    expect(csv).toBe('\uFEFFa;b\r\n"a;b";"\'=HYPERLINK(""x"")"\r\n"zei ""ja""";\'  =1+1\r\n12;\'-1\r\n');
  });
  it('zet de barrières op volgorde van de regel, met de regel in de kop, en elk veld van de actielijst', () => {
    const m = run(
      klein(),
      { type: 'stemming', patch: { regel: 'score' } },
      { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b3', patch: { impact: 5, haalbaarheid: 4, eigenaren: ['gem', 'pol'], status: 'gepland', soort: 'fiscaal', waterbed: 'Naar de buurgemeente', deadline: '2026-03-01', instrument: 'Criminele winsten afpakken', notitie: 'Eerst navragen' } },
      { type: 'stem', stapId: 's1', id: 'b1', delta: 1 },
    );
    const csv = actielijstCsv(m);
    expect(csv.startsWith('\uFEFFRang (op impact × haalbaarheid, dan stemmen);Stemmen;')).toBe(true);
    const regels = csv.trim().split('\r\n');
    expect(regels).toHaveLength(4);
    expect(regels[0]).toBe('Rang (op impact × haalbaarheid, dan stemmen);Stemmen;Prioriteit (impact × haalbaarheid);Klasse;Stap;Barrière;Instrument;Eigenaren;Deadline;Status;Soort;Impact;Haalbaarheid;Verwacht waterbedeffect;Notitie');
    expect(regels[1]).toBe('1;0;20;Hoog;2. Verblijf;Chippen;Criminele winsten afpakken;Gemeente, Politie;2026-03-01;Gepland;Fiscaal;5;4;Naar de buurgemeente;Eerst navragen');
    expect(regels[2]).toBe('2;1;;Nog niet beoordeeld;1. Inreis;Controle;;;;Idee;Anders;;;;');
    // with votes first, the voted barrière leads
    expect(actielijstCsv(reduce(m, { type: 'stemming', patch: { regel: 'stemmen-eerst' } })).split('\r\n')[1]).toMatch(/^1;1;;Nog niet beoordeeld;1\. Inreis;Controle;/);
  });
  it('het hele model: een regel per stap en per onderdeel, met elk veld', () => {
    const m = run(
      klein(),
      { type: 'stap-wijzigen', id: 's2', patch: { fase: 'voor', eigenaar: 'pol', omschrijving: 'Waar zij slapen' } },
      { type: 'item-wijzigen', stapId: 's2', onderdeel: 'faciliteerders', id: 'f1', patch: { bewustheid: 'onbewust', notitie: 'Park aan de A12' } },
      { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', patch: { impact: 3, haalbaarheid: 3, deadline: '2026-01-31', instrument: 'Digitaal nachtregister gekoppeld aan de politie', eigenaren: ['gem'] } },
    );
    const regels = modelCsv(m).trim().split('\r\n');
    expect(regels[0]).toBe('Stap;Stapnaam;Fase;Eigenaar van de stap;Onderdeel;Tekst;Notitie;Bewust of onbewust;Soort;Instrument;Eigenaren;Impact;Haalbaarheid;Prioriteit (impact × haalbaarheid);Stemmen;Rang (op impact × haalbaarheid, dan stemmen);Status;Deadline;Verwacht waterbedeffect');

    expect(regels).toHaveLength(1 + 3 + 6); // header, 3 steps, g1 i1 f1 b1 b2 b3
    expect(regels).toContain('2;Verblijf;Voor het delict;Politie;stap;Waar zij slapen;;;;;;;;;;;;;');
    expect(regels).toContain('2;Verblijf;Voor het delict;Politie;faciliteerder;Vakantiepark;Park aan de A12;onbewust;;;;;;;;;;;');
    expect(regels).toContain('2;Verblijf;Voor het delict;Politie;barrière;Nachtregister;;;Anders;Digitaal nachtregister gekoppeld aan de politie;Gemeente;3;3;9;0;1;Idee;2026-01-31;');
    expect(regels).toContain('1;Inreis;;;gelegenheid;Open grenzen;;;;;;;;;;;;;');
  });
});
