// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { pagefind } from './src/integrations/pagefind.ts';
import { nldsCss } from './src/integrations/nlds-css.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

export default defineConfig({
  site: 'https://veiligwijzer.example',
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  // Order matters: the service worker precaches the search index, the header check reads the finished site.
  integrations: [mdx(), preact(), pagefind(), serviceWorker(), securityHeaders()],
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: {
    plugins: [nldsCss(fileURLToPath(new URL('./src', import.meta.url)))],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
