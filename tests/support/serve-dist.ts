/** Vitest global setup: serves the built site (dist/) for the search and browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ ontbreekt: bouw de site eerst met "npx astro build" (npm test doet dat zelf).');
  }
  const { url, server } = await serveStatic('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
