/**
 * `npm test`: everything, fast feedback first.
 *
 *   1. type check (astro check, TypeScript strict; counts as one test), at the same time as
 *   2. unit and content tests (no build needed)
 *   3. build the site (astro build)
 *   4. site and search tests (the built files and the search index)
 *   5. browser tests (Chromium; installed with apt when missing and we are root)
 *
 * When 1, 2 or 4 fail, the browser tests do not run: the summary says what failed and stops.
 * The last line is always "N passed, N failed", with ", N skipped" added only when tests were skipped
 * (for instance the source checks in a clone without ../shared; their names say why).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const extraArgs = process.argv.slice(2);

interface Phase {
  name: string;
  seconds: number;
  passed: number;
  failed: number;
  skipped: string[];
}
const phases: Phase[] = [];

function run(cmd: string, args: string[]): number {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, (performance.now() - start) / 1000];
}

/** A step that is one test: passes when the command exits 0. */
function step(name: string, cmd: string, args: string[], failure: string): boolean {
  console.log(`\n— ${name} —`);
  const [status, seconds] = timed(() => run(cmd, args));
  if (status !== 0) console.error(failure);
  phases.push({ name, seconds, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: [] });
  return status === 0;
}

/**
 * A step that is one test, started in the background with its output in a file, so it runs while the unit
 * tests run (both spend part of their time starting up and reading files). `wait()` prints the output and
 * records the result like step().
 */
function background(name: string, cmd: string, args: string[], failure: string): { wait(): Promise<boolean> } {
  const dir = mkdtempSync(join(tmpdir(), 'vw-step-'));
  const log = join(dir, 'uitvoer.txt');
  const fd = openSync(log, 'w');
  const start = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env });
  const done = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
  return {
    async wait() {
      const status = await done;
      const seconds = (performance.now() - start) / 1000;
      closeSync(fd);
      console.log(`\n— ${name} —`);
      process.stdout.write(readFileSync(log, 'utf8'));
      rmSync(dir, { recursive: true, force: true });
      if (status !== 0) console.error(failure);
      phases.push({ name, seconds, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: [] });
      return status === 0;
    },
  };
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

/** Vitest projects as one phase; counts come from Vitest's JSON report. */
function vitest(name: string, projects: string[]): boolean {
  console.log(`\n— ${name} (vitest: ${projects.join(', ')}) —`);
  const dir = mkdtempSync(join(tmpdir(), 'vw-test-'));
  const report = join(dir, 'vitest.json');
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs];
  const [status, seconds] = timed(() => run('npx', args));
  const phase: Phase = { name, seconds, passed: 0, failed: 0, skipped: [] };
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    phase.passed = json.numPassedTests;
    phase.failed = json.numFailedTests;
    phase.skipped = json.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === 'skipped' || a.status === 'pending' || a.status === 'todo').map((a) => a.fullName));
    if (status !== 0 && phase.failed === 0) phase.failed = 1; // a test file that failed to load, or an error outside a test
  } catch {
    phase.failed = Math.max(phase.failed, 1);
  }
  rmSync(dir, { recursive: true, force: true });
  phases.push(phase);
  return phase.failed === 0;
}

function finish(note?: string): never {
  const sum = (f: (p: Phase) => number) => phases.reduce((n, p) => n + f(p), 0);
  const passed = sum((p) => p.passed);
  const failed = sum((p) => p.failed);
  const skipped = phases.flatMap((p) => p.skipped);
  console.log('\n— Samenvatting —');
  for (const p of phases) {
    const counts = `${p.passed} geslaagd, ${p.failed} mislukt${p.skipped.length ? `, ${p.skipped.length} overgeslagen` : ''}`;
    console.log(`${p.failed ? '✗' : '✓'} ${p.name.padEnd(34)} ${counts.padEnd(40)} ${Math.round(p.seconds)} s`);
  }
  console.log(`  ${'totaal'.padEnd(34)} ${''.padEnd(40)} ${Math.round(sum((p) => p.seconds))} s`);
  if (skipped.length) {
    console.log(`\nOvergeslagen (${skipped.length}):`);
    for (const name of skipped.slice(0, 30)) console.log(`  - ${name}`);
    if (skipped.length > 30) console.log(`  … en ${skipped.length - 30} meer`);
  }
  if (note) console.log(`\n${note}`);
  console.log(`\n${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
}

const STOP = 'De snelle tests faalden; de browsertests zijn niet gedraaid. Herstel eerst wat hierboven mislukt is.';

// The type check runs next to the unit and content tests (its output follows theirs); both finish before the build.
const types = background('Typen controleren (astro check, tegelijk met de unittests)', 'npx', ['astro', 'check'], 'De typecontrole vond fouten; zie hierboven.');
const unitOk = vitest('Unit- en inhoudstests', ['unit', 'content']);
const typesOk = await types.wait();

const built = step('Site bouwen (astro build)', 'npx', ['astro', 'build'], 'De build is mislukt; zie de melding hierboven.');
if (!built) finish(`De site kon niet gebouwd worden, dus de site-, zoek- en browsertests zijn niet gedraaid.`);

const siteOk = vitest('Site- en zoektests', ['site', 'search']);
if (!typesOk || !unitOk || !siteOk) finish(STOP);

console.log('\n— Chromium —');
if (!ensureChromium()) {
  phases.push({ name: 'Browsertests', seconds: 0, passed: 0, failed: 1, skipped: [] });
  finish('Zonder Chromium kunnen de browsertests niet draaien.');
}
vitest('Browsertests (Chromium)', ['e2e']);
finish();
