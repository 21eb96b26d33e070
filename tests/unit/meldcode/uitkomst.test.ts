/**
 * Every path through the afwegingskader, with the wording chosen for each outcome. The expected values
 * are written out by hand from the basismodel (afwegingskader, meldnormen) and issue 12, not computed.
 */
import { describe, expect, it } from 'vitest';
import { bepaalUitkomst, schermFouten, volgendScherm, aandachtspunten } from '../../../src/tools/meldcode/domain/regels.ts';
import type { A2Antwoord, A5Antwoord, Betrokkene, JaNee } from '../../../src/tools/meldcode/domain/model.ts';
import { ALGEMEEN, dossier } from './helpers.ts';

type Soort = 'acuut' | 'structureel' | 'disclosure';
const pad = (a1: JaNee | null, a2: A2Antwoord | null, a3: JaNee | null, a4: JaNee | null, a5: A5Antwoord | null, a2Soort: Soort[] = [], betrokkene: Betrokkene = 'kind') =>
  dossier({ betrokkene, kindcheck: { kinderen: 'nee' }, afwegingen: { a1, a2, a3, a4, a5, a2Soort } });

interface Verwacht {
  naam: string;
  d: ReturnType<typeof pad>;
  tekst: string;
  melden: string;
  hulp: string;
  normen: number[];
  acties: string[];
  redenen?: string[];
}

