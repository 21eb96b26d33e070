import { describe, expect, it } from 'vitest';
import { demo, olderEnvelope, validDemo, validEnvelope } from './demo.ts';

const text = (v: unknown) => JSON.stringify(v);
const message = (r: { ok: boolean; message?: string }) => (r.ok ? 'OK' : r.message);

describe('bestanden: een geldig bestand', () => {
  it('leest een bestand van de huidige versie', () => {
    const r = demo.readText(text(validEnvelope));
    expect(r).toEqual({ ok: true, value: { data: validDemo, savedAt: '2026-11-23T08:00:00.000Z', revision: 0, fromVersion: 2 } });
  });
  it('zet een oudere versie om', () => {
    const r = demo.readText(text(olderEnvelope));
    expect(r.ok && r.value).toEqual({
      data: { titel: 'Oud model', notitie: '', stappen: [{ naam: 'Stap', fase: null, barrieres: [{ tekst: 'x', impact: 4 }] }] },
      savedAt: '2025-01-01T08:00:00.000Z',
      revision: 0,
      fromVersion: 1,
    });
  });
  it('schrijft een export die het weer kan lezen, met de lokale datum in de naam', () => {
    const now = new Date('2026-11-22T23:30:00Z');
    const file = demo.toFileText(validDemo, now);
    expect(JSON.parse(file)).toEqual({ instrument: 'demo', versie: 2, opgeslagen: '2026-11-22T23:30:00.000Z', data: validDemo });
    expect(demo.readText(file).ok).toBe(true);
    expect(demo.fileName('json', now)).toBe('demo-2026-11-23.json');
  });
  it('laat onbekende extra velden weg', () => {
    const r = demo.readText(text({ ...validEnvelope, data: { ...validDemo, geheim: 'x' } }));
    expect(r.ok && Object.keys(r.value.data)).toEqual(['titel', 'notitie', 'stappen']);
  });
  it('haalt bidi-stuurtekens uit tekst', () => {
    const r = demo.readText(text({ ...validEnvelope, data: { ...validDemo, titel: '\u202Egnimmarg\u202C x\u2066y\u2069' } }));
    expect(r.ok && r.value.data.titel).toBe('gnimmarg xy');
  });
});

describe('bestanden: meldingen in woorden van de gebruiker', () => {
  it('noemt stap en barrière bij een verkeerde score', () => {
    const data = { ...validDemo, stappen: [validDemo.stappen[0], { naam: 'b', fase: null, barrieres: [{ tekst: 'a', impact: 2 }, { tekst: 'b', impact: 9 }] }] };
    expect(message(demo.readText(text({ ...validEnvelope, data })))).toBe(
      'Dit bestand klopt niet. Stap 2, barrière 2: de impact moet 1 tot 5 zijn. Er is niets veranderd.',
    );
  });
  it('zegt wat ontbreekt en telt de overige punten', () => {
    expect(message(demo.readText(text({ ...validEnvelope, data: { stappen: 'x' } })))).toBe(
      'Dit bestand klopt niet. De titel ontbreekt. (Er is nog 1 ander punt dat niet klopt.) Er is niets veranderd.',
    );
  });
  it('noemt een te lange tekst met de grens', () => {
    const data = { ...validDemo, titel: 'x'.repeat(201) };
    expect(message(demo.readText(text({ ...validEnvelope, data })))).toBe('Dit bestand klopt niet. De titel is te lang (hooguit 200 tekens). Er is niets veranderd.');
  });
  it('noemt een onbekende keuze', () => {
    const data = { ...validDemo, stappen: [{ naam: 'a', fase: 'later', barrieres: [] }] };
    expect(message(demo.readText(text({ ...validEnvelope, data })))).toBe(
      'Dit bestand klopt niet. Stap 1: de fase heeft een waarde die dit instrument niet kent. Er is niets veranderd.',
    );
  });
  it('herkent een bestand van een ander instrument van de site', () => {
    expect(message(demo.readText(text({ ...validEnvelope, instrument: 'regiescan' })))).toBe(
      'Dit bestand is gemaakt met de regiescan, niet met de demo-bouwer. Open het daar. Er is niets veranderd.',
    );
  });
  it('zegt dat een nieuwere versie niet gelezen kan worden', () => {
    expect(message(demo.readText(text({ ...validEnvelope, versie: 3 })))).toBe(
      'Dit bestand is gemaakt met een nieuwere versie van de demo-bouwer (versie 3; deze site kent versie 2). Gebruik de nieuwste versie van de site, of vraag om een bestand in de oude vorm. Er is niets veranderd.',
    );
  });
  it('spreekt over opgeslagen gegevens en deellinks in hun eigen woorden', () => {
    expect(message(demo.readText('{kapot', 'storage'))).toBe('De opgeslagen gegevens zijn beschadigd of onvolledig. Er is niets veranderd.');
    expect(message(demo.readText('', 'link'))).toBe('Deze deellink is leeg. Er is niets veranderd.');
  });
});

describe('bestanden: bytes en bestanden', () => {
  it('leest UTF-16 met en zonder BOM', () => {
    const t = text(validEnvelope);
    const le = new Uint8Array(t.length * 2);
    for (let i = 0; i < t.length; i++) le[i * 2] = t.charCodeAt(i) & 0xff, le[i * 2 + 1] = t.charCodeAt(i) >> 8;
    expect(demo.readBytes(le).ok).toBe(true);
    expect(demo.readBytes(new Uint8Array([0xff, 0xfe, ...le])).ok).toBe(true);
  });
  it('weigert een te groot bestand zonder het te lezen', async () => {
    let read = false;
    const blob = { size: 2_000_000, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) } as unknown as Blob;
    expect(message(await demo.readFile(blob))).toBe('Dit bestand is te groot (meer dan 500 kB). Er is niets veranderd.');
    expect(read).toBe(false);
  });
  it('leest een gekozen bestand', async () => {
    const r = await demo.readFile(new Blob([`\uFEFF${text(validEnvelope)}`]));
    expect(r.ok && r.value.data).toEqual(validDemo);
  });
});

describe('bestanden: schema-stijlen', () => {
  it('zegt "heel getal" bij een kommagetal', () => {
    const data = { ...validDemo, stappen: [{ naam: 'a', fase: null, barrieres: [{ tekst: 'b', impact: 2.5 }] }] };
    expect(message(demo.readText(text({ ...validEnvelope, data })))).toBe(
      'Dit bestand klopt niet. Stap 1, barrière 1: de impact moet een heel getal zijn. Er is niets veranderd.',
    );
  });
  it('werkt ook met een klassiek zod-schema (astro/zod), bv. in Node-scripts', async () => {
    const { z } = await import('astro/zod');
    const { defineInstrument } = await import('../../../src/instrument/files/definition.ts');
    const klassiek = defineInstrument({ tool: 'demo', name: 'de demo-bouwer', version: 1, maxBytes: 1000, schema: z.object({ n: z.number().max(3) }), labels: { n: 'het aantal' } });
    expect(message(klassiek.readText(text({ instrument: 'demo', versie: 1, data: { n: 4 } })))).toBe(
      'Dit bestand klopt niet. Het aantal mag hooguit 3 zijn. Er is niets veranderd.',
    );
  });
});
