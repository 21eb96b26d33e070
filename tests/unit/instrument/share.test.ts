import { describe, expect, it } from 'vitest';
import { base64urlEncode, createShareLink, deflate, readShareLink } from '../../../src/instrument/files/share.ts';
import { demo, validDemo } from './demo.ts';

const opts = { prefix: 'model=' };
const pack = async (text: string) => `#model=${base64urlEncode(await deflate(new TextEncoder().encode(text)))}`;

describe('deellinks', () => {
  it('round trip', async () => {
    const link = await createShareLink(demo, validDemo, opts);
    expect(link.ok && link.value.startsWith('model=')).toBe(true);
    const r = await readShareLink(demo, `#${link.ok ? link.value : ''}`, opts);
    expect(r.ok && r.value.data).toEqual(validDemo);
  });
  it('een afgebroken link: een melding over de link', async () => {
    const link = await createShareLink(demo, validDemo, opts);
    const r = await readShareLink(demo, `#${link.ok ? link.value.slice(0, 40) : ''}`, opts);
    expect(r.ok ? 'geopend' : r.message).toBe(
      'Deze deellink is onvolledig of beschadigd, misschien doordat hij is afgebroken bij het kopiëren. De link is niet geopend. Er is niets veranderd.',
    );
  });
  it('spreekt in de woorden van een link', async () => {
    const other = await readShareLink(demo, await pack(JSON.stringify({ instrument: 'meldcode', versie: 1, data: {} })), opts);
    expect(other.ok ? 'geopend' : other.message).toBe('Deze deellink is gemaakt met het meldcode-stappenplan, niet met de demo-bouwer. Open de link daar. Er is niets veranderd.');
    const bad = await readShareLink(demo, await pack(JSON.stringify({ instrument: 'demo', versie: 2, data: { ...validDemo, titel: 5 } })), opts);
    expect(bad.ok ? 'geopend' : bad.message).toBe('Deze deellink klopt niet. De titel moet tekst zijn. Er is niets veranderd.');
  });
  it('pakt niet meer uit dan de maximale grootte (zip-bom)', async () => {
    const r = await readShareLink(demo, await pack(`{"a":"${'x'.repeat(2_000_000)}"}`), opts);
    expect(r.ok ? 'geopend' : r.code).toBe('too-large');
  });
  it('weigert een te lange link voor het uitpakken', async () => {
    const r = await readShareLink(demo, `#model=${'A'.repeat(30_000)}`, opts);
    expect(r.ok ? 'geopend' : r.code).toBe('too-large');
  });
  it('maakt geen link die te lang is', async () => {
    // Random text does not compress: 30,000 random bytes as base64 stay far above 24,000 link characters.
    const random = btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(30_000)).subarray(0, 30_000)));
    const r = await createShareLink(demo, { ...validDemo, notitie: random }, opts);
    expect(r.ok ? 'link' : r.code).toBe('too-large');
  });
});
