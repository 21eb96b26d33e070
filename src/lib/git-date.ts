/**
 * Date of the last commit that touched a file ("2026-11-23"), for "laatst bijgewerkt".
 * One `git log` call reads the dates of all files at once (the first time a date is asked); before, every page
 * started its own git process. Without git or outside a repository every date is undefined.
 */
import { execFileSync } from 'node:child_process';
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

function allDates(): Map<string, string> {
  if (!dates) {
    try {
      const out = execFileSync('git', ['-c', 'core.quotepath=off', 'log', '--format=%x00%cs', '--name-only', '--relative', '--no-renames', 'HEAD'], {
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

export function lastCommitDate(file: string): string | undefined {
  const rel = (isAbsolute(file) ? relative(process.cwd(), file) : file).replace(/^\.\//, '').split('\\').join('/');
  return allDates().get(rel);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-11-23" → "23 november 2026". */
export function formatDateNl(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
