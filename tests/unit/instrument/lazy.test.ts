import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/instrument/lazy.ts';

describe('later laden', () => {
  it('laadt een deel één keer, hoe vaak er ook om gevraagd wordt, en geeft het daarna meteen', async () => {
    let keer = 0;
    const deel = lazy(async () => {
      keer++;
      return { naam: 'paneel' };
    });
    expect(deel.get()).toBeNull();
    const [a, b] = await Promise.all([deel.load(), deel.load()]);
    expect(a).toBe(b);
    expect(keer).toBe(1);
    expect(deel.get()).toEqual({ naam: 'paneel' });
  });
});

describe('later laden dat mislukt', () => {
  it('meldt het mislukken, probeert bij de volgende vraag opnieuw en meldt dan het gelukte laden', async () => {
    let keer = 0;
    const deel = lazy(async () => {
      keer++;
      if (keer === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { naam: 'paneel' };
    });
    const meldingen: boolean[] = [];
    const stop = deel.subscribe(() => meldingen.push(deel.failed()));
    await expect(deel.load()).rejects.toThrow('Failed to fetch');
    expect(deel.failed()).toBe(true);
    expect(deel.get()).toBeNull();
    expect(await deel.load()).toEqual({ naam: 'paneel' });
    expect(keer).toBe(2);
    expect(deel.failed()).toBe(false);
    expect(meldingen).toEqual([true, false]);
    stop();
    await deel.load();
    expect(meldingen).toHaveLength(2);
  });
});
