/**
 * `npm test`: everything, in order: Chromium present → type check (astro check, TypeScript strict) →
 * build the site → all Vitest projects (unit, content, site, search, e2e).
 * Ends with one line "N passed, N failed" over all of it (the type check counts as one test).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

function finish(passed: number, failed: number): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

if (!ensureChromium()) finish(0, 1);

console.log('\n— Typen controleren (astro check) —');
const typesOk = run('npx', ['astro', 'check']) === 0;
if (!typesOk) console.error('De typecontrole vond fouten; zie hierboven.');

console.log('\n— Site bouwen (astro build) —');
if (run('npx', ['astro', 'build']) !== 0) {
  console.error('De build is mislukt; zie de melding hierboven.');
  finish(typesOk ? 1 : 0, typesOk ? 1 : 2);
}

console.log('\n— Tests (vitest) —');
const dir = mkdtempSync(join(tmpdir(), 'vw-test-'));
const report = join(dir, 'vitest.json');
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  if (status !== 0 && failed === 0) failed = 1; // a test file that failed to load, or no tests at all
} catch {
  failed = 1;
}
rmSync(dir, { recursive: true, force: true });
finish(passed + (typesOk ? 1 : 0), failed + (typesOk ? 0 : 1));
