import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../src/instrument/storage/document-store.ts';
import { memoryStorage } from '../../../src/instrument/storage/key-value.ts';
import { checkNewPassphrase, createVault, fromBase64, ITERATIONS, open, seal, toBase64 } from '../../../src/instrument/protect/crypto.ts';
import { demo, validDemo } from './demo.ts';

const KEY = 'veiligwijzer:demo';
const PASS = 'paard batterij nietje correct';
const SECRET = 'Huiselijk geweld in de regio';

describe('beveiligde opslag met een wachtwoordzin', { timeout: 60_000 }, () => {
  it('gebruikt PBKDF2-SHA256 met minstens 600.000 iteraties en AES-GCM met willekeurige salt en IV', async () => {
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const v = await createVault(PASS);
    expect(v.ok && v.value.iterations).toBe(600_000);
    if (!v.ok) return;
    const a = await seal(v.value, 'tekst');
    const b = await seal(v.value, 'tekst');
    expect(a.ok && b.ok && a.value.iv !== b.value.iv && a.value.data !== b.value.data).toBe(true);
    expect(a.ok && fromBase64(a.value.salt)!.length).toBe(16);
    expect(a.ok && fromBase64(a.value.iv)!.length).toBe(12);
    const other = await createVault(PASS);
    expect(other.ok && toBase64(other.value.salt) !== toBase64(v.value.salt)).toBe(true);
  });

  it('round trip: beveiligen, vergrendelen, ontgrendelen, verder werken', async () => {
    const s = memoryStorage();
    const store = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    await store.save(validDemo, 0);
    const p = await store.protect(PASS, validDemo, 1);
    expect(p.ok && p.value.revision).toBe(2);
    // A fresh page: locked until the passphrase is given.
    const fresh = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    expect(await fresh.load()).toEqual({ ok: true, value: { kind: 'locked', revision: 2 } });
    const saveLocked = await fresh.save({ ...validDemo, titel: 'over' }, 2);
    expect(saveLocked.ok ? 'opgeslagen' : saveLocked.code).toBe('locked');
    const u = await fresh.unlock(PASS);
    expect(u.ok && u.value.kind === 'loaded' && u.value.doc.data).toEqual(validDemo);
    expect((await fresh.save({ ...validDemo, titel: 'Nieuw' }, 2)).ok).toBe(true);
    expect(s.data.get(KEY)).not.toContain('Nieuw');
    const again = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    const u2 = await again.unlock(PASS);
    expect(u2.ok && u2.value.kind === 'loaded' && u2.value.doc.data.titel).toBe('Nieuw');
  });

  it('zet niets in platte tekst zodra de beveiliging aan staat', async () => {
    const s = memoryStorage();
    const store = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    await store.save(validDemo, 0);
    expect(s.data.get(KEY)).toContain(SECRET);
    await store.protect(PASS, validDemo, 1);
    const all = [...s.data.entries()].flat().join('\n');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('Geen tijd');
    expect(all).not.toContain(PASS);
    expect(Object.keys(JSON.parse(s.data.get(KEY)!))).toEqual(['instrument', 'revisie', 'beveiligd']);
  });

  it('een verkeerde wachtwoordzin: duidelijke melding en er gaat niets verloren', async () => {
    const s = memoryStorage();
    const store = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    await store.protect(PASS, validDemo, 0);
    const before = s.data.get(KEY);
    const fresh = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    const r = await fresh.unlock('verkeerde zin');
    expect(r).toEqual({
      ok: false,
      code: 'wrong-passphrase',
      message: 'Deze wachtwoordzin klopt niet (of de opgeslagen gegevens zijn beschadigd). Er is niets veranderd; probeer het opnieuw.',
    });
    expect(s.data.get(KEY)).toBe(before);
    expect((await fresh.unlock(PASS)).ok).toBe(true);
  });

  it('merkt gemanipuleerde versleutelde gegevens of een veranderd revisienummer op', async () => {
    const v = await createVault(PASS);
    if (!v.ok) throw new Error(v.message);
    const sealed = await seal(v.value, 'geheim', 'demo:3');
    if (!sealed.ok) throw new Error(sealed.message);
    const bytes = fromBase64(sealed.value.data)!;
    bytes[0]! ^= 1;
    const tampered = { ...sealed.value, data: toBase64(bytes) };
    expect((await open(tampered, v.value, 'demo:3')).ok).toBe(false);
    expect((await open(sealed.value, v.value, 'demo:4')).ok).toBe(false);
    const good = await open(sealed.value, v.value, 'demo:3');
    expect(good.ok && good.value.text).toBe('geheim');
  });

  it('zet de beveiliging weer uit en kan een vergeten wachtwoordzin alleen apart zetten', async () => {
    const s = memoryStorage();
    const store = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    await store.protect(PASS, validDemo, 0);
    const off = await store.unprotect(validDemo, 1);
    expect(off.ok && off.value.revision).toBe(2);
    expect(s.data.get(KEY)).toContain(SECRET);
    await store.protect(PASS, validDemo, 2);
    const fresh = createDocumentStore(demo, { key: KEY, storage: s, events: null });
    const aside = fresh.setAside();
    expect(aside.ok && aside.value).toMatch(/^veiligwijzer:demo:onleesbaar:/);
    expect(s.data.get(KEY)).toBeUndefined();
    expect(s.data.size).toBe(1);
  });

  it('eist een wachtwoordzin van minstens 8 tekens, twee keer gelijk', () => {
    expect(checkNewPassphrase('kort', 'kort').ok).toBe(false);
    expect(checkNewPassphrase('lang genoeg', 'lang genoeg!').ok).toBe(false);
    expect(checkNewPassphrase('lang genoeg', 'lang genoeg').ok).toBe(true);
  });
});
