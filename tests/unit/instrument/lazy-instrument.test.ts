import { describe, expect, it } from 'vitest';
import { lazyInstrument, NOT_LOADED } from '../../../src/instrument/files/lazy-instrument.ts';
import type { Instrument } from '../../../src/instrument/files/definition.ts';
import { createShareLink, readShareLink } from '../../../src/instrument/files/share.ts';
import { createDocumentStore } from '../../../src/instrument/storage/document-store.ts';
import { memoryStorage } from '../../../src/instrument/storage/key-value.ts';
import { demo, validDemo, type Demo } from './demo.ts';

const KEY = 'veiligwijzer:demo';
const INFO = { tool: 'demo', name: 'de demo-bouwer', version: 2, maxBytes: 500_000 };
const at = new Date('2026-11-23T08:00:00.000Z');

/** A lazy demo that counts how often its validation was asked for; `failing` makes loading fail (e.g. offline). */
function lui(opties: { failing?: boolean } = {}) {
  const teller = { keer: 0 };
  const handle = lazyInstrument<Demo>(INFO, async () => {
    teller.keer++;
    if (opties.failing) throw new Error('chunk kon niet laden');
    return demo;
  });
  return { handle, teller };
}

// What is stored, written by hand (not by the code under test): a valid demo document at revision 3.
const opgeslagen = JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen: '2026-11-20T10:00:00.000Z', revisie: 3, data: validDemo });

