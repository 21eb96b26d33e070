/**
 * `npm run check:bronnen`: the source check (../shared/tools/check-bronnen.mjs) over all content, when the
 * source texts are there. ../shared holds the source documents and their ids (bronnen.json, seeds/); it is
 * not part of a public clone. Without it this says so in one Dutch line and stops cleanly, and the tests
 * that need it are skipped with the same reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared next to the project (the project root is two folders up from src/cli). */
export const SHARED = new URL('../../../shared/', import.meta.url);
export const CHECKER = fileURLToPath(new URL('tools/check-bronnen.mjs', SHARED));
export const HAS_SHARED = existsSync(CHECKER) && existsSync(new URL('bronnen.json', SHARED)) && existsSync(new URL('seeds/', SHARED));

/** The one line that says why a source check did not run and what to do about it. */
export const ZONDER_SHARED =
  'overgeslagen: ../shared ontbreekt (de bronteksten voor de feitencontrole, geen deel van een publieke kloon); ' +
  'zet die map naast het project om de bronnencontrole te draaien';

/** A test name that carries the reason when the test is skipped for lack of ../shared. */
export const metBronnen = (name: string) => (HAS_SHARED ? name : `${name} (${ZONDER_SHARED})`);

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!HAS_SHARED) {
    console.log(`Bronnencontrole ${ZONDER_SHARED}.`);
    process.exit(0);
  }
  const result = spawnSync(process.execPath, [CHECKER, 'content', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
