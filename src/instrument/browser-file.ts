/**
 * Browser-only file helpers: offer text as a download. (Reading a chosen file: `instrument.readFile`.)
 * Kept apart from the pure modules so those stay free of the DOM.
 */
import { fail, ok, type Result } from './result.ts';

/** Starts a download of `text` (UTF-8). CSV text should already start with a BOM (see csv.ts). */
export function downloadText(filename: string, text: string, type = 'application/json'): Result<void> {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return ok(undefined);
  } catch {
    return fail('Downloaden lukte niet in deze browser. Er is niets veranderd.', 'download-failed');
  }
}
