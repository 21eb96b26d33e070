/**
 * Opens every hostile file (tests/fixtures/hostile/generate.ts) in a tool page through its file
 * picker, the way a user would, and checks for each:
 * - a clear Dutch message ("… Er is niets veranderd.") or, for a file that can be opened, first the
 *   question whether to replace the work;
 * - nothing replaced: the work on screen and everything in localStorage unchanged (after "Nee, behoud
 *   mijn werk"; and after opening and "Ongedaan maken" the work on screen is back);
 * - no script ran (no `window.__hostile`, no dialog);
 * - the layout is intact: no horizontal overflow, also with the hostile content on screen.
 * The page must already show some work (so that there is something to lose).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCRIPT_MARKER, type HostileCase } from '../fixtures/hostile/generate.ts';
import { CANCEL_LABEL, REPLACE_TEXT, UNDO_LABEL } from '../../src/instrument/replace.ts';

export interface HostileTarget {
  page: Page;
  /** The file input of the import picker. */
  fileInput: Locator;
  /** The work on screen as text, compared before and after (default: the text of <main>). */
  snapshot?: () => Promise<string>;
  /** Where messages appear (default: the page's role="alert" elements). */
  messages?: Locator;
  /** Also open the files that can be opened, check the layout with them, then undo (default true). */
  openAccepted?: boolean;
}

export interface HostileOutcome {
  name: string;
  outcome: 'message' | 'asked';
  message: string;
}

const T = { timeout: 15_000 };

async function storageDump(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k) ?? ''])));
}

/** Stored JSON without the parts that change with every save (time, revision). */
function normalise(dump: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(dump).map(([k, v]) => {
      try {
        const o = JSON.parse(v) as Record<string, unknown>;
        if (o && typeof o === 'object' && !Array.isArray(o) && !('beveiligd' in o)) {
          delete o['opgeslagen'];
          delete o['revisie'];
        }
        return [k, o];
      } catch {
        return [k, v];
      }
    }),
  );
}

async function layoutIntact(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

/**
 * The work on screen: the text of <main> without messages (alerts, live regions), plus the value of
 * every form control in it (typed work lives in inputs, not in text).
 */
export async function workOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const controls = [...main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')]
      .filter((el) => el.type !== 'file' && el.type !== 'password')
      .map((el) => `${el.id || el.name}=${el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.value}`);
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[role="alert"], [role="status"], [aria-live]').forEach((el) => el.remove());
    return `${copy.textContent?.replace(/\s+/g, ' ').trim()}\n${controls.join('\n')}`;
  });
}

/**
 * The cases in an order where no two refusals with the same failure code follow each other. A refusal must show a
 * new message; when it gives the very same text as the case before, only time can tell that the tool looked at the
 * file (the 4 s below). Alternating the codes makes every refusal show a message that differs from the one before,
 * so the check sees it at once. Every case is still checked, on the same page.
 */
