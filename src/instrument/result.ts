/**
 * A value or a Dutch message for the user; used wherever input can be bad or storage can fail.
 * `code` lets a caller react to a kind of failure (e.g. 'conflict') without parsing the message.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string; code?: string | undefined };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(message: string, code?: string): Result<T> =>
  code === undefined ? { ok: false, message } : { ok: false, message, code };
