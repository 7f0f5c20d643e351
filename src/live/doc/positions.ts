/**
 * Order as fractional-index keys: a list is sorted by each item's `position` string, so a move
 * changes one item's key and never rewrites its neighbours. Two clients moving the same card at once
 * both set its one key, and the card ends in one place (a Y.Array move would leave two copies).
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** True when `key` is a key fractional-indexing accepts (a key from a hostile client may not be). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** Sorting by position, with the id breaking ties, so every client gets the same order. */
export function compareByPosition(a: { position: unknown; id: string }, b: { position: unknown; id: string }): number {
  const pa = typeof a.position === 'string' ? a.position : '';
  const pb = typeof b.position === 'string' ? b.position : '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * New keys for the fewest items such that `ids` sorts in this order. `current(id)` is the item's key
 * now, or undefined when it is new to this list. The longest run already in order keeps its keys.
 */
export function keysForOrder(ids: readonly string[], current: (id: string) => unknown): Map<string, string> {
  const keys = ids.map((id) => {
    const key = current(id);
    return isOrderKey(key) ? key : undefined;
  });
  const keep = longestIncreasing(keys);
  const result = new Map<string, string>();
  let i = 0;
  while (i < ids.length) {
    if (keep.has(i)) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < ids.length && !keep.has(end)) end += 1;
    const low = i > 0 ? keys[i - 1]! : null;
    const high = end < ids.length ? keys[end]! : null;
    const fresh = generateNKeysBetween(low, high, end - i);
    for (let k = i; k < end; k += 1) {
      result.set(ids[k]!, fresh[k - i]!);
      keys[k] = fresh[k - i];
    }
    i = end;
  }
  return result;
}

/** Indices of a longest strictly increasing subsequence of the defined keys (patience sorting). */
function longestIncreasing(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const keep = new Set<number>();
  let at = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (at !== -1) {
    keep.add(at);
    at = previous[at]!;
  }
  return keep;
}
