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
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { oneStylesheet } from './src/integrations/one-stylesheet.ts';
import { gitDates } from './src/integrations/git-dates.ts';
import { buildTiming } from './src/integrations/build-timing.ts';

export default defineConfig({
  site: 'https://veiligwijzer.example',
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  // One text, one place: gidsen show the meldcode's shared rules from content/instrumenten/meldcode/regels.yaml.
  // Abbreviations first: the shared rule texts must stay word for word the same in gids and tool.
  markdown: { processor: satteri({ mdastPlugins: [afkortingen(), meldcodeRegelsPlugin()] }) },
  // Order matters: one stylesheet per page first, the service worker precaches the search index and the CSS that is
  // left, the header check reads the finished site.
  integrations: [buildTiming(), gitDates(), mdx(), preact(), oneStylesheet(), pagefind(), serviceWorker(), securityHeaders()],
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: {
    plugins: [nldsCss(fileURLToPath(new URL('./src', import.meta.url)))],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
