/**
 * Date of the last commit that touched a file ("2026-11-23"), for "laatst bijgewerkt".
 * One `git log` call reads the dates of all files at once (the first time a date is asked); before, every page
 * started its own git process. Without git or outside a repository every date is undefined. The build starts that
 * call in the background (startReadingDates), so page generation does not wait for it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { relative, isAbsolute } from 'node:path';

let dates: Map<string, string> | undefined;

/** Parses `git log --format=%x00%cs --name-only`: newest commit first, so the first date per file wins. */
export function parseGitLog(out: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of out.split('\0')) {
    const lines = block.split('\n').filter(Boolean);
    const date = lines.shift();
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of lines) if (!map.has(file)) map.set(file, date);
  }
  return map;
}

const GIT_ARGS = ['-c', 'core.quotepath=off', 'log', '--format=%x00%cs', '--name-only', '--relative', '--no-renames', 'HEAD'];
/** Shared between the build's own modules and the bundled pages (two copies of this module, one process). */
const EARLY = Symbol.for('veiligwijzer.git-dates');
type Global = { [EARLY]?: Promise<Map<string, string>> };

/**
 * Starts reading the dates in the background (the build calls this when it starts, see
 * src/integrations/git-dates.ts), so the pages do not wait for git: the one `git log` ran while Vite bundled.
 */
export function startReadingDates(): void {
  const g = globalThis as Global;
  g[EARLY] ??= new Promise((resolve) => {
    execFile('git', GIT_ARGS, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, out) => resolve(error ? new Map() : parseGitLog(out)));
  });
}

function allDates(): Map<string, string> {
  if (!dates) {
    try {
      const out = execFileSync('git', GIT_ARGS, {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      dates = parseGitLog(out);
    } catch {
      dates = new Map();
    }
  }
  return dates;
}

const relativePath = (file: string) => (isAbsolute(file) ? relative(process.cwd(), file) : file).replace(/^\.\//, '').split('\\').join('/');

export function lastCommitDate(file: string): string | undefined {
  return allDates().get(relativePath(file));
}

/** The same, using the dates read in the background when the build started them (else one git call now). */
export async function lastCommitDateAsync(file: string): Promise<string | undefined> {
  const early = (globalThis as Global)[EARLY];
  if (early && !dates) dates = await early;
  return lastCommitDate(file);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-11-23" → "23 november 2026". */
export function formatDateNl(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
