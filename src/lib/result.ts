/** Moved to src/instrument/result.ts; this re-export stays until every tool imports from there. */
export { ok, fail, type Result } from '../instrument/result.ts';
