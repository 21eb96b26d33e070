/**
 * The HTTP headers of the built site live in public/_headers (copied to dist/_headers); deploy/nginx.conf says the
 * same for nginx. After the build this integration checks that the Content-Security-Policy in that file really
 * allows the site: every inline <script> and <style> in the HTML must be listed by its sha256 hash, and no HTML may
 * carry a style attribute or an inline event handler (onclick=…): a strict CSP blocks those. It also checks that deploy/nginx.conf has the same
 * policy. The build fails with a Dutch message (and the missing hashes) otherwise.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses the _headers format (Netlify, Cloudflare Pages): a path line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: regel zonder pad of zonder dubbele punt: "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** "/*" matches everything, "/_astro/*" everything below /_astro/, other patterns only themselves. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** The headers a host sends for a path: all matching rules, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) out[k.toLowerCase()] = v;
  return out;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP sources every inline script and style of a page needs, e.g. { script: ["'sha256-…'"], style: [] }. */
export function inlineHashes(html: string): { script: string[]; style: string[]; styleAttributes: number; eventHandlers: number } {
  const script: string[] = [];
  const style: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs)) continue;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // data, not code
    script.push(hash(m[2]!));
  }
  for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)) style.push(hash(m[2]!));
  const styleAttributes = [...html.matchAll(/<[a-z][^>]*\sstyle="/g)].length;
  const eventHandlers = [...html.matchAll(/<[a-z][^>]*\son[a-z]+="/g)].length;
  return { script, style, styleAttributes, eventHandlers };
}

export function directive(csp: string, name: string): string[] {
  const part = csp.split(';').map((p) => p.trim().split(/\s+/)).find((p) => p[0] === name);
  return part ? part.slice(1) : [];
}

export async function checkSite(root: string, headersText: string, nginxText?: string): Promise<string[]> {
  const problems: string[] = [];
  const csp = headersFor(parseHeaders(headersText), '/')['content-security-policy'];
  if (!csp) return ['public/_headers heeft geen Content-Security-Policy voor /*.'];
  const scripts = new Set(directive(csp, 'script-src'));
  const styles = new Set(directive(csp, 'style-src'));
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) if (scripts.has(bad) || styles.has(bad)) problems.push(`De CSP bevat ${bad}.`);
  const missing = new Map<string, string>();
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  for (const e of entries.filter((x) => x.isFile() && x.name.endsWith('.html'))) {
    const file = join(e.parentPath, e.name);
    const found = inlineHashes(await readFile(file, 'utf8'));
    for (const h of found.script) if (!scripts.has(h)) missing.set(`script-src ${h}`, relative(root, file));
    for (const h of found.style) if (!styles.has(h)) missing.set(`style-src ${h}`, relative(root, file));
    if (found.eventHandlers) problems.push(`${relative(root, file)}: ${found.eventHandlers} inline event-handler(s) (onclick=…); de CSP blokkeert die. Gebruik bijvoorbeeld data-print of een <script>.`);
    if (found.styleAttributes) problems.push(`${relative(root, file)}: ${found.styleAttributes} style-attribuut/attributen; de CSP blokkeert die. Gebruik een klasse.`);
  }
  for (const [what, file] of missing) problems.push(`Ontbreekt in de CSP (public/_headers): ${what} (bijvoorbeeld in ${file}).`);
  if (nginxText !== undefined) {
    const nginxCsp = /set \$csp "([^"]*)";/.exec(nginxText)?.[1];
    if (nginxCsp !== csp) problems.push('deploy/nginx.conf heeft een andere Content-Security-Policy dan public/_headers.');
  }
  return problems;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'veiligwijzer:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile)) throw new Error('dist/_headers ontbreekt: public/_headers hoort bij de site.');
        const nginx = existsSync('deploy/nginx.conf') ? readFileSync('deploy/nginx.conf', 'utf8') : undefined;
        const problems = await checkSite(root, readFileSync(headersFile, 'utf8'), nginx);
        if (problems.length) throw new Error(`De beveiligingsheaders passen niet bij de site:\n- ${problems.join('\n- ')}`);
        logger.info('Content-Security-Policy in _headers past bij alle pagina’s');
      },
    },
  };
}
