import { describe, expect, it } from 'vitest';
import { bepaalUitkomst, schermen, schermFouten, volgendScherm, vorigScherm, isRelevant } from '../../../src/tools/meldcode/domain/regels.ts';
import { startVoorKinderen, kenmerkKinderen } from '../../../src/tools/meldcode/domain/kindcheck.ts';
import { sectorNotities, sectorRegels, sectorTekst } from '../../../src/tools/meldcode/domain/teksten.ts';
import { leegDossier, type Dossier } from '../../../src/tools/meldcode/domain/model.ts';
import { ALGEMEEN, ARTS, OPVANG, SCHOOL, ZORG, dossier } from './helpers.ts';
import { laadTeksten } from './laad-teksten.ts';

const t = laadTeksten();
const kc = (kindcheck: Partial<Dossier['kindcheck']>, extra: Partial<Dossier> = {}): Dossier =>
  dossier({ route: 'kindcheck', betrokkene: 'volwassene', kindcheck: { ...leegDossier().kindcheck, ...kindcheck }, ...extra });

describe('kindcheck als eigen korte flow', () => {
  it('negatief in hooguit drie schermen: begin, kindcheck, overzicht', () => {
    const d = kc({ kinderen: 'nee' });
    expect(schermen(d, ALGEMEEN).map((s) => s.scherm)).toEqual(['start', 'kindcheck', 'overzicht']);
    expect(volgendScherm(d, ALGEMEEN, 'start')).toBe('kindcheck');
    expect(schermFouten(d, ALGEMEEN, 'kindcheck')).toEqual([]);
    expect(volgendScherm(d, ALGEMEEN, 'kindcheck')).toBe('overzicht');
    expect(vorigScherm(d, ALGEMEEN, 'overzicht')).toBe('kindcheck');
  });
  it('één antwoord beslist: geen kinderen is negatief, zonder gesprek of afweging', () => {
    const u = bepaalUitkomst(kc({ kinderen: 'nee' }), ALGEMEEN);
    expect(u).toMatchObject({ soort: 'kindcheck-negatief', beslissingen: false, redenen: ['reden-kindcheck-geen-kinderen'], acties: ['kindcheck-vastleggen'] });
    expect(isRelevant(kc({ kinderen: 'nee' }), ALGEMEEN, 'gesprek')).toBe(false);
    expect(isRelevant(kc({ kinderen: 'nee' }), ALGEMEEN, 'a1')).toBe(false);
  });
  it('kinderen maar geen zorg: ook negatief', () => {
    expect(bepaalUitkomst(kc({ kinderen: 'ja', uitkomst: 'geen-zorg' }), ALGEMEEN).redenen).toEqual(['reden-kindcheck-geen-zorg']);
  });
  it('twijfel: overleggen, daarna opnieuw beslissen of verder met de meldcode', () => {
    expect(bepaalUitkomst(kc({ kinderen: 'ja', uitkomst: 'onduidelijk' }), ALGEMEEN)).toMatchObject({ soort: 'kindcheck-twijfel', acties: ['kindcheck-overleg', 'kindcheck-daarna'] });
  });
  it('positief: de meldcode doorlopen voor de kinderen', () => {
    expect(bepaalUitkomst(kc({ kinderen: 'ja', uitkomst: 'positief' }), ALGEMEEN)).toMatchObject({ soort: 'kindcheck-positief', acties: ['kindcheck-start-kinderen'] });
  });
  it('zonder antwoord blijft de gebruiker op het kindcheckscherm', () => {
    expect(schermFouten(kc({}), ALGEMEEN, 'kindcheck').map((f) => f.code)).toEqual(['fout-kindcheck']);
    expect(bepaalUitkomst(kc({}), ALGEMEEN).ontbreekt).toBe('kindcheck');
    expect(schermFouten(kc({ kinderen: 'ja' }), ALGEMEEN, 'kindcheck').map((f) => f.code)).toEqual(['fout-kindcheck']);
  });
  it('de kindcheck is voor een volwassen cliënt, niet voor een kind', () => {
    expect(schermFouten(kc({ kinderen: 'nee' }, { betrokkene: 'kind' }), ALGEMEEN, 'start').map((f) => f.code)).toEqual(['fout-kindcheck-kind']);
  });
  it('in de hele meldcode noemt de uitkomst de kindcheck', () => {
    const d = dossier({ betrokkene: 'oudere', kindcheck: { kinderen: 'nee' }, afwegingen: { a1: 'nee' } });
    expect(bepaalUitkomst(d, ALGEMEEN).redenen).toContain('reden-kindcheck-geen-zorg');
    expect(schermFouten(d, ALGEMEEN, 1)).toEqual([]);
    const pos = dossier({ betrokkene: 'volwassene', kindcheck: { kinderen: 'ja', uitkomst: 'positief' }, afwegingen: { a1: 'nee' } });
    expect(bepaalUitkomst(pos, ALGEMEEN).acties).toContain('kindcheck-start-kinderen');
  });
});

