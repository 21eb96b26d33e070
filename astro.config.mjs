// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { pagefind } from './src/integrations/pagefind.ts';
import { nldsCss } from './src/integrations/nlds-css.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { afkortingen } from './src/integrations/afkortingen.ts';
import { meldcodeRegelsPlugin } from './src/tools/meldcode/markdown-regels.ts';

export default defineConfig({
  site: 'https://veiligwijzer.example',
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [mdx(), preact(), pagefind()],
  // One text, one place: gidsen show the meldcode's shared rules from content/instrumenten/meldcode/regels.yaml.
  // Abbreviations are explained after the rules are in, so the rule texts get them too.
  markdown: { processor: satteri({ mdastPlugins: [meldcodeRegelsPlugin(), afkortingen()] }) },
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: {
    plugins: [nldsCss(fileURLToPath(new URL('./src', import.meta.url)))],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
