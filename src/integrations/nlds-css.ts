/**
 * NL Design System CSS, trimmed to what the site uses.
 *
 * The Utrecht component library (one 400 kB file) and the NLDS "voorbeeld" design-token theme (200 kB) are
 * far larger than a page needs. This Vite plugin serves `virtual:nlds.css` with
 * - the component rules of the components named in NLDS_COMPONENTS, and
 * - only the design tokens those rules and the site's own CSS reference (followed through var() chains).
 * The CSS stays exactly as published; only unused parts are left out.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import postcss, { type Root, type Rule, type Declaration } from 'postcss';
import type { Plugin } from 'vite';

/** Components every page needs (content, navigation, the header search box). */
export const NLDS_COMPONENTS = [
  'alert', 'blockquote', 'breadcrumb-nav', 'button', 'code', 'emphasis', 'form-label', 'heading-1', 'heading-2',
  'heading-3', 'heading-4', 'heading-5', 'heading-6', 'link', 'mark', 'ordered-list', 'paragraph', 'separator',
  'skip-link', 'table', 'table-container', 'textbox', 'unordered-list',
] as const;

/** Form controls, only for pages with forms (tools, catalogue filters): `import 'virtual:nlds-forms.css'`. */
export const NLDS_FORM_COMPONENTS = [
  'button-group', 'checkbox', 'form-field', 'form-field-description', 'form-field-error-message', 'form-fieldset',
  'radio-button', 'select', 'textarea', 'button-link', 'status-badge',
] as const;

const BUNDLES: Record<string, 'base' | 'forms'> = { 'virtual:nlds.css': 'base', 'virtual:nlds-forms.css': 'forms' };

const CLASS = /\.utrecht-([a-z0-9]+(?:-[a-z0-9]+)*)(?:__[a-z0-9-]+)?(?:--[a-z0-9-]+)?/g;

/** A selector is kept when it names utrecht components and all of them are wanted. */
export function wantedSelector(selector: string, components: ReadonlySet<string>): boolean {
  const names = [...selector.matchAll(CLASS)].map((m) => m[1]!);
  return names.length > 0 && names.every((n) => components.has(n));
}

/**
 * The utrecht classes the site's source uses: literal class names, plus prefixes for classes built in code
 * (`utrecht-button--${soort}` keeps every button modifier). A rule for a class nobody uses (a button variant, a
 * placeholder state) is left out, and with it the design tokens only that rule needs.
 */
