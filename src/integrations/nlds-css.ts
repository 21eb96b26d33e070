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
export function pickComponents(css: string, components: readonly string[], used?: UsedClasses): Root {
  const root = postcss.parse(css);
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

export function buildNldsCss(srcDir: string, bundle: 'base' | 'forms' = 'base'): string {
  const require = createRequire(import.meta.url);
  const components = readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8');
  const theme = readFileSync(
    require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
    'utf8',
  );
  let picked: string;
  let own = '';
  if (bundle === 'base') {
    const prose = readFileSync(require.resolve('@utrecht/component-library-css/dist/html.css'), 'utf8');
    own = cssFilesUnder(srcDir).map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = usedClasses(`${own}\n${tsFilesUnder(srcDir).map((f) => readFileSync(f, 'utf8')).join('\n')}`);
    picked = `${pickComponents(components, NLDS_COMPONENTS, used).toString()}\n${pickProse(prose).toString()}`;
  } else {
    picked = pickComponents(components, NLDS_FORM_COMPONENTS).toString();
  }
  const used = new Set([...referencedVars(picked), ...referencedVars(own)]);
  return `${pickTokens(theme, used)}\n${picked}`;
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
      if (!cache.has(bundle)) cache.set(bundle, buildNldsCss(srcDir, bundle));
      return cache.get(bundle);
    },
    handleHotUpdate({ file }) {
      if (file.endsWith('.css')) cache.clear();
    },
  };
}
