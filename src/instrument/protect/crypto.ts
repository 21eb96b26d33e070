/**
 * Passphrase protection with Web Crypto only (browsers and Node 22): PBKDF2-SHA256 with 600,000
 * iterations (OWASP's advice for PBKDF2-HMAC-SHA256) derives an AES-GCM 256-bit key from the
 * passphrase and a random 16-byte salt; every encryption gets a fresh random 12-byte IV.
 * The key is not extractable and lives only in memory. A forgotten passphrase cannot be recovered.
 */
import { fail, ok, type Result } from '../result.ts';

export const KDF = 'PBKDF2-SHA256';
export const ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;

export const WRONG_PASSPHRASE =
  'Deze wachtwoordzin klopt niet (of de opgeslagen gegevens zijn beschadigd). Er is niets veranderd; probeer het opnieuw.';
export const FORGOTTEN =
  'Let op: een vergeten wachtwoordzin kan niemand herstellen, ook wij niet. Zonder de wachtwoordzin is het beveiligde werk niet meer te openen.';
const NO_CRYPTO = 'Deze browser kan geen gegevens beveiligen (Web Crypto ontbreekt). Er is niets veranderd.';

export interface Sealed {
  kdf: typeof KDF;
  iteraties: number;
  salt: string;
  iv: string;
  data: string;
}

export interface Vault {
  key: CryptoKey;
  salt: Uint8Array;
  iterations: number;
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    const bin = atob(text);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

const subtle = () => globalThis.crypto?.subtle;

/** Checks a new passphrase; the message says why it is not accepted. */
export function checkNewPassphrase(passphrase: string, repeat: string): Result<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return fail(`Kies een wachtwoordzin van minstens ${MIN_PASSPHRASE_LENGTH} tekens. Een paar losse woorden is sterk en goed te onthouden.`, 'weak');
  }
  if (passphrase !== repeat) return fail('De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin twee keer.', 'mismatch');
  return ok(passphrase);
}

export async function createVault(passphrase: string, iterations = ITERATIONS, salt?: Uint8Array): Promise<Result<Vault>> {
  const s = subtle();
  if (!s) return fail(NO_CRYPTO, 'no-crypto');
  const useSalt = salt ?? globalThis.crypto.getRandomValues(new Uint8Array(16));
  try {
    const base = await s.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
    const key = await s.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: useSalt as BufferSource, iterations },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    return ok({ key, salt: useSalt, iterations });
  } catch {
    return fail(NO_CRYPTO, 'no-crypto');
  }
}

/** Encrypts text; `context` (e.g. tool id and revision) is authenticated but not secret. */
export async function seal(vault: Vault, text: string, context = ''): Promise<Result<Sealed>> {
  const s = subtle();
  if (!s) return fail(NO_CRYPTO, 'no-crypto');
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  try {
    const data = await s.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
      vault.key,
      new TextEncoder().encode(text),
    );
    return ok({ kdf: KDF, iteraties: vault.iterations, salt: toBase64(vault.salt), iv: toBase64(iv), data: toBase64(new Uint8Array(data)) });
  } catch {
    return fail('Beveiligen lukte niet in deze browser. Uw werk staat nog op het scherm; er is niets veranderd.', 'no-crypto');
  }
}

export function isSealed(v: unknown): v is Sealed {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return o['kdf'] === KDF && typeof o['iteraties'] === 'number' && typeof o['salt'] === 'string' && typeof o['iv'] === 'string' && typeof o['data'] === 'string';
}

/** Decrypts with a vault (same salt) or derives a new one from the passphrase; wrong passphrase or tampering: a message. */
export async function open(sealed: Sealed, passphraseOrVault: string | Vault, context = ''): Promise<Result<{ text: string; vault: Vault }>> {
  const salt = fromBase64(sealed.salt);
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  if (!salt || !iv || !data || iv.length !== 12 || !Number.isInteger(sealed.iteraties) || sealed.iteraties < 1 || sealed.iteraties > 10_000_000) {
    return fail(WRONG_PASSPHRASE, 'wrong-passphrase');
  }
  let vault: Vault;
  if (typeof passphraseOrVault === 'string') {
    const made = await createVault(passphraseOrVault, sealed.iteraties, salt);
    if (!made.ok) return made;
    vault = made.value;
  } else vault = passphraseOrVault;
  try {
    const plain = await subtle()!.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(context) },
      vault.key,
      data as BufferSource,
    );
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(plain), vault });
  } catch {
    return fail(WRONG_PASSPHRASE, 'wrong-passphrase');
  }
}
