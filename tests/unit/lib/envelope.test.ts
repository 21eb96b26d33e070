import { describe, expect, it } from 'vitest';
import { parseEnvelopeText, wrap, unwrap } from '../../../src/lib/envelope.ts';
import { fail, ok } from '../../../src/lib/result.ts';

const options = {
  instrument: 'regiescan',
  versie: 2,
  migrate: (data: unknown, from: number) =>
    typeof data === 'object' && data !== null ? ok({ ...(data as object), from }) : fail('De inhoud klopt niet.'),
};

describe('envelope', () => {
  it('round-trips a wrapped value', () => {
    const text = JSON.stringify(wrap('regiescan', 2, { a: 1 }));
    const r = parseEnvelopeText(text, options);
    expect(r.ok && r.value.data).toEqual({ a: 1, from: 2 });
  });
  it('refuses invalid JSON with a Dutch message', () => {
    const r = parseEnvelopeText('{nope', options);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('geen geldig JSON-bestand') });
  });
  it('names the other tool when a file belongs to another tool', () => {
    const r = unwrap(wrap('meldcode', 1, {}), options);
    expect(!r.ok && r.message).toContain('meldcode-stappenplan');
  });
  it('refuses a file of a newer version', () => {
    const r = unwrap(wrap('regiescan', 3, {}), options);
    expect(!r.ok && r.message).toContain('nieuwere versie');
  });
  it('migrates an older version', () => {
    const r = unwrap(wrap('regiescan', 1, { b: 2 }), options);
    expect(r.ok && r.value.data).toEqual({ b: 2, from: 1 });
  });
  it('refuses an oversized text before parsing', () => {
    const r = parseEnvelopeText('x'.repeat(100), options, 10);
    expect(!r.ok && r.message).toContain('te groot');
  });
  it('refuses arrays, null and files without instrument', () => {
    for (const raw of [[], null, 5, 'x', { versie: 1 }]) expect(unwrap(raw, options).ok).toBe(false);
  });
  it('refuses a bad version number', () => {
    expect(unwrap({ instrument: 'regiescan', versie: 'x', data: {} }, options).ok).toBe(false);
    expect(unwrap({ instrument: 'regiescan', versie: 0, data: {} }, options).ok).toBe(false);
  });
});
