import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../src/instrument/storage/document-store.ts';
import { memoryStorage, type KeyValueStorage } from '../../../src/instrument/storage/key-value.ts';
import { demo, validDemo, type Demo } from './demo.ts';

const KEY = 'veiligwijzer:demo';
const at = new Date('2026-11-23T08:00:00.000Z');
const make = (storage: KeyValueStorage | null) => createDocumentStore(demo, { key: KEY, storage, events: null, now: () => at });
const other: Demo = { ...validDemo, titel: 'Ander tabblad' };

describe('opslag op het apparaat', () => {
  it('bewaart en laadt, met een revisienummer dat telt', async () => {
    const s = memoryStorage();
    const store = make(s);
    expect(await store.load()).toEqual({ ok: true, value: { kind: 'empty' } });
    expect(await store.save(validDemo, 0)).toEqual({ ok: true, value: { revision: 1, savedAt: '2026-11-23T08:00:00.000Z' } });
    expect(await store.save(validDemo, 1)).toEqual({ ok: true, value: { revision: 2, savedAt: '2026-11-23T08:00:00.000Z' } });
    expect(JSON.parse(s.data.get(KEY)!)).toEqual({ instrument: 'demo', versie: 2, opgeslagen: '2026-11-23T08:00:00.000Z', revisie: 2, data: validDemo });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toEqual({ kind: 'loaded', protected: false, doc: { data: validDemo, savedAt: '2026-11-23T08:00:00.000Z', revision: 2, fromVersion: 2 } });
  });

  it('weigert op te slaan over een nieuwere versie uit een ander tabblad (geen last-save-wins)', async () => {
    const s = memoryStorage();
    const tab1 = make(s);
    const tab2 = make(s);
    await tab1.save(validDemo, 0);
    expect((await tab2.save(other, 1)).ok).toBe(true);
    const r = await tab1.save({ ...validDemo, titel: 'Tab 1' }, 1);
    expect(r.ok ? 'opgeslagen' : r.code).toBe('conflict');
    expect(JSON.parse(s.data.get(KEY)!).data.titel).toBe('Ander tabblad');
  });

  it('ziet het als conflict wanneer een ander tabblad het werk wiste', async () => {
    const s = memoryStorage();
    await make(s).save(validDemo, 0);
    s.removeItem(KEY);
    const r = await make(s).save(validDemo, 1);
    expect(r.ok ? 'opgeslagen' : r.code).toBe('conflict');
  });

  it('zet beschadigde gegevens apart en overschrijft ze nooit', async () => {
    const s = memoryStorage({ [KEY]: '{kapot' });
    const store = make(s);
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.kind).toBe('unreadable');
    expect(loaded.ok && loaded.value.kind === 'unreadable' && loaded.value.message).toBe(
      'De opgeslagen gegevens zijn beschadigd of onvolledig. Ze zijn apart gezet en worden niet overschreven; u kunt ze downloaden.',
    );
    // Moved aside by loading alone, before any save.
    expect(loaded.ok && loaded.value.kind === 'unreadable' && loaded.value.quarantineKey).toBe(`${KEY}:onleesbaar:2026-11-23T08:00:00.000Z`);
    expect(s.data.get(`${KEY}:onleesbaar:2026-11-23T08:00:00.000Z`)).toBe('{kapot');
    expect(s.data.has(KEY)).toBe(false);
    expect((await store.save(validDemo, 0)).ok).toBe(true);
    const q = store.quarantine();
    expect(q.ok && q.value).toEqual([{ key: `${KEY}:onleesbaar:2026-11-23T08:00:00.000Z`, movedAt: '2026-11-23T08:00:00.000Z', text: '{kapot' }]);
  });

  it('zet een kopie van een nieuwere versie apart voordat nieuw werk wordt bewaard', async () => {
    const newer = JSON.stringify({ instrument: 'demo', versie: 9, revisie: 4, data: { toekomst: true } });
    const s = memoryStorage({ [KEY]: newer });
    const store = make(s);
    // Saving without loading first still moves it aside.
    expect((await store.save(validDemo, 0)).ok).toBe(true);
    expect([...s.data.values()]).toContain(newer);
  });

  it('slaat niets op als apart zetten niet lukt (opslag vol), en laat het origineel staan', async () => {
    const broken = `{"kapot": "${'x'.repeat(50)}`;
    const s = memoryStorage({ [KEY]: broken }, KEY.length + broken.length + 10);
    const store = make(s);
    const r = await store.save(validDemo, 0);
    expect(r.ok ? 'opgeslagen' : r.code).toBe('quarantine-failed');
    expect(s.data.get(KEY)).toBe(broken);
  });

  it('meldt een volle opslag in gewone woorden; er verandert niets', async () => {
    const s = memoryStorage({}, 50);
    const r = await make(s).save(validDemo, 0);
    expect(r).toEqual({
      ok: false,
      code: 'full',
      message: 'De opslag van deze browser is vol. Uw werk is niet opgeslagen, maar staat nog op het scherm. Sla het op als bestand, of maak ruimte door oude gegevens op dit apparaat te verwijderen.',
    });
    expect(s.data.size).toBe(0);
  });

  it('meldt geblokkeerde opslag bij elke aanroep', async () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const store of [make(blocked), make(null)]) {
      const results = [await store.load(), await store.save(validDemo, 0), await store.remove(0)];
      for (const r of results) expect(r.ok ? 'gelukt' : r.code).toBe('unavailable');
    }
  });

  it('meldt wijzigingen uit een ander tabblad via het storage-event', () => {
    const target = new EventTarget();
    const store = createDocumentStore(demo, { key: KEY, storage: memoryStorage(), events: target });
    let calls = 0;
    const off = store.subscribe(() => calls++);
    const fire = (key: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key }));
    fire(KEY);
    fire('iets-anders');
    fire(null);
    off();
    fire(KEY);
    expect(calls).toBe(2);
  });

  it('verwijdert pas na een keuze en houdt apart gezette kopieën', async () => {
    const s = memoryStorage({ [`${KEY}:onleesbaar:2026`]: 'oud' });
    const store = make(s);
    await store.save(validDemo, 0);
    expect((await store.remove(1)).ok).toBe(true);
    expect(s.data.get(`${KEY}:onleesbaar:2026`)).toBe('oud');
    expect(store.discardQuarantined('ander:onleesbaar:1').ok).toBe(false);
    expect(store.discardQuarantined(`${KEY}:onleesbaar:2026`).ok).toBe(true);
    expect(s.data.size).toBe(0);
  });
});
