/**
 * The generic rule that maps any profile field onto Yjs, so fields added to the profile format
 * (translation records, marks, notes, questions, and whatever comes next) travel through a live
 * session and merge sensibly without new code:
 * - a record (text per language, marks, translation sources) is spread over its parent's Y.Map as
 *   one key per leaf ("text.da", "marks.does"), so two people translating different languages, or
 *   marking "does" and "should", both keep their work — even the first time, when a nested Y.Map
 *   created by both at once would keep only one;
 * - a list of records with unique ids (questions) becomes a Y.Map keyed by id with a
 *   fractional-index position per item, so answering, adding and moving items merge per item;
 * - anything else (strings, numbers, other lists) is stored whole: last writer wins per field.
 */
import * as Y from 'yjs';
import { isRecord } from '../../domain/isRecord';
import { compareByPosition, keysForOrder } from './positions';

/** Keys a hostile document could use to reach an object's prototype; never copied. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Marks a Y.Map that holds an id-keyed list, and each item's place in it. */
const LIST_MARK = '$list';
const ITEM_POSITION = '$position';
const ITEM_KEYS = new Set(['id', ITEM_POSITION]);

type Item = Record<string, unknown> & { id: string };

/** A non-empty list of records, each with its own string id. */
function isIdList(value: unknown): value is Item[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== 'string' || ids.has(item.id) || UNSAFE_KEYS.has(item.id) || item.id === LIST_MARK) return false;
    ids.add(item.id);
  }
  return true;
}

/** Structural equality for JSON values (the profile is plain JSON). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function listMap(map: Y.Map<unknown>, key: string): { child: Y.Map<unknown>; fresh: boolean } {
  const existing = map.get(key);
  if (existing instanceof Y.Map && existing.has(LIST_MARK)) return { child: existing as Y.Map<unknown>, fresh: false };
  const child = new Y.Map<unknown>();
  map.set(key, child);
  child.set(LIST_MARK, true);
  return { child, fresh: true };
}

/** Deletes the leaves under `prefix` whose first part this client saw and removed (or all, unseen). */
function dropLeaves(map: Y.Map<unknown>, prefix: string, prev: Record<string, unknown> | undefined, next: Record<string, unknown> | undefined) {
  for (const existing of Array.from(map.keys())) {
    if (!existing.startsWith(prefix)) continue;
    const part = existing.slice(prefix.length).split('.')[0]!;
    if (!(next && part in next) && (prev === undefined || part in prev)) map.delete(existing);
  }
}

/**
 * Writes `next` as `map[key]`, touching only what differs from `prev` (what this client last saw):
 * a field it did not change is never written, so someone else's concurrent change to it survives.
 */
export function writeField(map: Y.Map<unknown>, key: string, prev: unknown, next: unknown) {
  if (prev === next || key.split('.').some((part) => UNSAFE_KEYS.has(part) || part === '')) return;
  const wasRecord = isRecord(prev) || prev === undefined;
  if (next === undefined) {
    if (map.has(key)) map.delete(key);
    if (wasRecord) dropLeaves(map, `${key}.`, undefined, undefined);
    return;
  }
  if (isIdList(next)) {
    const { child, fresh } = listMap(map, key);
    writeIdList(child, fresh || !isIdList(prev) ? undefined : prev, next);
    return;
  }
  if (isRecord(next)) {
    if (map.has(key)) map.delete(key);
    const before = isRecord(prev) ? prev : undefined;
    dropLeaves(map, `${key}.`, before, next);
    for (const [part, value] of Object.entries(next)) writeField(map, `${key}.${part}`, before?.[part], value);
    return;
  }
  if (wasRecord) dropLeaves(map, `${key}.`, undefined, undefined);
  if (!map.has(key) || map.get(key) instanceof Y.AbstractType || !sameJson(map.get(key), next)) map.set(key, next);
}

/** Writes each field of `next` into `target`; drops only fields this client saw and removed. */
export function writeRecord(target: Y.Map<unknown>, prev: Record<string, unknown> | undefined, next: Record<string, unknown>, skip: ReadonlySet<string>) {
  for (const key of Array.from(target.keys())) {
    const field = key.split('.')[0]!;
    if (!skip.has(field) && field !== LIST_MARK && !(field in next) && (prev === undefined || field in prev)) target.delete(key);
  }
  for (const [key, value] of Object.entries(next)) {
    if (!skip.has(key)) writeField(target, key, prev?.[key], value);
  }
}

function writeIdList(list: Y.Map<unknown>, prev: Item[] | undefined, next: Item[]) {
  const before = new Map(prev?.map((item) => [item.id, item]));
  const kept = new Set(next.map((item) => item.id));
  for (const id of before.keys()) if (!kept.has(id)) list.delete(id);
  const itemAt = (id: string) => {
    const value = list.get(id);
    return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
  };
  const order = keysForOrder(
    next.map((item) => item.id),
    (id) => itemAt(id)?.get(ITEM_POSITION),
  );
  for (const item of next) {
    let child = itemAt(item.id);
    const old = child ? before.get(item.id) : undefined;
    if (!child) {
      child = new Y.Map<unknown>();
      list.set(item.id, child);
    }
    if (old !== item) writeRecord(child, old, item, ITEM_KEYS);
    const position = order.get(item.id);
    if (position !== undefined) child.set(ITEM_POSITION, position);
  }
}

/** Reads any value back as plain JSON: a Y.Map becomes an object (or its id-keyed list), the rest as stored. */
export function readValue(value: unknown): unknown {
  if (value instanceof Y.Map) {
    if (value.has(LIST_MARK)) return readIdList(value as Y.Map<unknown>);
    return readFields(value as Y.Map<unknown>, new Set());
  }
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

function readIdList(list: Y.Map<unknown>): Item[] {
  const items: { id: string; position: unknown; fields: Record<string, unknown> }[] = [];
  list.forEach((value, id) => {
    if (id !== LIST_MARK && !UNSAFE_KEYS.has(id) && value instanceof Y.Map) {
      items.push({ id, position: value.get(ITEM_POSITION), fields: readFields(value as Y.Map<unknown>, ITEM_KEYS) });
    }
  });
  return items.sort(compareByPosition).map((item) => ({ id: item.id, ...item.fields }));
}

/**
 * Reads every field of a Y.Map except `skip`, putting leaves ("text.da") back into records. Keys are
 * taken in sorted order, so every client builds the same object even from conflicting leftovers.
 */
export function readFields(map: Y.Map<unknown>, skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Array.from(map.keys()).sort()) {
    const path = key.split('.');
    if (skip.has(path[0]!) || path[0] === LIST_MARK || path.some((part) => UNSAFE_KEYS.has(part) || part === '')) continue;
    let node = out;
    for (const part of path.slice(0, -1)) {
      if (!isRecord(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = readValue(map.get(key));
  }
  return out;
}