const S: Soort[] = ['structureel'];
const paden: Verwacht[] = [
  { naam: 'a1 open', d: pad(null, null, null, null, null), tekst: 'soort-onvolledig', melden: 'open', hulp: 'open', normen: [], acties: [] },
  { naam: 'a1 nee: afsluiten en vastleggen', d: pad('nee', null, null, null, null), tekst: 'soort-afsluiten', melden: 'nee', hulp: 'nee', normen: [], acties: ['afsluiten-vastleggen'], redenen: ['geen-vermoeden'] },
  { naam: 'a2 twijfel: eerst Veilig Thuis', d: pad('ja', 'twijfel', null, null, null), tekst: 'soort-onvolledig', melden: 'open', hulp: 'open', normen: [], acties: ['raadpleeg-vt-bij-twijfel'], redenen: ['twijfel-a2'] },
  {
    naam: 'a2 ja, 3–5 nog open: melden, hulp samen met VT te bepalen',
    d: pad('ja', 'ja', null, null, null, ['acuut']),
    tekst: 'soort-melden-hulp-open',
    melden: 'ja',
    hulp: 'open',
    normen: [1],
    acties: ['melden-vt', 'informeren-ouders', 'a3-5-samen-met-vt'],
    redenen: ['reden-norm-1', 'onveilig-acuut', 'hulp-nog-bepalen-met-vt'],
  },
  {
    naam: 'a2 ja (volwassene): de cliënt informeren, niet de ouders',
    d: pad('ja', 'ja', null, null, null, ['acuut'], 'volwassene'),
    tekst: 'soort-melden-hulp-open',
    melden: 'ja',
    hulp: 'open',
    normen: [1],
    acties: ['melden-vt', 'informeren-client', 'a3-5-samen-met-vt'],
    redenen: ['reden-norm-1', 'onveilig-acuut', 'hulp-nog-bepalen-met-vt', 'reden-kindcheck-geen-zorg'],
  },
  { naam: 'a2 ja, a3 nee: Veilig Thuis neemt het over', d: pad('ja', 'ja', 'nee', null, null, S), tekst: 'soort-melden', melden: 'ja', hulp: 'nee', normen: [1], acties: ['melden-vt', 'informeren-ouders', 'vt-vervolg'] },
  { naam: 'a2 ja, a4 nee', d: pad('ja', 'ja', 'ja', 'nee', null, S), tekst: 'soort-melden', melden: 'ja', hulp: 'nee', normen: [1], acties: ['melden-vt', 'informeren-ouders', 'vt-vervolg'] },
  { naam: 'a2 ja, a4 ja, a5 open', d: pad('ja', 'ja', 'ja', 'ja', null, S), tekst: 'soort-melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [1], acties: ['melden-vt', 'informeren-ouders', 'hulp-bieden-met-vt', 'monitoren'] },
  { naam: 'a2 ja, a5 loopt', d: pad('ja', 'ja', 'ja', 'ja', 'loopt', S), tekst: 'soort-melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [1], acties: ['melden-vt', 'informeren-ouders', 'hulp-bieden-met-vt', 'monitoren'] },
  { naam: 'a2 ja, a5 ja: hulp afronden met afspraken', d: pad('ja', 'ja', 'ja', 'ja', 'ja', S), tekst: 'soort-melden-hulp-werkt', melden: 'ja', hulp: 'ja', normen: [1], acties: ['melden-vt', 'informeren-ouders', 'afsluiten-met-afspraken'] },
  { naam: 'a2 ja, a5 nee: opnieuw melden', d: pad('ja', 'ja', 'ja', 'ja', 'nee', S), tekst: 'soort-melden-hulp-werkt-niet', melden: 'ja', hulp: 'ja', normen: [1, 3], acties: ['opnieuw-melden', 'informeren-ouders'] },
  { naam: 'a2 nee, a3 open', d: pad('ja', 'nee', null, null, null), tekst: 'soort-onvolledig', melden: 'open', hulp: 'open', normen: [], acties: [] },
  { naam: 'a2 nee, a3 nee: meldnorm 2', d: pad('ja', 'nee', 'nee', null, null), tekst: 'soort-melden-norm-2', melden: 'ja', hulp: 'nee', normen: [2], acties: ['melden-vt', 'informeren-ouders'], redenen: ['geen-acute-of-structurele-onveiligheid', 'reden-norm-2', 'geen-eigen-hulp'] },
  { naam: 'a2 nee, a4 nee: meldnorm 2', d: pad('ja', 'nee', 'ja', 'nee', null), tekst: 'soort-melden-norm-2', melden: 'ja', hulp: 'nee', normen: [2], acties: ['melden-vt', 'informeren-ouders'], redenen: ['geen-acute-of-structurele-onveiligheid', 'reden-norm-2', 'hulp-niet-aanvaard'] },
  { naam: 'a2 nee, a5 open', d: pad('ja', 'nee', 'ja', 'ja', null), tekst: 'soort-onvolledig', melden: 'open', hulp: 'open', normen: [], acties: [] },
  { naam: 'a2 nee, a5 loopt: hulp bieden en volgen', d: pad('ja', 'nee', 'ja', 'ja', 'loopt'), tekst: 'soort-hulp', melden: 'nee', hulp: 'ja', normen: [], acties: ['hulp-bieden', 'monitoren'] },
  {
    naam: 'a2 nee, a5 ja: geen "biedt hulp en volgt", maar afronden',
    d: pad('ja', 'nee', 'ja', 'ja', 'ja'),
    tekst: 'soort-hulp-werkt',
    melden: 'nee',
    hulp: 'ja',
    normen: [],
    acties: ['afsluiten-met-afspraken'],
    redenen: ['geen-acute-of-structurele-onveiligheid', 'hulp-aanvaard', 'hulp-werkt'],
  },
  {
    naam: 'a2 nee, a5 nee: eerst (alsnog) melden, niet eerst hulp bieden',
    d: pad('ja', 'nee', 'ja', 'ja', 'nee'),
    tekst: 'soort-hulp-werkt-niet',
    melden: 'ja',
    hulp: 'ja',
    normen: [3],
    acties: ['melden-vt-norm-3', 'informeren-ouders', 'hulp-na-melding'],
    redenen: ['geen-acute-of-structurele-onveiligheid', 'hulp-aanvaard', 'reden-norm-3', 'hulp-werkt-niet'],
  },
];

describe('afwegingskader: elk pad met de gekozen formulering', () => {
  for (const p of paden) {
    it(p.naam, () => {
      const u = bepaalUitkomst(p.d, ALGEMEEN);
      expect(u.tekst).toBe(p.tekst);
      expect(u.melden).toBe(p.melden);
      expect(u.hulp).toBe(p.hulp);
      expect(u.meldnormen).toEqual(p.normen);
      expect(u.acties).toEqual(p.acties);
      if (p.redenen) expect(u.redenen).toEqual(p.redenen);
    });
  }
});

describe('stap 5 met Veilig Thuis blokkeert niet', () => {
  const gemeld = (status: 'gepland' | 'gedaan' | 'uitzondering' | null) => ({ ...pad('ja', 'ja', null, null, null, ['acuut']), informeren: { status, datum: '', reactie: '', uitzondering: null, reden: '' } });
  it('afweging 3–5 mogen open blijven; alleen het informeren is nodig', () => {
    expect(schermFouten(gemeld(null), ALGEMEEN, 5).map((f) => f.code)).toEqual(['fout-informeren']);
    expect(schermFouten(gemeld('gepland'), ALGEMEEN, 5)).toEqual([]);
    expect(volgendScherm(gemeld('gepland'), ALGEMEEN, 5)).toBe('overzicht');
  });
  it('"gepland" is genoeg: geen verleden tijd nodig, wel een herinnering', () => {
    expect(aandachtspunten(gemeld('gepland'), ALGEMEEN)).toEqual(expect.arrayContaining(['let-informeren-gepland', 'let-a3-5-later']));
    expect(aandachtspunten(gemeld('gedaan'), ALGEMEEN)).not.toContain('let-informeren-gepland');
  });
  it('een uitzondering vraagt de reden', () => {
    const d = { ...gemeld('uitzondering') };
    expect(schermFouten(d, ALGEMEEN, 5).map((f) => f.code)).toEqual(['fout-uitzondering', 'fout-uitzondering-reden']);
  });
  it('zonder Veilig Thuis (a2 nee) blijven afweging 3–5 nodig', () => {
    expect(schermFouten(pad('ja', 'nee', null, null, null), ALGEMEEN, 5).map((f) => f.code)).toEqual(['fout-a3']);
  });
  it('de redenen zeggen niet dat u iets "samen met Veilig Thuis concludeerde" zolang 3–5 open zijn', () => {
    expect(bepaalUitkomst(gemeld('gepland'), ALGEMEEN).redenen).not.toContain('geen-eigen-hulp-vt');
  });
});

describe('bijzondere vormen van geweld door het hele pad', () => {
  const egg = (extra: object = {}) => dossier({ bijzondereVormen: ['eergerelateerd'], afwegingen: { a1: 'ja', a2: 'ja', a2Soort: ['acuut'] }, ...extra });
  it('de uitkomst raadt niet aan de familie vooraf te informeren, en noemt de reden', () => {
    const u = bepaalUitkomst(egg(), ALGEMEEN);
    expect(u.acties).toContain('informeren-bijzondere-vorm');
    expect(u.acties).not.toContain('informeren-ouders');
    expect(u.acties).not.toContain('informeren-client');
    expect(u.redenen).toContain('reden-bijzondere-vorm');
  });
  it('zonder overleg met Veilig Thuis of een deskundige komt dat als eerste actie', () => {
    expect(bepaalUitkomst(egg(), ALGEMEEN).acties[0]).toBe('raadpleeg-deskundige');
    const metVt = egg({ consultaties: [{ id: 'c1', met: 'veilig-thuis', wanneer: '', anoniem: false, advies: '' }] });
    expect(bepaalUitkomst(metVt, ALGEMEEN).acties).not.toContain('raadpleeg-deskundige');
  });
  it('ook bij meldnorm 2 en 3 geen advies om eerst te informeren', () => {
    const n2 = dossier({ bijzondereVormen: ['huwelijksdwang'], afwegingen: { a1: 'ja', a2: 'nee', a3: 'nee' } });
    expect(bepaalUitkomst(n2, ALGEMEEN).acties).toContain('informeren-bijzondere-vorm');
    const n3 = dossier({ bijzondereVormen: ['vgv'], afwegingen: { a1: 'ja', a2: 'nee', a3: 'ja', a4: 'ja', a5: 'nee' } });
    expect(bepaalUitkomst(n3, ALGEMEEN).acties).toContain('informeren-bijzondere-vorm');
  });
  it('een gesprek bij een bijzondere vorm geeft een aandachtspunt', () => {
    expect(aandachtspunten(egg({ gesprek: { gevoerd: 'ja' } }), ALGEMEEN)).toContain('let-bijzondere-vorm-gesprek');
  });
});
