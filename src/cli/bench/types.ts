import type { Page } from 'playwright-core';

/** What `npm run bench` hands to a tool's bench module (src/cli/bench/<tool>.ts, default export). */
export interface BenchContext {
  siteUrl(path: string): string;
  newPage(): Promise<Page>;
}

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

export type ToolBench = (ctx: BenchContext) => Promise<BenchRow[]>;
