import { describe, expect, it } from 'vitest';
import { createDeviceStore, type KeyValueStorage } from '../../../src/lib/device-storage.ts';
import { fail, ok } from '../../../src/lib/result.ts';

function memory(init: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...init };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}
const revive = (raw: unknown) => (typeof raw === 'number' ? ok(raw) : fail('geen getal'));

describe('device storage', () => {
  it('saves and loads', () => {
    const s = memory();
    const store = createDeviceStore({ key: 'k', storage: s, revive });
    expect(store.save(5).ok).toBe(true);
    expect(store.load()).toEqual({ ok: true, value: 5 });
    store.clear();
    expect(store.load()).toEqual({ ok: true, value: null });
  });
  it('reports corrupt JSON without deleting it', () => {
    const s = memory({ k: '{kapot' });
    const r = createDeviceStore({ key: 'k', storage: s, revive }).load();
    expect(!r.ok && r.message).toContain('beschadigd');
    expect(s.data.k).toBe('{kapot');
  });
  it('reports data that does not revive', () => {
    const r = createDeviceStore({ key: 'k', storage: memory({ k: '"tekst"' }), revive }).load();
    expect(!r.ok && r.message).toContain('geen getal');
  });
  it('reports a full storage in Dutch', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      removeItem: () => {},
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const r = createDeviceStore({ key: 'k', storage: full, revive }).save(1);
    expect(!r.ok && r.message).toContain('vol');
  });
  it('works without storage', () => {
    const store = createDeviceStore({ key: 'k', storage: null, revive });
    expect(store.available).toBe(false);
    expect(store.load()).toEqual({ ok: true, value: null });
    expect(store.save(1).ok).toBe(false);
  });
});
