/**
 * Makes sure Debian's Chromium is there for the browser tests. Playwright cannot download its own
 * browser here, so we use the system package: installed with apt when missing and we are root.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium ontbreekt (${CHROMIUM_PATH}). Installeer het met: sudo apt-get install -y chromium\n` +
        'of wijs met CHROMIUM_PATH naar een andere Chromium.',
    );
    return false;
  }
  console.log('Chromium ontbreekt; installeren met apt-get (Debian-pakket "chromium")…');
  try {
    execSync('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium', { stdio: 'inherit' });
  } catch {
    console.error('Installeren van Chromium is mislukt.');
    return false;
  }
  return existsSync(CHROMIUM_PATH);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