export interface UsedClasses {
  names: Set<string>;
  prefixes: string[];
  /** Quoted words in the source ('subtle', "primary-action"): the possible values of a built class name. */
  literals: Set<string>;
}
export function usedClasses(source: string): UsedClasses {
  const names = new Set(source.match(/utrecht-[a-z0-9_-]*[a-z0-9]/g) ?? []);
  const prefixes = [...new Set([...source.matchAll(/(utrecht-[a-z0-9_-]*)\$\{/g)].map((m) => m[1]!))];
  const literals = new Set([...source.matchAll(/['"`]([a-z0-9-]+)['"`]/g)].map((m) => m[1]!));
  return { names, prefixes, literals };
}
const FULL_CLASS = /\.(utrecht-[a-z0-9_-]+)/g;
function classUsed(c: string, used: UsedClasses): boolean {
  if (used.names.has(c)) return true;
  return used.prefixes.some((p) => {
    if (!c.startsWith(p)) return false;
    // `utrecht-button--${soort}`: only the values that occur as quoted words; `utrecht-heading-${n}`: any number.
    if (!/[-_]$/.test(p)) return true;
    const rest = c.slice(p.length);
    return used.literals.has(rest) || /^\d+$/.test(rest);
  });
}
export function selectorUsesOnly(selector: string, used: UsedClasses): boolean {
  return [...selector.matchAll(FULL_CLASS)].every(([, c]) => classUsed(c!, used));
}

/** Keeps only rules whose selector mentions one of the components (and, if given, only used classes); removes empty at-rules. */
export function pickComponents(css: string | Root, components: readonly string[], used?: UsedClasses): Root {
  const root = typeof css === 'string' ? postcss.parse(css) : css.clone();
  const wanted = new Set(components);
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    const kept = rule.selectors.filter((s) => wantedSelector(s, wanted) && (!used || selectorUsesOnly(s, used)));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) {
        at.remove();
        removed = true;
      }
    });
  }
  return root;
}

const VAR_REF = /var\(\s*(--[a-zA-Z0-9_-]+)/g;

export function referencedVars(css: string): Set<string> {
  return new Set([...css.matchAll(VAR_REF)].map((m) => m[1]!));
}

/** Keeps the custom properties of the theme that are referenced, directly or through other tokens. */
export function pickTokens(themeCss: string, used: Set<string>): string {
  const root = postcss.parse(themeCss);
  const values = new Map<string, string>();
  root.walkDecls((d: Declaration) => {
    if (d.prop.startsWith('--')) values.set(d.prop, d.value);
  });
  const keep = new Set<string>();
  const queue = [...used];
  while (queue.length) {
    const name = queue.pop()!;
    if (keep.has(name) || !values.has(name)) continue;
    keep.add(name);
    for (const ref of referencedVars(values.get(name)!)) queue.push(ref);
  }
  root.walkDecls((d: Declaration) => {
    if (d.prop.startsWith('--') && !keep.has(d.prop)) d.remove();
  });
  root.walkComments((c) => void c.remove());
  return root.toString();
}

function cssFilesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(cssFilesUnder(p));
    else if (/\.(css|astro|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

function tsFilesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(tsFilesUnder(p));
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Rules of the "utrecht-html" stylesheet (plain HTML elements in rendered Markdown), minus form elements. */
export function pickProse(css: string): Root {
  const root = postcss.parse(css);
  const formish = /\.utrecht-html\s+(input|button|select|textarea|label|fieldset|legend|form|option|body)\b/;
  root.walkRules((rule: Rule) => {
    const kept = rule.selectors.filter((s) => !formish.test(s));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  return root;
}

/**
 * Calls `fn` for every top-level `var(--name, fallback)` in a CSS value and puts its answer in place of the call.
 * A var() inside a fallback is left to `fn` (it gets the fallback text as written).
 */
export function replaceVars(value: string, fn: (name: string, fallback: string | undefined) => string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const j = value.indexOf('var(', i);
    if (j === -1) return out + value.slice(i);
    if (j > 0 && /[\w-]/.test(value[j - 1]!)) {
      out += value.slice(i, j + 4);
      i = j + 4;
      continue;
    }
    out += value.slice(i, j);
    let depth = 1;
    let k = j + 4;
    let comma = -1;
    for (; k < value.length; k++) {
      const c = value[k];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      else if (c === ',' && depth === 1 && comma === -1) comma = k;
    }
    if (depth !== 0) return out + value.slice(j); // not a whole var(): leave it
    const name = value.slice(j + 4, comma === -1 ? k : comma).trim();
    out += fn(name, comma === -1 ? undefined : value.slice(comma + 1, k).trim());
    i = k + 1;
  }
  return out;
}

/** Custom properties that source text assigns (`--x: …` in CSS, `'--x': …` in a style object). */
export function assignedVars(source: string): Set<string> {
  return new Set([...source.matchAll(/(--[a-zA-Z_][\w-]*)['"]?\s*:/g)].map((m) => m[1]!));
}

/**
 * Folds design tokens into the rules that use them. A token of the theme that nothing else assigns (not the site's
 * own CSS, not a component rule) has one value on every element, so `var(--token)` can become that value; a var()
 * that nothing defines becomes its fallback. Tokens that are assigned elsewhere (the site's theme overrides, the
 * header's button colours, the components' own `--_utrecht-…` variables) stay custom properties, so overriding
 * them keeps working. The browser computes the same values; the page just ships far fewer tokens.
 */
export function resolveTokens(theme: Map<string, string>, variable: ReadonlySet<string>) {
  const cache = new Map<string, string>();
  const resolve = (value: string, seen: ReadonlySet<string> = new Set()): string =>
    replaceVars(value, (name, fallback) => {
      const fb = fallback === undefined ? undefined : resolve(fallback, seen);
      if (variable.has(name) || seen.has(name)) return `var(${name}${fb === undefined ? '' : `,${fb}`})`;
      if (theme.has(name)) {
        if (!cache.has(name)) cache.set(name, resolve(theme.get(name)!, new Set([...seen, name])));
        return cache.get(name)!;
      }
      return fb ?? `var(${name})`;
    });
  return resolve;
}

function themeValues(themeCss: string): Map<string, string> {
  const values = new Map<string, string>();
  postcss.parse(themeCss).walkDecls((d: Declaration) => {
    if (d.prop.startsWith('--')) values.set(d.prop, d.value);
  });
  return values;
}

interface Sources {
  components: string;
  prose: string;
  theme: string;
  /** All of the site's own source text (CSS, Astro, TSX, TS): what it assigns and what it reads. */
  own: string;
  /** The site's own CSS, Astro and TSX: the classes it uses. */
  markup: string;
}

function readSources(srcDir: string): Sources {
  const require = createRequire(import.meta.url);
  const markup = cssFilesUnder(srcDir).map((f) => readFileSync(f, 'utf8')).join('\n');
  return {
    components: readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8'),
    prose: readFileSync(require.resolve('@utrecht/component-library-css/dist/html.css'), 'utf8'),
    theme: readFileSync(require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'), 'utf8'),
    markup,
    own: `${markup}\n${tsFilesUnder(srcDir).map((f) => readFileSync(f, 'utf8')).join('\n')}`,
  };
}

/** Both bundles at once: a component variable one bundle assigns may be read by the other. */
export function buildNldsBundles(src: Sources): Record<'base' | 'forms', string> {
  const used = usedClasses(src.own);
  const components = postcss.parse(src.components);
  const picked = {
    base: pickComponents(components, NLDS_COMPONENTS, used).append(pickProse(src.prose).nodes),
    forms: pickComponents(components, NLDS_FORM_COMPONENTS, used),
  };
  const theme = themeValues(src.theme);
  const variable = new Set(assignedVars(src.own));
  for (const root of Object.values(picked)) root.walkDecls((d) => void (d.prop.startsWith('--') && variable.add(d.prop)));
  const resolve = resolveTokens(theme, variable);
  const setValue = (d: Declaration, value: string) => {
    if (value.trim() !== '') d.value = value; // an empty result would turn a computed-time fallback into a parse error
  };
  for (const root of Object.values(picked)) root.walkDecls((d) => setValue(d, resolve(d.value)));
  // Private component variables (--_utrecht-…) that nothing reads any more are left out.
  let removed = true;
  while (removed) {
    removed = false;
    const read = new Set([...referencedVars(src.own), ...Object.values(picked).flatMap((r) => [...referencedVars(r.toString())])]);
    for (const root of Object.values(picked))
      root.walkDecls((d) => {
        if (d.prop.startsWith('--_') && !read.has(d.prop)) {
          d.remove();
          removed = true;
        }
      });
  }
  const out = {} as Record<'base' | 'forms', string>;
  const baseTokens = new Set<string>();
  for (const bundle of ['base', 'forms'] as const) {
    const css = picked[bundle].toString();
    // The tokens that stay custom properties: read by these rules or by the site's own CSS (base only), and what
    // their (folded) values read in turn.
    const keep = new Set<string>();
    // Base also keeps the theme tokens the site assigns itself (its overrides): then the forms bundle, which comes
    // after the site's CSS, never defines them again (that would undo the override).
    const queue = [...referencedVars(css), ...(bundle === 'base' ? [...referencedVars(src.own), ...assignedVars(src.own)] : [])];
    const values = new Map<string, string>();
    while (queue.length) {
      const name = queue.pop()!;
      if (keep.has(name) || !theme.has(name)) continue;
      keep.add(name);
      const value = resolve(theme.get(name)!);
      values.set(name, value);
      queue.push(...referencedVars(value));
    }
    // The forms bundle never repeats a token of the base bundle (which every page has): a second definition could
    // come after the site's own overrides and undo them.
    if (bundle === 'base') for (const k of values.keys()) baseTokens.add(k);
    else for (const k of baseTokens) values.delete(k);
    const tokens = [...values].map(([k, v]) => `${k}:${v}`).join(';');
    out[bundle] = `${tokens ? `.voorbeeld-theme{${tokens}}` : ''}\n${css}`;
  }
  return out;
}

export function buildNldsCss(srcDir: string, bundle: 'base' | 'forms' = 'base'): string {
  return buildNldsBundles(readSources(srcDir))[bundle];
}

export function nldsCss(srcDir: string): Plugin {
  const cache = new Map<string, string>();
  return {
    name: 'veiligwijzer:nlds-css',
    resolveId(id) {
      return id in BUNDLES ? `\0${id}` : undefined;
    },
    load(id) {
      const bundle = id.startsWith('\0') ? BUNDLES[id.slice(1)] : undefined;
      if (!bundle) return undefined;
      if (!cache.has(bundle)) for (const [k, v] of Object.entries(buildNldsBundles(readSources(srcDir)))) cache.set(k, v);
      return cache.get(bundle);
    },
    handleHotUpdate({ file }) {
      if (file.endsWith('.css')) cache.clear();
    },
  };
}