describe('validatie die pas laadt als er iets te lezen is (lazyInstrument)', () => {
  it('schrijft dezelfde envelop, hetzelfde bestand en dezelfde bestandsnaam als de volledige definitie, zonder de validatie te laden', () => {
    const { handle, teller } = lui();
    expect(handle.envelope(validDemo, { now: at, revision: 2 })).toEqual({ instrument: 'demo', versie: 2, opgeslagen: '2026-11-23T08:00:00.000Z', revisie: 2, data: validDemo });
    expect(handle.toFileText(validDemo, at)).toBe(JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen: '2026-11-23T08:00:00.000Z', data: validDemo }, null, 2));
    expect(handle.fileName('json', at)).toBe('demo-2026-11-23.json');
    expect(teller.keer).toBe(0);
  });

  it('laadt niets bij een eerste bezoek (lege opslag), ook niet na het bewaren: een volgende bewaring over de eigen tekst heeft geen validatie nodig', async () => {
    const { handle, teller } = lui();
    const s = memoryStorage();
    const store = createDocumentStore(handle, { key: KEY, storage: s, events: null, now: () => at });
    expect(await store.load()).toEqual({ ok: true, value: { kind: 'empty' } });
    expect(teller.keer).toBe(0);
    expect(await store.save(validDemo, 0)).toEqual({ ok: true, value: { revision: 1, savedAt: '2026-11-23T08:00:00.000Z' } });
    expect(teller.keer).toBe(0);
    expect(await store.save({ ...validDemo, titel: 'Verder' }, 1)).toEqual({ ok: true, value: { revision: 2, savedAt: '2026-11-23T08:00:00.000Z' } });
    expect(teller.keer).toBe(0);
    // Another tab changes the stored text: only now does a save read it, and load the validation for that.
    s.setItem(KEY, JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen: '2026-11-23T09:00:00.000Z', revisie: 7, data: validDemo }));
    const conflict = await store.save({ ...validDemo, titel: 'Nog verder' }, 2);
    expect(teller.keer).toBe(1);
    expect(conflict.ok).toBe(false);
  });

  it('een tweede opslag van dezelfde sleutel opent wat de eerste net bewaarde zonder het opnieuw te lezen; wat een ander tabblad schreef leest hij wel', async () => {
    const { handle, teller } = lui();
    const s = memoryStorage();
    const maak = () => createDocumentStore(handle, { key: KEY, storage: s, events: null, now: () => at });
    expect((await maak().save(validDemo, 0)).ok).toBe(true);
    const tweede = maak();
    const r = await tweede.load();
    expect(r.ok && r.value).toEqual({ kind: 'loaded', protected: false, doc: { data: validDemo, savedAt: '2026-11-23T08:00:00.000Z', revision: 1, fromVersion: 2 } });
    expect(teller.keer).toBe(0);
    // Another tab writes (by hand here): that text is read and checked.
    s.setItem(KEY, opgeslagen);
    const daarna = await tweede.load();
    expect(daarna.ok && daarna.value.kind === 'loaded' && daarna.value.doc.revision).toBe(3);
    expect(teller.keer).toBe(1);
  });

  it('valideert opgeslagen werk vóór het getoond wordt, en laadt de validatie maar één keer', async () => {
    const { handle, teller } = lui();
    const s = memoryStorage({ [KEY]: opgeslagen });
    const store = createDocumentStore(handle, { key: KEY, storage: s, events: null, now: () => at });
    const r = await store.load();
    expect(r.ok && r.value).toEqual({ kind: 'loaded', protected: false, doc: { data: validDemo, savedAt: '2026-11-20T10:00:00.000Z', revision: 3, fromVersion: 2 } });
    expect((await store.save({ ...validDemo, titel: 'Verder' }, 3)).ok).toBe(true);
    expect(teller.keer).toBe(1);
    expect(handle.loaded()).toBe(demo);
  });

  it('zet onleesbaar opgeslagen werk apart, net als de volledige definitie', async () => {
    const { handle } = lui();
    const fout = JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen: '', revisie: 1, data: { titel: 5, stappen: [] } });
    const s = memoryStorage({ [KEY]: fout });
    const r = await createDocumentStore(handle, { key: KEY, storage: s, events: null, now: () => at }).load();
    expect(r.ok && r.value.kind).toBe('unreadable');
    expect(s.data.get(KEY)).toBeUndefined();
    expect(s.data.get(`${KEY}:onleesbaar:2026-11-23T08:00:00.000Z`)).toBe(fout);
  });

  it('laadt de validatie niet: dan blijft opgeslagen werk staan, wordt het niet apart gezet en niet overschreven', async () => {
    const { handle, teller } = lui({ failing: true });
    const s = memoryStorage({ [KEY]: opgeslagen });
    const store = createDocumentStore(handle, { key: KEY, storage: s, events: null, now: () => at });
    expect(await store.load()).toEqual({ ok: false, message: NOT_LOADED, code: 'unavailable' });
    const bewaard = await store.save({ ...validDemo, titel: 'Leeg scherm' }, 0);
    expect(bewaard.ok ? 'opgeslagen' : bewaard.code).toBe('unavailable');
    expect(await store.remove(0)).toEqual({ ok: false, message: NOT_LOADED, code: 'unavailable' });
    expect(s.data.get(KEY)).toBe(opgeslagen);
    expect([...s.data.keys()]).toEqual([KEY]);
    // It tries again on the next read (a dropped connection may be back).
    expect(teller.keer).toBe(3);
  });

  it('bewaart over wat het zelf net schreef zonder op de validatie te wachten; wat een ander tabblad schreef leest het eerst', async () => {
    const { handle } = lui({ failing: true });
    const s = memoryStorage();
    const store = createDocumentStore(handle, { key: KEY, storage: s, events: null, now: () => at });
    expect((await store.save(validDemo, 0)).ok).toBe(true);
    expect((await store.save({ ...validDemo, titel: 'Tweede' }, 1)).ok).toBe(true);
    expect(JSON.parse(s.data.get(KEY)!)).toMatchObject({ revisie: 2, data: { titel: 'Tweede' } });
    // Another tab writes (by hand here): now the stored text is unknown, so it must be read, and that cannot load.
    const anderTabblad = JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen: '', revisie: 3, data: { ...validDemo, titel: 'Ander tabblad' } });
    s.setItem(KEY, anderTabblad);
    const r = await store.save({ ...validDemo, titel: 'Derde' }, 2);
    expect(r.ok ? 'opgeslagen' : r.code).toBe('unavailable');
    expect(s.data.get(KEY)).toBe(anderTabblad);
  });

  it('leest een gekozen bestand en een deellink met de geladen validatie, of zegt dat het niet kon laden', async () => {
    const { handle } = lui();
    const bestand = new Blob([JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen: '', data: { ...validDemo, stappen: [{ naam: 'x', fase: null, barrieres: [{ tekst: '', impact: 9 }] }] } })]);
    const r = await handle.readFile(bestand);
    expect(r.ok ? 'gelezen' : r.message).toBe('Dit bestand klopt niet. Stap 1, barrière 1: de impact moet 1 tot 5 zijn. Er is niets veranderd.');
    const link = await createShareLink(handle, validDemo, { prefix: 'demo=' }, at);
    const gelezen = link.ok ? await readShareLink(handle, `#${link.value}`, { prefix: 'demo=' }) : link;
    expect(gelezen.ok && gelezen.value.data).toEqual(validDemo);

    const kapot = lui({ failing: true }).handle;
    expect(await kapot.readFile(new Blob([JSON.stringify({ instrument: 'demo', versie: 2, data: validDemo })]))).toEqual({ ok: false, message: NOT_LOADED, code: 'unavailable' });
    expect(link.ok && (await readShareLink(kapot, `#${link.value}`, { prefix: 'demo=' }))).toEqual({ ok: false, message: NOT_LOADED, code: 'unavailable' });
  });

  it('weigert een geladen definitie die andere bestanden beschrijft dan de info zegt', async () => {
    const anders = lazyInstrument<Demo>({ ...INFO, version: 3 }, async () => demo as Instrument<Demo>);
    await expect(anders.load()).rejects.toThrow(/does not match/);
  });
});
