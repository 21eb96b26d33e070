/**
 * Structural sharing for the screen: a model that was loaded again (from storage, another tab, undo)
 * is usually equal to the one on screen in almost every part, but made of new objects. The views skip
 * unchanged parts by identity (a cell with the same items array does not render again), so new-but-equal
 * objects would make a model of 2,000 items render completely again. `deelGelijk` returns `nieuw`, with
 * every part that is deep-equal to the same part of `oud` replaced by that part of `oud`.
 * Plain JSON data only (objects, arrays, strings, numbers, booleans, null).
 */
export function deelGelijk<T>(oud: T, nieuw: T): T {
  return deel(oud, nieuw) as T;
}

function deel(oud: unknown, nieuw: unknown): unknown {
  if (oud === nieuw) return oud;
  if (typeof oud !== 'object' || typeof nieuw !== 'object' || oud === null || nieuw === null) return nieuw;
  if (Array.isArray(oud) !== Array.isArray(nieuw)) return nieuw;
  if (Array.isArray(oud) && Array.isArray(nieuw)) {
    // Items are matched by position; an item that moved is compared with what stood there before.
    let gelijk = oud.length === nieuw.length;
    const uit = nieuw.map((v, i) => {
      const d = i < oud.length ? deel(oud[i], v) : v;
      if (d !== oud[i]) gelijk = false;
      return d;
    });
    return gelijk ? oud : uit;
  }
  const o = oud as Record<string, unknown>;
  const n = nieuw as Record<string, unknown>;
  const sleutels = Object.keys(n);
  let gelijk = sleutels.length === Object.keys(o).length;
  const uit = sleutels.map((k): [string, unknown] => {
    const d = Object.hasOwn(o, k) ? deel(o[k], n[k]) : n[k];
    if (d !== o[k] || !Object.hasOwn(o, k)) gelijk = false;
    return [k, d];
  });
  // fromEntries defines own properties: a key "__proto__" stays data, never a prototype.
  return gelijk ? oud : Object.fromEntries(uit);
}
