/**
 * Offline use: after `astro build` (and after the search index), Workbox's generateSW writes dist/sw.js, which
 * precaches the whole built site: pages, CSS, JavaScript, the search index and its fragments. The pages register it
 * with src/components/site/ServiceWorker.astro.
 *
 * Nothing a user types is ever cached: there is no runtime caching at all, only the precache of the built files.
 * A search URL (/zoeken/?q=…) is answered with the precached /zoeken/ page (query parameters are ignored for lookup,
 * never stored); the instruments keep their data in the browser's own storage, not in a cache.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function serviceWorker(): AstroIntegration {
  return {
    name: 'veiligwijzer:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { generateSW } = await import('workbox-build');
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*.{html,css,js,mjs,svg,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
          // The other Pagefind UIs and the language-less index are not used by the site.
          globIgnores: ['sw.js', 'pagefind/pagefind-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/wasm.unknown.pagefind'],
          swDest: `${root}/sw.js`,
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // /gidsen/x/ → /gidsen/x/index.html; /zoeken/?q=… → /zoeken/index.html (parameters ignored, never stored).
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          // Files with a content hash in their name need no revision.
          dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(fragment|index|filter)\/)/,
          cleanupOutdatedCaches: true,
          // A new version waits until the user chooses "Nu vernieuwen" (the page sends SKIP_WAITING).
          skipWaiting: false,
          clientsClaim: false,
          offlineGoogleAnalytics: false,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} bestanden (${(size / 1e6).toFixed(1)} MB) voor offline gebruik`);
      },
    },
  };
}
