// Deprecated: Use src/instrument/storage/document-store.ts (see src/instrument/README.md); kept until every tool is migrated.
/**
 * Safe use of localStorage: it can be missing (private mode, blocked), full or hold corrupt data.
 * Every outcome is a Result with a Dutch message; nothing throws, and a failed save never loses
 * what the user has on screen.
 */
import { fail, ok, type Result } from './result.ts';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function browserStorage(): KeyValueStorage | null {
  try {
    const s = globalThis.localStorage;
    const probe = '__veiligwijzer_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

const UNAVAILABLE = 'Opslaan op dit apparaat lukt niet in deze browser (misschien staat privé-browsen aan). Uw werk staat nog op het scherm; exporteer het als bestand om het te bewaren.';
const FULL = 'De opslag van deze browser is vol. Uw werk is niet opgeslagen, maar staat nog op het scherm. Exporteer het als bestand, of maak ruimte door oude modellen of scans te verwijderen.';

function isQuotaError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(e.message));
}

export function createDeviceStore<T>(options: {
  key: string;
  storage: KeyValueStorage | null;
  /** Turns stored JSON into a value, or a Dutch message when it is corrupt or of an unknown version. */
  revive: (raw: unknown) => Result<T>;
}) {
  const { key, storage, revive } = options;
  return {
    available: storage !== null,
    /** ok(null) when nothing is stored. A corrupt entry is reported, not deleted: the user decides. */
    load(): Result<T | null> {
      if (!storage) return ok(null);
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch {
        return fail(UNAVAILABLE);
      }
      if (text === null) return ok(null);
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        return fail('De opgeslagen gegevens op dit apparaat zijn beschadigd en konden niet worden gelezen. U begint met een leeg scherm; de beschadigde gegevens zijn nog niet gewist.');
      }
      const revived = revive(raw);
      return revived.ok ? revived : fail(`De opgeslagen gegevens konden niet worden gelezen: ${revived.message}`);
    },
    save(value: T): Result<void> {
      if (!storage) return fail(UNAVAILABLE);
      try {
        storage.setItem(key, JSON.stringify(value));
        return ok(undefined);
      } catch (e) {
        return fail(isQuotaError(e) ? FULL : UNAVAILABLE);
      }
    },
    clear(): Result<void> {
      if (!storage) return ok(undefined);
      try {
        storage.removeItem(key);
        return ok(undefined);
      } catch {
        return fail(UNAVAILABLE);
      }
    },
  };
}