describe('gekoppelde doorloop voor de kinderen', () => {
  const volw = kc({ kinderen: 'ja', uitkomst: 'positief', notitie: 'Twee kinderen, 4 en 7.' }, { kenmerk: 'Z-2026-14', rol: 'GGZ-behandelaar', sector: 'gezondheidszorg', acuutGevaar: 'nee', bijzondereVormen: [] });
  const { volwassene, kinderen } = startVoorKinderen(volw, 'VERSLAG VAN DE KINDCHECK', '2026-03-12', 'Positieve kindcheck bij de ouder.');
  it('neemt over wat geldt: sector, rol, acuut gevaar; de kinderen zijn de betrokkenen', () => {
    expect(kinderen).toMatchObject({ route: 'meldcode', sector: 'gezondheidszorg', rol: 'GGZ-behandelaar', betrokkene: 'kind', acuutGevaar: 'nee', kenmerk: 'Z-2026-14-kinderen' });
    expect(kinderen.signalen).toHaveLength(1);
    expect(kinderen.signalen[0]).toMatchObject({ omschrijving: 'Positieve kindcheck bij de ouder.', bron: 'Z-2026-14' });
  });
  it('elk verslag noemt het andere', () => {
    expect(kinderen.koppeling).toEqual({ soort: 'uit-kindcheck', kenmerk: 'Z-2026-14', datum: '2026-03-12', verslag: 'VERSLAG VAN DE KINDCHECK' });
    expect(volwassene.koppeling).toMatchObject({ soort: 'vervolg-kinderen', kenmerk: 'Z-2026-14-kinderen', datum: '2026-03-12' });
  });
  it('zonder kenmerk blijft het kenmerk leeg (nooit een naam verzonnen)', () => {
    expect(kenmerkKinderen({ ...volw, kenmerk: ' ' })).toBe('');
  });
});

describe('sectorregels als data, met bron', () => {
  it('artsen apart van andere zorgverleners: alleen artsen moeten Veilig Thuis raadplegen', () => {
    expect(sectorRegels(t, 'artsen')).toEqual(ARTS);
    expect(sectorRegels(t, 'gezondheidszorg')).toEqual(ZORG);
    const d = dossier({ sector: 'gezondheidszorg' });
    expect(schermFouten(d, ZORG, 2)).toEqual([]);
    expect(schermFouten({ ...d, sector: 'artsen' }, ARTS, 2).map((f) => f.code)).toEqual(['fout-geen-vt-reden']);
  });
  it('de artsenregel komt uit de gedeelde regel, met een openbare bron', () => {
    const n = sectorNotities(t, 'artsen', 2);
    expect(n[0]!.teksten.join(' ')).toContain('KNMG-meldcode');
    expect(n[0]!.bronnen.some((b) => 'adres' in b && b.adres.includes('handelingsprotocol.nl'))).toBe(true);
  });
  it('onderwijs: de personeelsroute gaat alleen over zedendelicten', () => {
    const r = sectorTekst(t, 'onderwijs')!.medewerkerRoute!;
    expect(r.vraag).toMatch(/zedendelict/);
    expect(r.vraag).not.toMatch(/ander geweld/);
    expect(r.uitleg.join(' ')).toMatch(/alleen over zedendelicten/);
    expect(sectorRegels(t, 'onderwijs')).toEqual(SCHOOL);
  });
  it('kinderopvang: de personeelsroute legt de feiten vast en is geen melding bij Veilig Thuis', () => {
    expect(sectorRegels(t, 'kinderopvang')).toEqual(OPVANG);
    const d = dossier({ sector: 'kinderopvang', medewerkerVermoeden: 'ja' });
    expect(isRelevant(d, OPVANG, 'medewerker')).toBe(true);
    expect(bepaalUitkomst(d, OPVANG)).toMatchObject({ soort: 'medewerker-route', beslissingen: false, acties: ['medewerker-route-volgen'] });
  });
  it('elk sectorverschil noemt zijn bron', () => {
    for (const s of t.sectoren) {
      expect(s.bronnen.length, s.id).toBeGreaterThan(0);
      for (const [stap, notities] of Object.entries(s.notities)) {
        for (const n of notities ?? []) expect('regel' in n || !!n.bron, `${s.id} stap ${stap}`).toBe(true);
      }
      if (s.medewerkerRoute) expect(s.medewerkerRoute.bronnen.length, s.id).toBeGreaterThan(0);
    }
  });
  it('"een disclosure telt als acute onveiligheid" staat nergens als regel van het basismodel', () => {
    const alles = JSON.stringify(t);
    expect(alles).not.toMatch(/disclosure telt als acute onveiligheid/i);
    const d = t.lijsten.onveiligheid.find((i) => i.id === 'disclosure')!;
    expect(d.uitleg).toMatch(/regionale protocollen/i);
    expect(d.bron).toBeDefined();
  });
});
