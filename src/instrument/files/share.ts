/**
 * Share links: the document travels compressed in the URL fragment (#model=…), which browsers never
 * send to a server. Encoding: JSON envelope → UTF-8 → deflate-raw → base64url.
 * Decoding is defensive: the fragment length is checked before decoding, the inflated size is capped
 * while inflating (against "zip bombs"), and the result goes through the same checks as a file.
 * Uses CompressionStream/DecompressionStream (browsers and Node 18+); no DOM.
 */
import { fail, ok, type Result } from '../result.ts';
import type { Instrument, InstrumentHandle, Opened } from './definition.ts';
import { NOT_LOADED } from './lazy-instrument.ts';
import { NOTHING_CHANGED } from './decode.ts';

export interface ShareOptions {
  /** Start of the fragment, e.g. "model=". */
  prefix: string;
  /** Longest fragment created or accepted (characters); long links break in mail and chat programs. Default 24,000. */
  maxChars?: number;
}

const DAMAGED = `Deze deellink is onvolledig of beschadigd, misschien doordat hij is afgebroken bij het kopiëren. De link is niet geopend. ${NOTHING_CHANGED}`;

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

async function collect(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
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
const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return (await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw') as unknown as Pair), Number.MAX_SAFE_INTEGER)) as Uint8Array;
}

export async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | 'too-large' | 'damaged'> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw') as unknown as Pair), max);
  } catch {
    return 'damaged';
  }
}

/** The fragment (without '#') for the data, or a message when it is too big for a link. */
export async function createShareLink<T>(instrument: InstrumentHandle<T>, data: T, options: ShareOptions, now = new Date()): Promise<Result<string>> {
  const json = JSON.stringify(instrument.envelope(data, { now }));
  const fragment = options.prefix + base64urlEncode(await deflate(new TextEncoder().encode(json)));
  return fragment.length > (options.maxChars ?? 24_000)
    ? fail('Dit is te groot voor een deellink. Sla het op als bestand en deel dat bestand via een veilige weg.', 'too-large')
    : ok(fragment);
}

export function isShareLink(hash: string, options: ShareOptions): boolean {
  return hash.replace(/^#/, '').startsWith(options.prefix);
}

/** Reads "#model=…" (or without '#'): the same checks and messages as a file, in words about a link. */
export async function readShareLink<T>(instrument: InstrumentHandle<T>, hash: string, options: ShareOptions): Promise<Result<Opened<T>>> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(options.prefix)) return fail(DAMAGED, 'not-json');
  const data = fragment.slice(options.prefix.length);
  if (data.length > (options.maxChars ?? 24_000)) {
    return fail(`Deze deellink is te lang om veilig te openen. Vraag de afzender om een bestand. ${NOTHING_CHANGED}`, 'too-large');
  }
  const bytes = data ? base64urlDecode(data) : null;
  if (!bytes) return fail(DAMAGED, 'not-json');
  const inflated = await inflate(bytes, instrument.definition.maxBytes);
  if (inflated === 'damaged') return fail(DAMAGED, 'not-json');
  if (inflated === 'too-large') return fail(`Wat in deze deellink staat, is na uitpakken te groot om te openen. ${NOTHING_CHANGED}`, 'too-large');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail(DAMAGED, 'not-json');
  }
  let full: Instrument<T>;
  try {
    full = await instrument.load();
  } catch {
    return fail(NOT_LOADED, 'unavailable');
  }
  return full.readText(text, 'link');
}
