/** The content files themselves: schemas, references, section order, and the source check. */
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent, COLLECTIONS } from '../../src/cli/check-content.ts';
import { CHECKER, HAS_SHARED, metBronnen } from '../../src/cli/check-bronnen.ts';

describe('inhoud', () => {
  it('voldoet aan de schema\'s, verwijzingen en volgorde van secties', () => {
    expect(checkContent('content').map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('heeft elke collectie gevuld', () => {
    for (const c of COLLECTIONS) expect(readdirSync(`content/${c}`).length, c).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_SHARED)(metBronnen('noemt zijn bronnen, elk cijfer staat erin en niets is overgenomen (check-bronnen)'), () => {
    const out = execFileSync(process.execPath, [CHECKER, 'content', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { report } = JSON.parse(out) as { report: { file: string; needsSource: boolean; cited: string[]; unfound: string[]; copied: string[] }[] };
    const problems = report.flatMap((r) => [
      ...(r.needsSource && r.cited.length === 0 ? [`${r.file}: noemt geen bron`] : []),
      ...r.unfound.map((f) => `${r.file}: cijfer ${f} niet in de bronnen`),
      ...r.copied.map((c) => `${r.file}: letterlijk overgenomen: "${c.slice(0, 80)}…"`),
    ]);
    expect(problems).toEqual([]);
  });
});
