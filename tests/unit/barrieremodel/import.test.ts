import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exporteerJson, importeerJson, leesEnvelope, LIMITS, valideerModel, type Model } from '../../../src/tools/barrieremodel/domain/index.ts';
import { groot, klein } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const geldig = () => JSON.parse(fixture('geldig.json')) as { data: Model } & Record<string, unknown>;
const metData = (mutate: (data: Record<string, any>) => void) => {
  const env = geldig();
  mutate(env.data as unknown as Record<string, any>);
  return JSON.stringify(env);
};
const fout = (text: string) => {
  const r = importeerJson(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe('export en import', () => {
  it('een export leest weer precies hetzelfde model in', () => {
    const m = klein();
    const r = importeerJson(exporteerJson(m));
    expect(r).toEqual({ ok: true, value: m });
  });
  it('leest het voorbeeldbestand', () => {
    const r = importeerJson(fixture('geldig.json'));
    expect(r.ok && r.value.stappen.length).toBe(2);
  });
  it('migreert een bestand van versie 1', () => {
    const r = importeerJson(fixture('versie1.json'));
    if (!r.ok) throw new Error(r.message);
    const s = r.value.stappen[0]!;
    expect(s.faciliteerders.map((f) => f.bewustheid)).toEqual(['bewust', 'onbewust']);
    expect(s.barrieres[0]).toMatchObject({ impact: 4, haalbaarheid: null, stemmen: 0 });
    expect(s.barrieres[0]).not.toHaveProperty('prioriteit');
  });
  it('houdt tekst met markup als gewone tekst vast', () => {
    const r = importeerJson(fixture('markup.json'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.titel).toBe('<script>window.__gehackt = true</script>Markup-test');
    expect(r.value.stappen[0]?.gelegenheden[0]?.tekst).toBe('<script>window.__gehackt = true</script>');
  });
  it('haalt stuurtekens uit tekst, maar laat regeleinden staan', () => {
    const r = importeerJson(metData((d) => { d.titel = 'a\u0000b\u0007c\nd\te'; }));
    expect(r.ok && r.value.titel).toBe('abc\nd\te');
  });
  it('leest een groot model (20 × 4 × 25) in', () => {
    const m = groot();
    const text = exporteerJson(m);
    expect(importeerJson(text)).toEqual({ ok: true, value: m });
  });
  it('leesEnvelope controleert ook al ingelezen gegevens', () => {
    expect(leesEnvelope(geldig()).ok).toBe(true);
    expect(leesEnvelope(null).ok).toBe(false);
  });
});

describe('slechte invoer: duidelijke Nederlandse melding', () => {
  it('1. leeg bestand', () => expect(fout('  ')).toMatch(/leeg/));
  it('2. kapotte JSON', () => expect(fout(fixture('kapot.json'))).toMatch(/geen geldig JSON-bestand/));
  it('3. bestand van een ander instrument', () => expect(fout(fixture('ander-instrument.json'))).toMatch(/gemaakt met de regiescan/));
  it('4. willekeurig JSON-bestand zonder envelop', () => expect(fout('{"naam":"boodschappen","items":[1,2]}')).toMatch(/komt niet van de barrièremodel-bouwer/));
  it('5. JSON-lijst in plaats van object', () => expect(fout('[1,2,3]')).toMatch(/komt niet van/));
  it('6. nieuwere versie', () => expect(fout(fixture('nieuwere-versie.json'))).toMatch(/nieuwere versie/));
  it('7. ongeldig versienummer', () => expect(fout('{"instrument":"barrieremodel","versie":"2","data":{}}')).toMatch(/versienummer/));
  it('8. verkeerd schema (impact als tekst)', () => expect(fout(fixture('verkeerd-schema.json'))).toMatch(/impact .*1 tot en met 5/));
  it('9. te groot bestand', () => {
    const text = JSON.stringify({ instrument: 'barrieremodel', versie: 2, data: { opvulling: 'x'.repeat(LIMITS.bestandBytes) } });
    expect(fout(text)).toMatch(/te groot/);
  });
  it('10. data ontbreekt', () => expect(fout('{"instrument":"barrieremodel","versie":2}')).toMatch(/Dit bestand bevat geen gegevens\./));
  it('11. stappen is geen lijst', () => expect(fout(metData((d) => { d.stappen = 'drie'; }))).toMatch(/moet een lijst zijn/));
  it('12. te veel stappen', () => expect(fout(metData((d) => { d.stappen = Array.from({ length: LIMITS.stappen + 1 }, (_, i) => ({ id: `x${i}`, naam: 'x' })); }))).toMatch(/te veel/));
  it('13. dubbele ids (gemanipuleerd)', () => expect(fout(metData((d) => { d.stappen[1].id = d.stappen[0].id; }))).toMatch(/dezelfde id/));
  it('14. verwijzing naar een onbekende partner', () => expect(fout(metData((d) => { d.stappen[1].barrieres[0].eigenaren = ['wie']; }))).toMatch(/partner die niet in het model staat/));
  it('15. onbekende eigenaar van een stap', () => expect(fout(metData((d) => { d.stappen[0].eigenaar = 'wie'; }))).toMatch(/Stap 1: de eigenaar is geen partner van dit model\./));
  it('16. lege naam van een stap', () => expect(fout(metData((d) => { d.stappen[0].naam = '  '; }))).toMatch(/Stap 1: de naam mag niet leeg zijn\./));
  it('17. tekst te lang', () => expect(fout(metData((d) => { d.stappen[0].gelegenheden[0].tekst = 'x'.repeat(LIMITS.langeTekst + 1); }))).toMatch(/te lang/));
  it('18. onbekende status', () => expect(fout(metData((d) => { d.stappen[1].barrieres[0].status = 'klaar'; }))).toMatch(/Stap 2, barrière 1: de status heeft een waarde die dit instrument niet kent\./));
  it('19. ongeldige id met vreemde tekens', () => expect(fout(metData((d) => { d.stappen[0].id = '<script>'; }))).toMatch(/geen geldige id/));
  it('20. negatief aantal stemmen', () => expect(fout(metData((d) => { d.stappen[1].barrieres[0].stemmen = -3; }))).toMatch(/stemmen/));
  it('21. ongeldige datum', () => expect(fout(metData((d) => { d.datum = 'gisteren'; }))).toMatch(/datum/));
  it('22. tekst is geen string (object)', () => expect(fout(metData((d) => { d.titel = { toString: 'x' }; }))).toMatch(/De titel moet tekst zijn\./));
  it('23. item is null', () => expect(fout(metData((d) => { d.stappen[0].signalen = [null]; }))).toMatch(/Stap 1: signaal 1 moet een groep gegevens zijn\./));
  it('24. prototype-vervuiling: een bestand met "__proto__" wordt geweigerd', () => {
    const text = fixture('geldig.json').replace('"titel":', '"__proto__": {"gehackt": true}, "titel":');
    expect(fout(text)).toMatch(/verboden naam/);
    expect(({} as Record<string, unknown>)['gehackt']).toBeUndefined();
  });
  it('25. elke melding zegt dat er niets is veranderd', () => {
    for (const name of ['kapot.json', 'ander-instrument.json', 'nieuwere-versie.json', 'verkeerd-schema.json']) {
      expect(fout(fixture(name))).toMatch(/Er is niets veranderd\.$/);
    }
  });
  it('valideerModel weigert een niet-object', () => {
    expect(valideerModel('model').ok).toBe(false);
    expect(valideerModel(undefined).ok).toBe(false);
  });
});
