import { describe, expect, it } from 'vitest';
import { formatDateNl, parseGitLog } from '../../../src/lib/git-date.ts';

describe('git-date', () => {
  it('leest uit één git log per bestand de datum van de nieuwste commit', () => {
    const out = '\u00002026-11-23\n\ncontent/gidsen/a.md\ncontent/gidsen/b.md\n\u00002026-10-01\n\ncontent/gidsen/a.md\ncontent/themas/c.md\n\u00002026-09-30\n\n';
    const dates = parseGitLog(out);
    expect(dates.get('content/gidsen/a.md')).toBe('2026-11-23');
    expect(dates.get('content/gidsen/b.md')).toBe('2026-11-23');
    expect(dates.get('content/themas/c.md')).toBe('2026-10-01');
    expect(dates.size).toBe(3);
  });
  it('schrijft een datum in het Nederlands', () => {
    expect(formatDateNl('2026-03-09')).toBe('9 maart 2026');
  });
});
