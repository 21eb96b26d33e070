/** Reading the built site (dist/) in Node: page list, HTML, links and anchors. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes(`${sep}pagefind${sep}`))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** "dist/gidsen/x/index.html" → "/gidsen/x/"; "dist/404.html" → "/404.html". */
export function urlOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function pageUrls(): string[] {
  return htmlFiles().map(urlOf);
}

/** The file that serves a path, or null. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith(sep)) ?? null;
}

const cache = new Map<string, string>();
export function html(file: string): string {
  if (!cache.has(file)) cache.set(file, readFileSync(file, 'utf8'));
  return cache.get(file)!;
}

export function idsIn(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

export interface Reference {
  attr: string;
  value: string;
}

/** href/src/action values, outside inline scripts. */
export function referencesIn(page: string): Reference[] {
  const withoutScripts = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) => s.slice(0, s.indexOf('>') + 1));
  return [...withoutScripts.matchAll(/\s(href|src|action|srcset|poster)="([^"]*)"/g)].map((m) => ({ attr: m[1]!, value: m[2]!.replace(/&amp;/g, '&') }));
}
