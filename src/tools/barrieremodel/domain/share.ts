/**
 * Share links: the model travels compressed in the URL fragment (#model=…), which browsers never
 * send to a server. Encoding: JSON envelope → UTF-8 → deflate-raw → base64url.
 * Decoding is defensive: the fragment length is checked before decoding, the inflated size is
 * capped while inflating (against "zip bombs"), and the result goes through the full validation.
 * Uses CompressionStream/DecompressionStream (browsers and Node 18+); no DOM.
 */
import { fail, ok, type Result } from '../../../lib/result.ts';
import { leesBijdrageEnvelope, leesEnvelope, naarBijdrageEnvelope, naarEnvelope } from './file-format.ts';
import type { Bijdrage } from './bijdrage.ts';
import type { Model } from './types.ts';

export const SHARE_PREFIX = 'model=';
/** Longest fragment we create or accept (characters). Long links break in mail and chat programs. */
export const MAX_LINK_CHARS = 24_000;
/** Largest inflated JSON we accept from a link (bytes). */
export const MAX_INFLATED_BYTES = 1_000_000;

export const TE_GROOT_VOOR_LINK =
  'Dit model is te groot voor een deellink. Exporteer het als bestand (JSON) en deel dat bestand via een veilige weg.';
const KAPOT =
  'Deze link is onvolledig of beschadigd, misschien doordat hij is afgebroken bij het kopiëren. Wat erin staat is niet geopend; er is niets veranderd.';

export function base64urlEncode(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64urlDecode(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function collect(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | 'te-groot'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'te-groot';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

type Pair = ReadableWritablePair<Uint8Array, Uint8Array>;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw') as unknown as Pair), Number.MAX_SAFE_INTEGER);
  return out as Uint8Array;
}

export async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | 'te-groot' | 'kapot'> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw') as unknown as Pair), max);
  } catch {
    return 'kapot';
  }
}

async function pakIn(prefix: string, data: unknown): Promise<Result<string>> {
  const packed = base64urlEncode(await deflate(new TextEncoder().encode(JSON.stringify(data))));
  const fragment = prefix + packed;
  return fragment.length > MAX_LINK_CHARS ? fail(TE_GROOT_VOOR_LINK) : ok(fragment);
}

/** The JSON in a fragment made by pakIn, or a Dutch message. */
async function pakUit(hash: string, prefix: string): Promise<Result<unknown>> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(prefix)) return fail(KAPOT);
  const data = fragment.slice(prefix.length);
  if (data.length > MAX_LINK_CHARS) {
    return fail('Deze link is te lang om veilig te openen. Vraag de afzender om een bestand te sturen. Er is niets veranderd.');
  }
  if (!data) return fail(KAPOT);
  const bytes = base64urlDecode(data);
  if (!bytes) return fail(KAPOT);
  const inflated = await inflate(bytes, MAX_INFLATED_BYTES);
  if (inflated === 'kapot') return fail(KAPOT);
  if (inflated === 'te-groot') {
    return fail('De inhoud van deze link is na uitpakken te groot om te openen. Er is niets veranderd.');
  }
  try {
    return ok(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)));
  } catch {
    return fail(KAPOT);
  }
}

/** The fragment (without '#') for a model, or a message when it is too big for a link. */
export function maakFragment(model: Model, now = new Date()): Promise<Result<string>> {
  return pakIn(SHARE_PREFIX, naarEnvelope(model, now));
}

/** True when a location hash looks like a share link (then the app should try to open it). */
export function isDeelFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/** Reads a share fragment ("#model=…" or "model=…"). */
export async function leesFragment(hash: string): Promise<Result<Model>> {
  const raw = await pakUit(hash, SHARE_PREFIX);
  if (!raw.ok) return raw;
  const model = leesEnvelope(raw.value);
  return model.ok ? model : fail(model.message.replace('Dit bestand', 'Deze deellink'));
}

export const BIJDRAGE_PREFIX = 'bijdrage=';

export function isBijdrageFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(BIJDRAGE_PREFIX);
}

/** The fragment for a contribution ("bijdrage=…"). */
export function maakBijdrageFragment(b: Bijdrage, now = new Date()): Promise<Result<string>> {
  return pakIn(BIJDRAGE_PREFIX, naarBijdrageEnvelope(b, now));
}

/** Reads a contribution link ("#bijdrage=…"). */
export async function leesBijdrageFragment(hash: string): Promise<Result<Bijdrage>> {
  const raw = await pakUit(hash, BIJDRAGE_PREFIX);
  if (!raw.ok) return raw;
  const b = leesBijdrageEnvelope(raw.value);
  return b.ok ? b : fail(b.message.replace('Dit bestand', 'Deze link'));
}
