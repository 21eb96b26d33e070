import { describe, expect, it } from 'vitest';
import { LIMITS, reduce, type Barriere, type Faciliteerder } from '../../../src/tools/barrieremodel/domain/index.ts';
import { klein, leegModel, run } from './helpers.ts';

describe('meta en partners', () => {
  it('wijzigt titel, omschrijving, regio en datum; een ongeldige datum wordt leeg', () => {
    const m = run(leegModel(), { type: 'meta', patch: { titel: 'MOBA', regio: 'Oost', datum: '2024-03-01', omschrijving: 'x' } });
    expect(m).toMatchObject({ titel: 'MOBA', regio: 'Oost', datum: '2024-03-01', omschrijving: 'x' });
    expect(reduce(m, { type: 'meta', patch: { datum: '1 maart' } }).datum).toBe('');
  });
  it('kort een te lange titel in', () => {
    expect(reduce(leegModel(), { type: 'meta', patch: { titel: 'x'.repeat(500) } }).titel).toHaveLength(LIMITS.titel);
  });
  it('voegt partners toe, weigert lege namen, dubbele ids en dubbele namen', () => {
    const m = klein();
    expect(m.partners.map((p) => p.naam)).toEqual(['Gemeente', 'Politie']);
    expect(reduce(m, { type: 'partner-toevoegen', id: 'x', naam: '  ' })).toBe(m);
    expect(reduce(m, { type: 'partner-toevoegen', id: 'gem', naam: 'Anders' })).toBe(m);
    expect(reduce(m, { type: 'partner-toevoegen', id: 'x', naam: 'gemeente' })).toBe(m);
  });
  it('hernoemt een partner, maar niet naar een lege naam', () => {
    const m = reduce(klein(), { type: 'partner-hernoemen', id: 'pol', naam: 'Politie Oost' });
    expect(m.partners[1]?.naam).toBe('Politie Oost');
    expect(reduce(m, { type: 'partner-hernoemen', id: 'pol', naam: '' })).toBe(m);
  });
  it('verwijdert een partner ook als eigenaar van stappen en barrières', () => {
    let m = run(
      klein(),
      { type: 'stap-wijzigen', id: 's1', patch: { eigenaar: 'gem' } },
      { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', patch: { eigenaren: ['gem', 'pol'] } },
    );
    expect(m.stappen[0]?.eigenaar).toBe('gem');
    m = reduce(m, { type: 'partner-verwijderen', id: 'gem' });
    expect(m.partners.map((p) => p.id)).toEqual(['pol']);
    expect(m.stappen[0]?.eigenaar).toBeNull();
    expect(m.stappen[1]?.barrieres[0]?.eigenaren).toEqual(['pol']);
    expect(reduce(m, { type: 'partner-verwijderen', id: 'bestaat-niet' })).toBe(m);
  });
  it('houdt een maximum aantal partners aan', () => {
    let m = leegModel();
    for (let i = 0; i < LIMITS.partners + 5; i++) m = reduce(m, { type: 'partner-toevoegen', id: `p${i}`, naam: `P ${i}` });
    expect(m.partners).toHaveLength(LIMITS.partners);
  });
});

describe('stappen', () => {
  it('voegt stappen toe, ook op een plek, met een standaardnaam als de naam leeg is', () => {
    const m = run(klein(), { type: 'stap-toevoegen', id: 's0', naam: 'Werving', index: 0 }, { type: 'stap-toevoegen', id: 's9', naam: '' });
    expect(m.stappen.map((s) => s.naam)).toEqual(['Werving', 'Inreis', 'Verblijf', 'Opslag', 'Stap 5']);
  });
  it('weigert een bestaande id en meer dan het maximum aantal stappen', () => {
    const m = klein();
    expect(reduce(m, { type: 'stap-toevoegen', id: 's1', naam: 'x' })).toBe(m);
    expect(reduce(m, { type: 'stap-toevoegen', id: 'g1', naam: 'x' })).toBe(m);
    let g = leegModel();
    for (let i = 0; i < LIMITS.stappen + 3; i++) g = reduce(g, { type: 'stap-toevoegen', id: `x${i}`, naam: 'x' });
    expect(g.stappen).toHaveLength(LIMITS.stappen);
  });
  it('wijzigt naam, omschrijving, fase en eigenaar; een onbekende eigenaar wordt leeg', () => {
    let m = reduce(klein(), { type: 'stap-wijzigen', id: 's2', patch: { naam: 'Verblijf (illegaal)', omschrijving: 'o', fase: 'voor', eigenaar: 'pol' } });
    expect(m.stappen[1]).toMatchObject({ naam: 'Verblijf (illegaal)', omschrijving: 'o', fase: 'voor', eigenaar: 'pol' });
    m = reduce(m, { type: 'stap-wijzigen', id: 's2', patch: { eigenaar: 'onbekend' } });
    expect(m.stappen[1]?.eigenaar).toBeNull();
  });
  it('deelt ongewijzigde stappen tussen versies (voor snelle weergave)', () => {
    const m = klein();
    const n = reduce(m, { type: 'stap-wijzigen', id: 's2', patch: { naam: 'x' } });
    expect(n.stappen[0]).toBe(m.stappen[0]);
    expect(n.stappen[1]).not.toBe(m.stappen[1]);
    expect(m.stappen[1]?.naam).toBe('Verblijf');
  });
  it('verwijdert een stap met alles erin', () => {
    const m = reduce(klein(), { type: 'stap-verwijderen', id: 's1' });
    expect(m.stappen.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(reduce(m, { type: 'stap-verwijderen', id: 's1' })).toBe(m);
  });
  it('verplaatst stappen en begrenst de nieuwe plaats', () => {
    const m = klein();
    expect(reduce(m, { type: 'stap-verplaatsen', id: 's1', naar: 2 }).stappen.map((s) => s.id)).toEqual(['s2', 's3', 's1']);
    expect(reduce(m, { type: 'stap-verplaatsen', id: 's3', naar: -4 }).stappen.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(reduce(m, { type: 'stap-verplaatsen', id: 's1', naar: 99 }).stappen.map((s) => s.id)).toEqual(['s2', 's3', 's1']);
    expect(reduce(m, { type: 'stap-verplaatsen', id: 's1', naar: 0 })).toBe(m);
    expect(reduce(m, { type: 'stap-verplaatsen', id: 'nee', naar: 1 })).toBe(m);
  });
});

describe('items', () => {
  it('maakt items met de velden van hun onderdeel', () => {
    const m = klein();
    expect(m.stappen[0]?.gelegenheden[0]).toEqual({ id: 'g1', tekst: 'Open grenzen', notitie: '' });
    expect(m.stappen[1]?.faciliteerders[0]).toMatchObject({ bewustheid: 'onbekend' });
    expect(m.stappen[0]?.barrieres[0]).toMatchObject({ eigenaren: [], soort: 'anders', impact: null, haalbaarheid: null, status: 'idee', waterbed: '', stemmen: 0 });
  });
  it('weigert lege tekst, een onbekende stap, een bestaande id en te veel items', () => {
    const m = klein();
    expect(reduce(m, { type: 'item-toevoegen', stapId: 's1', onderdeel: 'signalen', id: 'n', tekst: '   ' })).toBe(m);
    expect(reduce(m, { type: 'item-toevoegen', stapId: 'nee', onderdeel: 'signalen', id: 'n', tekst: 'x' })).toBe(m);
    expect(reduce(m, { type: 'item-toevoegen', stapId: 's1', onderdeel: 'signalen', id: 'b2', tekst: 'x' })).toBe(m);
    let g = m;
    for (let i = 0; i < LIMITS.itemsPerOnderdeel + 2; i++) g = reduce(g, { type: 'item-toevoegen', stapId: 's3', onderdeel: 'signalen', id: `n${i}`, tekst: 'x' });
    expect(g.stappen[2]?.signalen).toHaveLength(LIMITS.itemsPerOnderdeel);
  });
  it('voegt een item op een plek in', () => {
    const m = reduce(klein(), { type: 'item-toevoegen', stapId: 's2', onderdeel: 'barrieres', id: 'b0', tekst: 'Eerst', index: 0 });
    expect(m.stappen[1]?.barrieres.map((b) => b.id)).toEqual(['b0', 'b2', 'b3']);
  });
  it('wijzigt de velden van een barrière en negeert ongeldige waarden', () => {
    let m = reduce(klein(), {
      type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2',
      patch: { tekst: 'Digitaal nachtregister', eigenaren: ['gem', 'onbekend', 'gem'], soort: 'bestuurlijk', impact: 4, haalbaarheid: 3, status: 'gepland', waterbed: 'Naar campings', notitie: 'n' },
    });
    expect(m.stappen[1]?.barrieres[0]).toMatchObject({ tekst: 'Digitaal nachtregister', eigenaren: ['gem'], soort: 'bestuurlijk', impact: 4, haalbaarheid: 3, status: 'gepland', waterbed: 'Naar campings', notitie: 'n' });
    m = reduce(m, { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', patch: { impact: 9 as never } });
    expect(m.stappen[1]?.barrieres[0]?.impact).toBe(4);
    m = reduce(m, { type: 'item-wijzigen', stapId: 's2', onderdeel: 'barrieres', id: 'b2', patch: { impact: null } });
    expect(m.stappen[1]?.barrieres[0]?.impact).toBeNull();
  });
  it('maakt een tekst niet leeg en wijzigt alleen velden van het eigen onderdeel', () => {
    const m = klein();
    expect(reduce(m, { type: 'item-wijzigen', stapId: 's1', onderdeel: 'gelegenheden', id: 'g1', patch: { tekst: ' ' } })).toBe(m);
    const n = reduce(m, { type: 'item-wijzigen', stapId: 's1', onderdeel: 'gelegenheden', id: 'g1', patch: { status: 'gepland', bewustheid: 'bewust' } });
    expect(n.stappen[0]?.gelegenheden[0]).toEqual({ id: 'g1', tekst: 'Open grenzen', notitie: '' });
    const f = reduce(m, { type: 'item-wijzigen', stapId: 's2', onderdeel: 'faciliteerders', id: 'f1', patch: { bewustheid: 'bewust' } });
    expect((f.stappen[1]?.faciliteerders[0] as Faciliteerder).bewustheid).toBe('bewust');
  });
  it('verwijdert en verplaatst items', () => {
    let m = reduce(klein(), { type: 'item-verplaatsen', stapId: 's2', onderdeel: 'barrieres', id: 'b3', naar: 0 });
    expect(m.stappen[1]?.barrieres.map((b) => b.id)).toEqual(['b3', 'b2']);
    expect(reduce(m, { type: 'item-verplaatsen', stapId: 's2', onderdeel: 'barrieres', id: 'b3', naar: 0 })).toBe(m);
    m = reduce(m, { type: 'item-verwijderen', stapId: 's2', onderdeel: 'barrieres', id: 'b3' });
    expect(m.stappen[1]?.barrieres.map((b) => b.id)).toEqual(['b2']);
    expect(reduce(m, { type: 'item-verwijderen', stapId: 's2', onderdeel: 'barrieres', id: 'b3' })).toBe(m);
  });
  it('verplaatst een item naar een andere stap', () => {
    const m = reduce(klein(), { type: 'item-naar-stap', stapId: 's2', onderdeel: 'barrieres', id: 'b3', naarStapId: 's3' });
    expect(m.stappen[1]?.barrieres.map((b) => b.id)).toEqual(['b2']);
    expect(m.stappen[2]?.barrieres.map((b) => b.id)).toEqual(['b3']);
    expect(reduce(m, { type: 'item-naar-stap', stapId: 's3', onderdeel: 'barrieres', id: 'b3', naarStapId: 's3' })).toBe(m);
    expect(reduce(m, { type: 'item-naar-stap', stapId: 's3', onderdeel: 'barrieres', id: 'b3', naarStapId: 'nee' })).toBe(m);
  });
});

describe('stemmen', () => {
  it('telt stemmen op en af, niet onder nul, en wist ze', () => {
    let m = run(klein(), { type: 'stem', stapId: 's2', id: 'b2', delta: 1 }, { type: 'stem', stapId: 's2', id: 'b2', delta: 1 }, { type: 'stem', stapId: 's2', id: 'b2', delta: -1 });
    expect((m.stappen[1]?.barrieres[0] as Barriere).stemmen).toBe(1);
    const n = reduce(klein(), { type: 'stem', stapId: 's2', id: 'b2', delta: -1 });
    expect(n.stappen[1]?.barrieres[0]?.stemmen).toBe(0);
    m = reduce(m, { type: 'stemmen-wissen' });
    expect(m.stappen[1]?.barrieres[0]?.stemmen).toBe(0);
    expect(reduce(m, { type: 'stemmen-wissen' })).toBe(m);
  });
});
