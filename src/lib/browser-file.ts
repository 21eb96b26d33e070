// Deprecated: Use src/instrument/browser-file.ts and dates.ts (see src/instrument/README.md); kept until every tool is migrated.
/**
 * Browser-only helpers for files: read a chosen file as text (with a size limit) and offer text
 * as a download. Kept apart from the pure modules so those stay free of the DOM.
 */
import { fail, ok, type Result } from './result.ts';
import { MAX_FILE_BYTES } from './envelope.ts';

export async function readTextFile(file: File, maxBytes = MAX_FILE_BYTES): Promise<Result<string>> {
  if (file.size > maxBytes) {
    return fail(`Het bestand "${file.name}" is te groot (meer dan ${Math.round(maxBytes / 1000)} kB). Er is niets veranderd.`);
  }
  try {
    return ok(await file.text());
  } catch {
    return fail(`Het bestand "${file.name}" kon niet worden gelezen. Er is niets veranderd.`);
  }
}

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A date-stamped, safe file name: "regiescan-2026-11-23.json". */
export function fileName(base: string, extension: string, now = new Date()): string {
  const safe = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
  return `${safe}-${now.toISOString().slice(0, 10)}.${extension}`;
}
