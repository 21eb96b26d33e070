/**
 * The search's word list (content/zoeken/woorden.yaml, checked and compiled at build time) as a small
 * static JSON file. The search page fetches it together with Pagefind when someone starts searching.
 */
import type { APIRoute } from 'astro';
import { readLexicon } from '../../search/lexicon-file.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(readLexicon()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
