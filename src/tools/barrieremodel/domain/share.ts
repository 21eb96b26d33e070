/**
 * Share links of a model (#model=…) and of a contribution (#bijdrage=…), on the shared layer
 * (src/instrument/files/share.ts): compressed in the URL fragment, which browsers never send to a server.
 */
import { createShareLink, isShareLink, readShareLink } from '../../../instrument/files/share.ts';
import { ok, type Result } from '../../../instrument/result.ts';
import { barrieremodelBestand, bijdrageBestand } from './bestand.ts';
import type { Bijdrage } from './bijdrage.ts';
import type { Model } from './types.ts';

export const SHARE_PREFIX = 'model=';
export const BIJDRAGE_PREFIX = 'bijdrage=';
/** Longest fragment we create or accept (characters). Long links break in mail and chat programs. */
export const MAX_LINK_CHARS = 24_000;
const MODEL = { prefix: SHARE_PREFIX, maxChars: MAX_LINK_CHARS };
const BIJDRAGE = { prefix: BIJDRAGE_PREFIX, maxChars: MAX_LINK_CHARS };

const data = <T>(r: Result<{ data: T }>): Result<T> => (r.ok ? ok(r.value.data) : r);

/** The fragment (without '#') for a model, or a message when it is too big for a link. */
export const maakFragment = (model: Model, now = new Date()) => createShareLink(barrieremodelBestand, model, MODEL, now);
export const isDeelFragment = (hash: string) => isShareLink(hash, MODEL);
export const leesFragment = async (hash: string): Promise<Result<Model>> => data(await readShareLink(barrieremodelBestand, hash, MODEL));

export const maakBijdrageFragment = (b: Bijdrage, now = new Date()) => createShareLink(bijdrageBestand, b, BIJDRAGE, now);
export const isBijdrageFragment = (hash: string) => isShareLink(hash, BIJDRAGE);
export const leesBijdrageFragment = async (hash: string): Promise<Result<Bijdrage>> => data(await readShareLink(bijdrageBestand, hash, BIJDRAGE));
