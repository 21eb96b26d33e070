/**
 * Builds the Pagefind search index after `astro build` (same shape as Starlight's integration).
 * Only content inside `data-pagefind-body` is indexed; the language is Dutch.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function pagefind(): AstroIntegration {
  return {
    name: 'veiligwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const { index, errors: createErrors } = await createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${createErrors.join('; ')}`);
        const root = fileURLToPath(dir);
        const { page_count, errors } = await index.addDirectory({ path: root });
        if (errors.length) throw new Error(`Pagefind-fouten: ${errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${root}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind kon niet schrijven: ${written.errors.join('; ')}`);
        await close();
        logger.info(`zoekindex gemaakt voor ${page_count} pagina's`);
      },
    },
  };
}
