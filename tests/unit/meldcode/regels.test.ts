import { describe, expect, it } from 'vitest';
import {
  aandachtspunten,
  bepaalUitkomst,
  genegeerdeAntwoorden,
  isRelevant,
  schermen,
  schermFouten,
  volgendScherm,
  vorigScherm,
  wijzigingen,
} from '../../../src/tools/meldcode/domain/regels.ts';
import { leegDossier, type A2Antwoord, type A5Antwoord, type JaNee } from '../../../src/tools/meldcode/domain/model.ts';
import { ALGEMEEN, ARTS, OPVANG, dossier } from './helpers.ts';

const afw = (a1: JaNee | null, a2: A2Antwoord | null = null, a3: JaNee | null = null, a4: JaNee | null = null, a5: A5Antwoord | null = null, a2Soort: ('acuut' | 'structureel' | 'disclosure')[] = []) =>
  dossier({ afwegingen: { a1, a2, a3, a4, a5, a2Soort } });

describe('afwegingskader: elk pad', () => {
  const paden: {
    naam: string;
    d: ReturnType<typeof afw>;
    soort: string;
    melden: string;
    hulp: string;
    normen: number[];
    samen?: boolean;
    ontbreekt?: unknown;
  }[] = [
    { naam: 'niets beantwoord', d: afw(null), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 4 },
    { naam: 'a1 nee → afsluiten', d: afw('nee'), soort: 'afsluiten', melden: 'nee', hulp: 'nee', normen: [] },
    { naam: 'a1 ja, a2 open', d: afw('ja'), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 4 },
    { naam: 'a2 twijfel → eerst VT raadplegen', d: afw('ja', 'twijfel'), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 4 },
    { naam: 'a2 ja zonder soort', d: afw('ja', 'ja'), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 4 },
    { naam: 'a2 ja acuut, 3–5 open', d: afw('ja', 'ja', null, null, null, ['acuut']), soort: 'melden', melden: 'ja', hulp: 'open', normen: [1], samen: true },
    { naam: 'a2 ja structureel, a3 nee', d: afw('ja', 'ja', 'nee', null, null, ['structureel']), soort: 'melden', melden: 'ja', hulp: 'nee', normen: [1], samen: true },
    { naam: 'a2 ja, a3 ja, a4 open', d: afw('ja', 'ja', 'ja', null, null, ['structureel']), soort: 'melden', melden: 'ja', hulp: 'open', normen: [1], samen: true },
    { naam: 'a2 ja, a3 ja, a4 nee', d: afw('ja', 'ja', 'ja', 'nee', null, ['acuut']), soort: 'melden', melden: 'ja', hulp: 'nee', normen: [1], samen: true },
    { naam: 'a2 ja, a4 ja, a5 open', d: afw('ja', 'ja', 'ja', 'ja', null, ['acuut']), soort: 'melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [1], samen: true },
    { naam: 'a2 ja, a5 loopt', d: afw('ja', 'ja', 'ja', 'ja', 'loopt', ['structureel']), soort: 'melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [1], samen: true },
    { naam: 'a2 ja, a5 ja', d: afw('ja', 'ja', 'ja', 'ja', 'ja', ['structureel']), soort: 'melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [1], samen: true },
    { naam: 'a2 ja, a5 nee → opnieuw melden', d: afw('ja', 'ja', 'ja', 'ja', 'nee', ['structureel']), soort: 'melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [1, 3], samen: true },
    { naam: 'a2 nee, a3 open', d: afw('ja', 'nee'), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 5 },
    { naam: 'a2 nee, a3 nee → meldnorm 2', d: afw('ja', 'nee', 'nee'), soort: 'melden', melden: 'ja', hulp: 'nee', normen: [2] },
    { naam: 'a2 nee, a3 ja, a4 open', d: afw('ja', 'nee', 'ja'), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 5 },
    { naam: 'a2 nee, a4 nee → meldnorm 2', d: afw('ja', 'nee', 'ja', 'nee'), soort: 'melden', melden: 'ja', hulp: 'nee', normen: [2] },
    { naam: 'a2 nee, a4 ja, a5 open', d: afw('ja', 'nee', 'ja', 'ja'), soort: 'onvolledig', melden: 'open', hulp: 'open', normen: [], ontbreekt: 5 },
    { naam: 'a2 nee, a5 loopt → hulp', d: afw('ja', 'nee', 'ja', 'ja', 'loopt'), soort: 'hulp', melden: 'nee', hulp: 'ja', normen: [] },
    { naam: 'a2 nee, a5 ja → hulp afronden', d: afw('ja', 'nee', 'ja', 'ja', 'ja'), soort: 'hulp', melden: 'nee', hulp: 'ja', normen: [] },
    { naam: 'a2 nee, a5 nee → meldnorm 3', d: afw('ja', 'nee', 'ja', 'ja', 'nee'), soort: 'melden-en-hulp', melden: 'ja', hulp: 'ja', normen: [3] },
  ];
  for (const p of paden) {
    it(p.naam, () => {
      const u = bepaalUitkomst(p.d, ALGEMEEN);
      expect(u.soort).toBe(p.soort);
      expect(u.melden).toBe(p.melden);
      expect(u.hulp).toBe(p.hulp);
      expect(u.meldnormen).toEqual(p.normen);
      expect(u.samenMetVeiligThuis).toBe(p.samen ?? false);
      expect(u.ontbreekt).toBe(p.ontbreekt ?? null);
    });
  }

  it('een disclosure (regionale protocollen) leidt tot melden onder meldnorm 1, met de disclosure als reden', () => {
    const u = bepaalUitkomst(afw('ja', 'ja', null, null, null, ['disclosure']), ALGEMEEN);
    expect(u.melden).toBe('ja');
    expect(u.meldnormen).toEqual([1]);
    expect(u.redenen).toContain('onveilig-disclosure');
    expect(u.acties).toEqual(['melden-vt', 'informeren-ouders', 'a3-5-samen-met-vt']);
  });
  it('twijfel bij afweging 2 vraagt om Veilig Thuis te raadplegen', () => {
    const u = bepaalUitkomst(afw('ja', 'twijfel'), ALGEMEEN);
    expect(u.redenen).toEqual(['twijfel-a2']);
    expect(u.acties).toContain('raadpleeg-vt-bij-twijfel');
  });
  it('een onvolledig startscherm blokkeert elke uitkomst', () => {
    expect(bepaalUitkomst(leegDossier(), ALGEMEEN).ontbreekt).toBe('start');
    expect(bepaalUitkomst({ ...afw('nee'), acuutGevaar: null }, ALGEMEEN).ontbreekt).toBe('start');
    expect(bepaalUitkomst(afw('nee'), null).ontbreekt).toBe('start');
  });
  it('acuut gevaar bij de start komt terug in de acties', () => {
    const d = { ...afw('nee'), acuutGevaar: 'ja' as const };
    expect(bepaalUitkomst(d, ALGEMEEN).acties[0]).toBe('acuut-gevaar-gebeld');
    expect(aandachtspunten(d, ALGEMEEN)).toContain('let-acuut-bij-start-geen-vermoeden');
  });
});

describe('tegenstrijdige invoer: antwoorden die door een eerder antwoord niet meer van toepassing zijn', () => {
  it('a1 nee negeert elke latere afweging en noemt ze als genegeerd', () => {
    const d = afw('nee', 'ja', 'nee', 'nee', 'nee', ['acuut']);
    expect(bepaalUitkomst(d, ALGEMEEN).soort).toBe('afsluiten');
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(expect.arrayContaining(['a2', 'a2Soort', 'a3', 'a4', 'a5']));
  });
  it('a2 nee negeert de eerder gekozen soorten onveiligheid', () => {
    const d = afw('ja', 'nee', 'ja', 'ja', 'loopt', ['acuut']);
    expect(bepaalUitkomst(d, ALGEMEEN).soort).toBe('hulp');
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(['a2Soort']);
  });
  it('a3 nee negeert a4 en a5', () => {
    const d = afw('ja', 'nee', 'nee', 'ja', 'ja');
    const u = bepaalUitkomst(d, ALGEMEEN);
    expect(u.soort).toBe('melden');
    expect(u.meldnormen).toEqual([2]);
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(expect.arrayContaining(['a4', 'a5']));
  });
  it('a2 twijfel negeert a3–a5', () => {
    const d = afw('ja', 'twijfel', 'ja', 'ja', 'ja');
    expect(bepaalUitkomst(d, ALGEMEEN).soort).toBe('onvolledig');
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(expect.arrayContaining(['a3', 'a4', 'a5']));
  });
  it('gegevens van het gesprek worden genegeerd als het gesprek is overgeslagen, en omgekeerd', () => {
    const d = dossier({ gesprek: { gevoerd: 'nee', doel: 'uitleg', uitzondering: 'veiligheid-client', uitzonderingReden: 'x' } });
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(['gesprekInhoud']);
    const e = dossier({ gesprek: { gevoerd: 'ja', uitzondering: 'veiligheid-client', uitzonderingReden: 'x' } });
    expect(genegeerdeAntwoorden(e, ALGEMEEN)).toEqual(['gesprekUitzondering']);
  });
  it('het informeren van de cliënt telt alleen als er een melding is; monitoring alleen bij hulp', () => {
    const d = { ...afw('nee'), informeren: { status: 'gedaan' as const, datum: '', reactie: 'boos', uitzondering: null, reden: '' }, monitoring: { wat: 'x', wanneer: '' } };
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(expect.arrayContaining(['informeren', 'monitoring']));
    const m = { ...afw('ja', 'nee', 'nee'), informeren: { status: 'gedaan' as const, datum: '', reactie: '', uitzondering: null, reden: '' } };
    expect(isRelevant(m, ALGEMEEN, 'informeren')).toBe(true);
    expect(isRelevant(m, ALGEMEEN, 'monitoring')).toBe(false);
  });
  it('een kindcheck bij een volwassene wordt genegeerd als de zorg over een kind blijkt te gaan', () => {
    const d = dossier({ betrokkene: 'kind', kindcheck: { kinderen: null, aanleidingen: ['psychisch'], nagegaan: [], uitkomst: 'positief', notitie: '' } });
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(['kindcheck']);
    expect(schermFouten(d, ALGEMEEN, 1)).toEqual([]);
  });
});

describe('verschillen tussen sectoren', () => {
  it('artsen (KNMG-meldcode): in stap 2 wordt Veilig Thuis in principe altijd geraadpleegd, of er wordt een reden vastgelegd', () => {
    const d = dossier({ sector: 'artsen', consultaties: [{ id: 'c1', met: 'collega', wanneer: '', anoniem: false, advies: '' }] });
    expect(schermFouten(d, ARTS, 2).map((f) => f.code)).toEqual(['fout-geen-vt-reden']);
    expect(schermFouten({ ...d, geenVtReden: 'Direct 112 gebeld; VT belt terug.' }, ARTS, 2)).toEqual([]);
    const metVt = { ...d, consultaties: [...d.consultaties, { id: 'c2', met: 'veilig-thuis', wanneer: '', anoniem: true, advies: 'praat' }] };
    expect(schermFouten(metVt, ARTS, 2)).toEqual([]);
    expect(aandachtspunten({ ...d, geenVtReden: 'reden' }, ARTS)).toContain('let-vt-niet-geraadpleegd');
  });
  it('andere sectoren vereisen geen raadpleging van Veilig Thuis', () => {
    expect(schermFouten(dossier(), ALGEMEEN, 2)).toEqual([]);
    expect(isRelevant(dossier(), ALGEMEEN, 'geenVtReden')).toBe(false);
  });
  it('een reden om VT niet te raadplegen wordt genegeerd zodra VT is geraadpleegd', () => {
    const d = dossier({ geenVtReden: 'geen tijd', consultaties: [{ id: 'c1', met: 'veilig-thuis', wanneer: '', anoniem: false, advies: '' }] });
    expect(genegeerdeAntwoorden(d, ARTS)).toEqual(['geenVtReden']);
  });
  it('kinderopvang: de start vraagt naar een verdachte medewerker', () => {
    const d = dossier({ sector: 'kinderopvang' });
    expect(schermFouten(d, OPVANG, 'start').map((f) => f.code)).toEqual(['fout-medewerker']);
    expect(bepaalUitkomst(d, OPVANG).ontbreekt).toBe('start');
    expect(schermFouten(d, ALGEMEEN, 'start')).toEqual([]);
  });
  it('kinderopvang: een verdachte medewerker leidt naar de aparte route met een meldplicht', () => {
    const d = { ...afw('ja', 'nee', 'ja', 'ja', 'loopt'), sector: 'kinderopvang', medewerkerVermoeden: 'ja' as const };
    const u = bepaalUitkomst(d, OPVANG);
    expect(u.soort).toBe('medewerker-route');
    // Not a melding to Veilig Thuis: the two decisions of stap 5 do not apply in this route.
    expect(u.beslissingen).toBe(false);
    expect(u.melden).toBe('open');
    expect(volgendScherm(d, OPVANG, 'start')).toBe('overzicht');
    expect(vorigScherm(d, OPVANG, 'overzicht')).toBe('start');
    expect(schermen(d, OPVANG).filter((s) => !s.vanToepassing).map((s) => s.scherm)).toEqual([1, 2, 3, 4, 5]);
    expect(genegeerdeAntwoorden(d, OPVANG)).toEqual(expect.arrayContaining(['a1', 'a2', 'a3', 'a4', 'a5']));
  });
  it('kinderopvang: geen medewerker verdacht → de gewone meldcode', () => {
    const d = { ...afw('ja', 'nee', 'ja', 'ja', 'loopt'), sector: 'kinderopvang', medewerkerVermoeden: 'nee' as const };
    expect(bepaalUitkomst(d, OPVANG).soort).toBe('hulp');
    expect(volgendScherm(d, OPVANG, 'start')).toBe(1);
  });
  it('het antwoord over een medewerker wordt genegeerd in een sector zonder die route', () => {
    const d = { ...afw('nee'), medewerkerVermoeden: 'ja' as const };
    expect(bepaalUitkomst(d, ALGEMEEN).soort).toBe('afsluiten');
    expect(genegeerdeAntwoorden(d, ALGEMEEN)).toEqual(['medewerkerVermoeden']);
  });
});

describe('kindcheck', () => {
  const volw = (uitkomst: 'positief' | 'geen-zorg' | 'onduidelijk' | null) =>
    dossier({ betrokkene: 'volwassene', kindcheck: { kinderen: null, aanleidingen: ['psychisch'], nagegaan: ['kinderen-thuis'], uitkomst, notitie: '' } });
  it('is verplicht bij een volwassene of oudere, niet bij een kind', () => {
    expect(schermFouten(volw(null), ALGEMEEN, 1).map((f) => f.code)).toEqual(['fout-kindcheck']);
    expect(schermFouten({ ...volw(null), betrokkene: 'oudere' }, ALGEMEEN, 1).map((f) => f.code)).toEqual(['fout-kindcheck']);
    expect(isRelevant(dossier(), ALGEMEEN, 'kindcheck')).toBe(false);
  });
  it('positief → verder met de meldcode, met oog voor de kinderen', () => {
    expect(schermFouten(volw('positief'), ALGEMEEN, 1)).toEqual([]);
    expect(volgendScherm(volw('positief'), ALGEMEEN, 1)).toBe(2);
    expect(aandachtspunten(volw('positief'), ALGEMEEN)).toContain('let-kindcheck-positief');
  });
  it('geen zorg → vastgelegd, geen waarschuwing', () => {
    const p = aandachtspunten(volw('geen-zorg'), ALGEMEEN);
    expect(p).not.toContain('let-kindcheck-positief');
    expect(p).not.toContain('let-kindcheck-onduidelijk');
  });
  it('onduidelijk → overleggen (een waarschuwing tot er een overleg is vastgelegd)', () => {
    expect(aandachtspunten(volw('onduidelijk'), ALGEMEEN)).toContain('let-kindcheck-onduidelijk');
    const metOverleg = { ...volw('onduidelijk'), consultaties: [{ id: 'c1', met: 'collega', wanneer: '', anoniem: false, advies: '' }] };
    expect(aandachtspunten(metOverleg, ALGEMEEN)).not.toContain('let-kindcheck-onduidelijk');
  });
});

describe('schermen, fouten en aandachtspunten', () => {
  it('de start vereist sector, betrokkene en de veiligheidsvraag', () => {
    expect(schermFouten(leegDossier(), null, 'start').map((f) => f.code)).toEqual(['fout-sector', 'fout-betrokkene', 'fout-acuut']);
  });
  it('stap 3: het gesprek overslaan vraagt een uitzondering en een geschreven reden', () => {
    const d = dossier({ gesprek: { gevoerd: 'nee' } });
    expect(schermFouten(d, ALGEMEEN, 3).map((f) => f.code)).toEqual(['fout-uitzondering', 'fout-uitzondering-reden']);
    const ok = dossier({ gesprek: { gevoerd: 'nee', uitzondering: 'contact-verbreken', uitzonderingReden: 'Eerder brak moeder contact af.' } });
    expect(schermFouten(ok, ALGEMEEN, 3)).toEqual([]);
    expect(schermFouten(dossier({ gesprek: { gevoerd: 'nee', uitzondering: 'veiligheid-client', uitzonderingReden: '   ' } }), ALGEMEEN, 3).map((f) => f.code)).toEqual([
      'fout-uitzondering-reden',
    ]);
  });
  it('stap 4 vraagt a2 en de soort alleen als die van toepassing zijn', () => {
    expect(schermFouten(afw(null), ALGEMEEN, 4).map((f) => f.code)).toEqual(['fout-a1']);
    expect(schermFouten(afw('nee'), ALGEMEEN, 4)).toEqual([]);
    expect(schermFouten(afw('ja'), ALGEMEEN, 4).map((f) => f.code)).toEqual(['fout-a2']);
    expect(schermFouten(afw('ja', 'ja'), ALGEMEEN, 4).map((f) => f.code)).toEqual(['fout-a2-soort']);
  });
  it('stap 5: de cliënt informeren vóór een melding, of een uitzondering met een reden', () => {
    const d = afw('ja', 'nee', 'nee');
    expect(schermFouten(d, ALGEMEEN, 5).map((f) => f.code)).toEqual(['fout-informeren']);
    const nee = { ...d, informeren: { status: 'uitzondering' as const, datum: '', reactie: '', uitzondering: 'veiligheid-anderen', reden: '' } };
    expect(schermFouten(nee, ALGEMEEN, 5).map((f) => f.code)).toEqual(['fout-uitzondering-reden']);
    expect(aandachtspunten({ ...nee, informeren: { ...nee.informeren, reden: 'Broer dreigt.' } }, ALGEMEEN)).toContain('let-niet-geinformeerd');
    expect(schermFouten(afw('ja', 'nee', 'ja', 'ja', 'loopt'), ALGEMEEN, 5)).toEqual([]);
  });
  it('a1 nee slaat stap 5 over in de doorloop', () => {
    const d = afw('nee');
    expect(volgendScherm(d, ALGEMEEN, 4)).toBe('overzicht');
    expect(vorigScherm(d, ALGEMEEN, 'overzicht')).toBe(4);
    expect(schermen(d, ALGEMEEN).find((s) => s.scherm === 5)?.vanToepassing).toBe(false);
    expect(volgendScherm(afw('ja', 'nee'), ALGEMEEN, 4)).toBe(5);
    expect(vorigScherm(afw('ja'), ALGEMEEN, 1)).toBe('start');
  });
  it('aandachtspunten bij signalen, overleg en bijzondere vormen', () => {
    const d = dossier({
      signalen: [{ id: 's1', categorie: 'gedrag', omschrijving: 'angstig', bronSoort: 'van-derden', bron: '', richting: 'bevestigt' }],
      bijzondereVormen: ['eergerelateerd'],
    });
    expect(aandachtspunten(d, ALGEMEEN)).toEqual(
      expect.arrayContaining(['let-alleen-bevestigend', 'let-signalen-van-derden', 'let-geen-consultatie', 'let-bijzondere-vorm-zonder-deskundige']),
    );
    expect(aandachtspunten(dossier(), ALGEMEEN)).toContain('let-geen-signalen');
    const metVt = { ...d, consultaties: [{ id: 'c1', met: 'veilig-thuis', wanneer: '', anoniem: true, advies: '' }] };
    expect(aandachtspunten(metVt, ALGEMEEN)).not.toContain('let-bijzondere-vorm-zonder-deskundige');
    expect(aandachtspunten(metVt, ALGEMEEN)).toContain('let-anoniem-advies');
    expect(schermFouten({ ...d, signalen: [{ ...d.signalen[0]!, omschrijving: ' ' }] }, ALGEMEEN, 1).map((f) => f.code)).toEqual(['fout-signaal-leeg']);
  });
  it('hulp zonder evaluatiemoment wordt gesignaleerd', () => {
    expect(aandachtspunten(afw('ja', 'nee', 'ja', 'ja', 'loopt'), ALGEMEEN)).toContain('let-geen-evaluatiemoment');
  });
});

describe('wijzigingen zeggen wat er veranderde', () => {
  it('van hulp naar melden, met de antwoorden die nu genegeerd worden en die nu nodig zijn', () => {
    const voor = afw('ja', 'nee', 'ja', 'ja', 'loopt');
    const na = afw('ja', 'nee', 'nee', 'ja', 'loopt');
    const w = wijzigingen(voor, na, ALGEMEEN, ALGEMEEN);
    expect(w).toContainEqual({ code: 'wijziging-uitkomst', van: 'hulp', naar: 'melden' });
    expect(w).toContainEqual({ code: 'wijziging-melden', van: 'nee', naar: 'ja' });
    expect(w).toContainEqual({ code: 'wijziging-hulp', van: 'ja', naar: 'nee' });
    expect(w).toContainEqual({ code: 'wijziging-niet-meer-van-toepassing', velden: ['a4', 'a5'] });
    expect(w).toContainEqual({ code: 'wijziging-nieuwe-vragen', velden: ['informeren'] });
  });
  it('terugzetten brengt de eerdere antwoorden terug', () => {
    const a = afw('nee', 'nee', 'ja', 'ja', 'loopt');
    const b = afw('ja', 'nee', 'ja', 'ja', 'loopt');
    const w = wijzigingen(a, b, ALGEMEEN, ALGEMEEN);
    expect(w).toContainEqual({ code: 'wijziging-uitkomst', van: 'afsluiten', naar: 'hulp' });
    expect(w).toContainEqual({ code: 'wijziging-weer-van-toepassing', velden: ['a2', 'a3', 'a4', 'a5'] });
  });
  it('een volledige uitkomst die onvolledig wordt, wordt gemeld', () => {
    const w = wijzigingen(afw('nee'), afw('ja'), ALGEMEEN, ALGEMEEN);
    expect(w).toEqual([
      { code: 'wijziging-onvolledig', van: 'afsluiten' },
      { code: 'wijziging-nieuwe-vragen', velden: ['a2'] },
    ]);
  });
  it('overstappen op een volwassene voegt de kindcheck toe als nieuwe vraag', () => {
    const w = wijzigingen(dossier(), dossier({ betrokkene: 'volwassene' }), ALGEMEEN, ALGEMEEN);
    expect(w).toContainEqual({ code: 'wijziging-nieuwe-vragen', velden: ['kindcheck'] });
  });
  it('de sector wijzigen naar artsen vraagt om een raadpleging van VT of een reden', () => {
    const w = wijzigingen(dossier(), dossier({ sector: 'artsen' }), ALGEMEEN, ARTS);
    expect(w).toContainEqual({ code: 'wijziging-nieuwe-vragen', velden: ['geenVtReden'] });
  });
  it('geen wijziging, geen melding', () => {
    expect(wijzigingen(afw('nee'), afw('nee'), ALGEMEEN, ALGEMEEN)).toEqual([]);
  });
});
