import { describe, expect, it } from 'vitest';
import { failedModuleUrl, lazy, retryableImport } from '../../../src/instrument/lazy.ts';

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

describe('opnieuw proberen na een mislukte import', () => {
  const CHROMIUM = 'Failed to fetch dynamically imported module: https://veiligwijzer.example/_astro/ModelWerk.CAmyP-Od.js';

  it('leest het adres uit de foutmelding van Chromium en Firefox; Safari noemt geen adres', () => {
    expect(failedModuleUrl(new TypeError(CHROMIUM))).toBe('https://veiligwijzer.example/_astro/ModelWerk.CAmyP-Od.js');
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: http://127.0.0.1:4321/_astro/Vervolg.x1.js'))).toBe('http://127.0.0.1:4321/_astro/Vervolg.x1.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });

  it('vraagt na een mislukking hetzelfde bestand onder een nieuw adres (de browser onthoudt de mislukking), en daarna niets meer', async () => {
    const gevraagd: string[] = [];
    let lukt = false;
    const module = { naam: 'ModelWerk' };
    const laden = retryableImport(
      () => Promise.reject(new TypeError(CHROMIUM)),
      async (url) => {
        gevraagd.push(url);
        if (!lukt) throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
        return module;
      },
    );
    await expect(laden()).rejects.toThrow('Failed to fetch');
    await expect(laden()).rejects.toThrow('Failed to fetch');
    lukt = true;
    expect(await laden()).toBe(module);
    expect(await laden()).toBe(module);
    expect(gevraagd).toEqual([
      'https://veiligwijzer.example/_astro/ModelWerk.CAmyP-Od.js?poging=2',
      'https://veiligwijzer.example/_astro/ModelWerk.CAmyP-Od.js?poging=3',
    ]);
  });

  it('vraagt zonder adres in de fout gewoon opnieuw, en laadt een gelukte import maar één keer', async () => {
    let keer = 0;
    const laden = retryableImport(
      async () => {
        keer++;
        if (keer === 1) throw new TypeError('Importing a module script failed.');
        return { keer };
      },
      () => Promise.reject(new Error('mag niet gevraagd worden')),
    );
    await expect(laden()).rejects.toThrow('Importing');
    expect(await laden()).toEqual({ keer: 2 });
    expect(await laden()).toEqual({ keer: 2 });
    expect(keer).toBe(2);
  });
});