export function alternating(cases: readonly HostileCase[]): HostileCase[] {
  const groups = new Map<string, HostileCase[]>();
  cases.forEach((c, i) => {
    const key = c.expect === 'reject' && c.code ? c.code : `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  });
  const order: HostileCase[] = [];
  let last: string | undefined;
  while (order.length < cases.length) {
    // The largest group first (so it cannot be left over at the end), never the group of the case before.
    const [key, group] = [...groups].filter(([k, g]) => g.length > 0 && k !== last).sort((a, b) => b[1].length - a[1].length)[0] ?? [...groups].find(([, g]) => g.length > 0)!;
    order.push(group.shift()!);
    last = key;
  }
  return order;
}

export async function checkHostileFiles(target: HostileTarget, cases: readonly HostileCase[]): Promise<HostileOutcome[]> {
  const { page, fileInput } = target;
  const snapshot = target.snapshot ?? (() => workOnScreen(page));
  const messages = target.messages ?? page.locator('[role="alert"]');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const outcomes: HostileOutcome[] = [];
  const cancel = page.getByRole('button', { name: CANCEL_LABEL });

  for (const c of alternating(cases)) {
    const screenBefore = await snapshot();
    const storeBefore = await storageDump(page);
    const alertsBefore = await messages.allInnerTexts();
    await fileInput.setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.bytes) });

    let outcome: HostileOutcome['outcome'] | null = null;
    let message = '';
    const started = Date.now();
    await expect
      .poll(async () => {
        if (await cancel.isVisible()) outcome = 'asked';
        else {
          const now = await messages.allInnerTexts();
          // A new message; or, for a file that must be refused, the same message as the case before
          // (a tool shows one message and it does not change) once there was time to replace it.
          const fresh =
            now.find((m) => /Er is niets veranderd/.test(m) && !alertsBefore.includes(m)) ??
            (c.expect === 'reject' && Date.now() - started > 4_000 ? now.find((m) => /Er is niets veranderd/.test(m)) : undefined);
          if (fresh) {
            outcome = 'message';
            message = fresh;
          }
        }
        return outcome;
      }, { ...T, message: `${c.name}: geen melding en geen vraag verschenen` })
      .not.toBeNull();

    if (c.expect === 'reject') expect(outcome, `${c.name} had geweigerd moeten worden`).toBe('message');
    if (c.expect === 'accept') expect(outcome, `${c.name} had geopend moeten kunnen worden (na een vraag); melding: ${message}`).toBe('asked');

    if (outcome === 'asked') {
      message = (await page.getByText(REPLACE_TEXT.import.question).first().innerText().catch(() => '')) || REPLACE_TEXT.import.question;
      if (target.openAccepted ?? true) {
        // Open it, look at the page with the hostile content, and undo.
        await page.getByRole('button', { name: REPLACE_TEXT.import.confirm }).click();
        await page.getByRole('button', { name: UNDO_LABEL }).waitFor(T);
        const l = await layoutIntact(page);
        expect(l.scrollWidth, `${c.name}: de pagina wordt breder dan het venster`).toBeLessThanOrEqual(l.clientWidth + 1);
        expect(await page.evaluate((m) => (window as unknown as Record<string, unknown>)[m], SCRIPT_MARKER), `${c.name}: script uitgevoerd`).toBeUndefined();
        await page.getByRole('button', { name: UNDO_LABEL }).click();
        await expect.poll(snapshot, { ...T, message: `${c.name}: ongedaan maken bracht het werk niet terug` }).toBe(screenBefore);
        await expect.poll(async () => normalise(await storageDump(page)), { ...T, message: `${c.name}: opslag niet terug na ongedaan maken` }).toEqual(normalise(storeBefore));
      } else {
        await cancel.click();
        await cancel.waitFor({ state: 'hidden', ...T });
        expect(await storageDump(page), `${c.name}: opslag veranderd`).toEqual(storeBefore);
      }
    } else {
      expect(message, `${c.name}: de melding is niet in gewoon Nederlands`).toMatch(/^(Dit bestand|Het bestand)\b[^]*Er is niets veranderd\.?/m);
      expect(await storageDump(page), `${c.name}: opslag veranderd`).toEqual(storeBefore);
    }
    expect(await snapshot(), `${c.name}: het werk op het scherm is veranderd`).toBe(screenBefore);
    expect(await page.evaluate((m) => (window as unknown as Record<string, unknown>)[m], SCRIPT_MARKER), `${c.name}: script uitgevoerd`).toBeUndefined();
    expect(dialogs, `${c.name}: er verscheen een dialoogvenster`).toEqual([]);
    const l = await layoutIntact(page);
    expect(l.scrollWidth, `${c.name}: horizontale overflow`).toBeLessThanOrEqual(l.clientWidth + 1);
    outcomes.push({ name: c.name, outcome: outcome!, message });
  }
  return outcomes;
}
