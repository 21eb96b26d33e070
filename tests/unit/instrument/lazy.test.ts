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
