import { describe, expect, it } from 'vitest';
import { isDeelFragment, leesFragment, LIMITS, maakFragment, MAX_LINK_CHARS, reduce } from '../../../src/tools/barrieremodel/domain/index.ts';
import { base64urlDecode, base64urlEncode, deflate } from '../../../src/instrument/files/share.ts';

const MAX_INFLATED_BYTES = LIMITS.bestandBytes;
import { groot, klein } from './helpers.ts';

const pack = async (value: string) => 'model=' + base64urlEncode(await deflate(new TextEncoder().encode(value)));

describe('deellink', () => {
  it('base64url heen en terug, en weigert vreemde tekens', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    const text = base64urlEncode(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64urlDecode(text)).toEqual(bytes);
    expect(base64urlDecode('ab+c')).toBeNull();
    expect(base64urlDecode('abcde')).toBeNull();
  });
  it('een model gaat heen en terug door een link', async () => {
    const m = reduce(klein(), { type: 'meta', patch: { titel: 'Één model met é en ë' } });
    const f = await maakFragment(m);
    if (!f.ok) throw new Error(f.message);
    expect(f.value.startsWith('model=')).toBe(true);
    expect(isDeelFragment('#' + f.value)).toBe(true);
    expect(await leesFragment('#' + f.value)).toEqual({ ok: true, value: m });
  });
  it('meldt dat een te groot model niet in een link past', async () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const woord = () => Array.from({ length: 3 + Math.floor(rnd() * 8) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]).join('');
    const big = groot(20, 25);
    for (const s of big.stappen) for (const g of s.gelegenheden) g.tekst = Array.from({ length: 30 }, woord).join(' ');
    const f = await maakFragment(big);
    expect(f.ok).toBe(false);
    expect(!f.ok && f.message).toMatch(/te groot voor een deellink/);
  });
  it('herkent alleen #model= als deellink', () => {
    expect(isDeelFragment('#inhoud')).toBe(false);
    expect(isDeelFragment('')).toBe(false);
  });
  const kapot = async (hash: string, pattern: RegExp) => {
    const r = await leesFragment(hash);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(pattern);
  };
  it('meldt een lege link', () => kapot('#model=', /onvolledig of beschadigd/));
  it('meldt vreemde tekens', () => kapot('#model=<script>alert(1)</script>', /onvolledig of beschadigd/));
  it('meldt een afgebroken link', async () => {
    const f = await maakFragment(klein());
    if (!f.ok) throw new Error(f.message);
    await kapot('#' + f.value.slice(0, Math.floor(f.value.length / 2)), /onvolledig of beschadigd/);
  });
  it('meldt een gewijzigde (gemanipuleerde) link', async () => {
    const f = await maakFragment(klein());
    if (!f.ok) throw new Error(f.message);
    const chars = f.value.split('');
    const i = 40;
    chars[i] = chars[i] === 'A' ? 'B' : 'A';
    const r = await leesFragment('#' + chars.join(''));
    expect(r.ok).toBe(false);
  });
  it('meldt een te lange link voordat er iets wordt uitgepakt', () => kapot('#model=' + 'A'.repeat(MAX_LINK_CHARS + 1), /te lang/));
  it('meldt een "zip-bom" die na uitpakken te groot wordt', async () => {
    const bom = await pack(' '.repeat(MAX_INFLATED_BYTES + 10));
    expect(bom.length).toBeLessThan(MAX_LINK_CHARS);
    await kapot('#' + bom, /na uitpakken te groot/);
  });
  it('meldt geldige compressie met iets anders dan JSON', async () => kapot('#' + (await pack('geen json')), /beschadigd of onvolledig|onvolledig of beschadigd/));
  it('meldt een link met gegevens van een ander instrument', async () =>
    kapot('#' + (await pack(JSON.stringify({ instrument: 'meldcode', versie: 1, data: {} }))), /meldcode-stappenplan/));
  it('meldt een link met een verkeerd schema', async () =>
    kapot('#' + (await pack(JSON.stringify({ instrument: 'barrieremodel', versie: 2, data: { id: 'x', stappen: [{ id: 'a' }] } }))), /Deze deellink|klopt niet/));
});
