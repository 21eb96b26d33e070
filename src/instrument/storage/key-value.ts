/** The browser's localStorage, which can be missing (private mode, blocked), full or shared with other tabs. */

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/**
 * localStorage when it can be read, else null (blocked, or no storage at all). No probe write: a
 * full storage can still be read, and every write reports its own failure ('full' or 'unavailable').
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    const s = globalThis.localStorage;
    s.getItem('veiligwijzer');
    return s;
  } catch {
    return null;
  }
}

/** In-memory storage for tests and for browsers without storage; `quota` (characters) simulates a full disk. */
export function memoryStorage(init: Record<string, string> = {}, quota = Infinity): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  const size = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const before = data.get(k);
      data.set(k, String(v));
      if (size() > quota) {
        if (before === undefined) data.delete(k);
        else data.set(k, before);
        const e = new Error('The quota has been exceeded.');
        e.name = 'QuotaExceededError';
        throw e;
      }
    },
    removeItem: (k) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
  };
}

export function keysOf(storage: KeyValueStorage): string[] {
  if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return [];
  const out: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) out.push(k);
  }
  return out;
}

export const UNAVAILABLE =
  'Opslaan op dit apparaat lukt niet in deze browser (misschien staat privé-browsen aan of blokkeert de browser opslag). Uw werk staat nog op het scherm; sla het op als bestand om het te bewaren.';
export const FULL =
  'De opslag van deze browser is vol. Uw werk is niet opgeslagen, maar staat nog op het scherm. Sla het op als bestand, of maak ruimte door oude gegevens op dit apparaat te verwijderen.';

export function isQuotaError(e: unknown): boolean {
  return (
    typeof e === 'object' && e !== null &&
    ((e as { name?: string }).name === 'QuotaExceededError' ||
      (e as { name?: string }).name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      /quota/i.test(String((e as { message?: string }).message)))
  );
}
