// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { pagefind } from './src/integrations/pagefind.ts';
import { nldsCss } from './src/integrations/nlds-css.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { afkortingen } from './src/integrations/afkortingen.ts';

export default defineConfig({
  site: 'https://veiligwijzer.example',
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  markdown: { processor: satteri({ mdastPlugins: [afkortingen()] }) },
  integrations: [mdx(), preact(), pagefind()],
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: {
    plugins: [nldsCss(fileURLToPath(new URL('./src', import.meta.url)))],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
