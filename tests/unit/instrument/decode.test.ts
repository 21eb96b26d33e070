import { describe, expect, it } from 'vitest';
import { decodeBytes, jsonDepth, parseJsonText } from '../../../src/instrument/files/decode.ts';
import { describeIssue } from '../../../src/instrument/files/messages.ts';
import { cleanText } from '../../../src/instrument/text.ts';

describe('tekst en JSON veilig inlezen', () => {
  it('telt de diepte zonder haken in tekst mee te tellen', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth('['.repeat(100_000), 64)).toBe(65);
  });
  it('leest UTF-16 big endian zonder BOM', () => {
    const t = '{"a":1}';
    const be = new Uint8Array(t.length * 2);
    for (let i = 0; i < t.length; i++) be[i * 2 + 1] = t.charCodeAt(i);
    expect(decodeBytes(be)).toEqual({ ok: true, value: t });
  });
  it('weigert verboden sleutels, ook diep', () => {
    expect(parseJsonText('{"a":[{"b":{"constructor":{}}}]}', { maxBytes: 1000 }).ok).toBe(false);
    expect(parseJsonText('{"a":[{"b":{"protos":{}}}]}', { maxBytes: 1000 }).ok).toBe(true);
  });
  it('haalt bidi-stuurtekens en NUL weg, maar laat gewone tekst en regels staan', () => {
    expect(cleanText('a\u202Eb\u2067c\u200Fd\u0000e\nf é')).toBe('abcde\nf é');
  });
});

describe('plaats van een fout in woorden', () => {
  const labels = { stappen: (n: number) => `stap ${n}`, impact: 'de impact', context: 'de context', datum: 'de datum' };
  it('noemt genest en onbenoemd', () => {
    expect(describeIssue(['stappen', 0, 'impact'], 'ontbreekt', labels)).toBe('Stap 1: de impact ontbreekt.');
    expect(describeIssue(['context', 'datum'], 'heeft niet de goede vorm', labels)).toBe('De context: de datum heeft niet de goede vorm.');
    expect(describeIssue(['antwoorden', 'stelling-1'], 'klopt niet', labels)).toBe('"antwoorden": het onderdeel "stelling-1" klopt niet.');
    expect(describeIssue(['stappen', 2], 'moet een groep gegevens zijn', labels)).toBe('Stap 3 moet een groep gegevens zijn.');
    expect(describeIssue([], 'moet een groep gegevens zijn')).toBe('De inhoud moet een groep gegevens zijn.');
    expect(describeIssue(['lijst', 1, 'x'], 'ontbreekt')).toBe('"lijst" 2: het onderdeel "x" ontbreekt.');
  });
});
