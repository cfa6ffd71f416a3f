/**
 * Whether two JSON values (as a validated feed holds them: objects, arrays, strings, numbers, booleans) are the
 * same, key order aside. Used to take over the parts of a model that a refreshed feed left unchanged.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], bb[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
  for (const k in y) if (!Object.hasOwn(x, k)) return false;
  return true;
}
