import { describe, expect, it } from 'vitest';
import { hostileFiles, MARKUP } from '../../fixtures/hostile/generate.ts';
import { demo, isDemoText, olderEnvelope, validDemo, validEnvelope } from './demo.ts';

const cases = hostileFiles(validEnvelope, { maxBytes: demo.definition.maxBytes, older: olderEnvelope, otherTool: 'meldcode', isText: isDemoText });

describe('vijandige bestanden tegen een voorbeelddefinitie', () => {
  it('heeft minstens 20 gevallen, elk met een eigen naam', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const c of cases) {
    it(`${c.description} (${c.name}): ${c.expect === 'reject' ? 'een Nederlandse melding' : c.expect === 'accept' ? 'wordt gelezen' : 'melding of schoon gelezen'}`, () => {
      const before = JSON.stringify(Object.prototype);
      const r = demo.readBytes(c.bytes);
      // Never prototype pollution, whatever the file holds.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(JSON.stringify(Object.prototype)).toBe(before);
      if (c.expect === 'reject') {
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.code).toBe(c.code);
          expect(r.message).toMatch(/^Dit bestand .*Er is niets veranderd\.$/);
        }
      } else if (c.expect === 'accept') {
        expect(r.ok ? 'gelezen' : r.message).toBe('gelezen');
      } else if (!r.ok) {
        expect(r.message).toMatch(/Er is niets veranderd\.$/);
      } else {
        const all = JSON.stringify(r.value.data);
        expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }
    });
  }

  it('leest de UTF-16-bestanden als het origineel', () => {
    for (const name of ['utf16-le.json', 'utf16-be.json', 'utf8-bom.json']) {
      const r = demo.readBytes(cases.find((c) => c.name === name)!.bytes);
      expect(r.ok && r.value.data).toEqual(validDemo);
    }
  });
  it('houdt markup als gewone tekst in de tekstvelden', () => {
    const r = demo.readBytes(cases.find((c) => c.name === 'markup.json')!.bytes);
    expect(MARKUP).toContain('<script>');
    expect(r.ok && [r.value.data.notitie, r.value.data.stappen[0]!.barrieres[0]!.tekst, r.value.data.titel]).toEqual([MARKUP, MARKUP, validDemo.titel]);
  });
  it('weigert een te lange tekst met de plaats in woorden van de gebruiker', () => {
    const r = demo.readBytes(cases.find((c) => c.name === 'lange-tekst.json')!.bytes);
    expect(r.ok ? 'gelezen' : r.message).toBe('Dit bestand klopt niet. De notitie is te lang (hooguit 100.000 tekens). (Er is nog 1 ander punt dat niet klopt.) Er is niets veranderd.');
  });
  it('weigert markup in keuzevelden wanneer alle teksten worden vervangen', () => {
    const all = hostileFiles(validEnvelope, { maxBytes: demo.definition.maxBytes });
    const r = demo.readBytes(all.find((c) => c.name === 'markup.json')!.bytes);
    expect(r.ok ? 'gelezen' : r.message).toBe(
      'Dit bestand klopt niet. Stap 1: de fase heeft een waarde die dit instrument niet kent. (Er is nog 1 ander punt dat niet klopt.) Er is niets veranderd.',
    );
  });
});
