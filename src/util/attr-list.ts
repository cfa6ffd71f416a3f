import { STATE_IDS, type StateId } from '../feed/schema.js';

/**
 * The known values of a list attribute (`status="approved, adopted"`): split on
 * commas (`,` or `،`) and spaces, matched case-insensitively, each once, in the
 * order of `allowed`. Unknown values are ignored.
 */
export function parseList<T extends string>(value: string | null | undefined, allowed: readonly T[]): T[] {
  if (!value) return [];
  const given = new Set(value.toLowerCase().split(/[\s,،]+/u).filter(Boolean));
  return allowed.filter((a) => given.has(a.toLowerCase()));
}

/** State codes from a `state` attribute (`"om, BH"` → `['BH', 'OM']`), in the feed schema's order. */
export const parseStates = (value: string | null | undefined): StateId[] => parseList(value, STATE_IDS);
