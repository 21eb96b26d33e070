import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastCommitDateAsync, startReadingDates } from '../../../src/lib/git-date.ts';

let expected: string | undefined;
try {
  expected = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'package.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
} catch {
  expected = undefined;
}

describe('git-date: datums vooraf gelezen', () => {
  it.skipIf(!expected)('geeft na het vooraf lezen dezelfde datum als git zelf voor één bestand', async () => {
    startReadingDates();
    expect(await lastCommitDateAsync('package.json')).toBe(expected);
    expect(await lastCommitDateAsync('./package.json')).toBe(expected);
    expect(await lastCommitDateAsync('bestaat-niet.md')).toBeUndefined();
  });
});
