/**
 * "Laatst bijgewerkt" comes from one `git log` call (src/lib/git-date.ts). Started when the build starts, it runs
 * while Vite bundles, instead of inside page generation (where it took ± 1.7 s of a busy build).
 */
import type { AstroIntegration } from 'astro';
import { startReadingDates } from '../lib/git-date.ts';

export function gitDates(): AstroIntegration {
  return {
    name: 'veiligwijzer:git-dates',
    hooks: {
      'astro:build:start': () => startReadingDates(),
    },
  };
}
