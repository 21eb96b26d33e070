import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/instrument/storage/library.ts';
import { memoryStorage } from '../../../src/instrument/storage/key-value.ts';
import { demo, validDemo } from './demo.ts';

const P = 'veiligwijzer:demo:model';
const env = (titel: string, opgeslagen: string) => JSON.stringify({ instrument: 'demo', versie: 2, opgeslagen, revisie: 1, data: { ...validDemo, titel } });

describe('meerdere documenten op één apparaat', () => {
  it('leest de lijst uit de sleutels zelf, nieuwste eerst, en slaat onleesbare niet over', () => {
    const s = memoryStorage({
      [`${P}:a`]: env('Oud', '2026-01-01T00:00:00.000Z'),
      [`${P}:b`]: env('Nieuw', '2026-06-01T00:00:00.000Z'),
      [`${P}:c`]: '{kapot',
      [`${P}:a:onleesbaar:2026`]: 'x',
      'veiligwijzer:demo:model-index': '{"versie":1}',
      'ander:a': env('Ander', '2026-01-01T00:00:00.000Z'),
    });
    const lib = createLibrary(demo, { prefix: P, storage: s, describe: (d) => d.titel, events: null });
    const l = lib.list();
    expect(l.ok && l.value.map((e) => [e.id, e.status, e.title])).toEqual([
      ['b', 'ok', 'Nieuw'],
      ['a', 'ok', 'Oud'],
      ['c', 'unreadable', ''],
    ]);
  });
  it('geeft per document een eigen opslag met revisies', async () => {
    const s = memoryStorage();
    const lib = createLibrary(demo, { prefix: P, storage: s, describe: (d) => d.titel, events: null });
    const id = lib.newId();
    if (!id.ok) throw new Error(id.message);
    expect(id.value).toMatch(/^[a-z0-9]{12}$/);
    expect((await lib.open(id.value).save(validDemo, 0)).ok).toBe(true);
    expect(s.data.has(`${P}:${id.value}`)).toBe(true);
    expect(lib.open(id.value)).toBe(lib.open(id.value));
  });
  it('geeft per leesbaar document de korte gegevens van details, anders {}', () => {
    const s = memoryStorage({ [`${P}:a`]: env('Deel', '2026-01-01T00:00:00.000Z'), [`${P}:b`]: '{kapot' });
    const lib = createLibrary(demo, { prefix: P, storage: s, describe: (d) => d.titel, details: (d) => ({ lengte: String(d.titel.length) }), events: null });
    const l = lib.list();
    expect(l.ok && l.value.map((e) => [e.id, e.details])).toEqual([['a', { lengte: '4' }], ['b', {}]]);
  });
  it('maakt een nieuwe id zonder de documenten te lezen, en telt onleesbare mee', () => {
    const s = memoryStorage({ [`${P}:a`]: env('A', ''), [`${P}:b`]: '{kapot', [`${P}:a:onleesbaar:2026`]: 'x' });
    let gelezen = 0;
    const teller = { ...s, getItem: (k: string) => (gelezen++, s.getItem(k)) };
    const vol = createLibrary(demo, { prefix: P, storage: teller, describe: (d) => d.titel, events: null, max: 2 }).newId();
    expect(vol.ok ? 'id' : vol.code).toBe('full');
    const r = createLibrary(demo, { prefix: P, storage: teller, describe: (d) => d.titel, events: null, max: 3 }).newId();
    expect(r.ok && !['a', 'b'].includes(r.value)).toBe(true);
    expect(gelezen).toBe(0);
  });
  it('meldt een volle bibliotheek', () => {
    const s = memoryStorage({ [`${P}:a`]: env('A', ''), [`${P}:b`]: env('B', '') });
    const lib = createLibrary(demo, { prefix: P, storage: s, describe: (d) => d.titel, events: null, max: 2 });
    const r = lib.newId();
    expect(r.ok ? 'id' : r.code).toBe('full');
  });
});
