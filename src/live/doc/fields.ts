/**
 * The generic rule that maps any profile field onto Yjs, so fields added to the profile format later
 * (translation records, marks, notes, questions) travel through a live session without new code:
 * text per language becomes a Y.Map of language → string, so two people translating different
 * languages of one text both keep their work; every other value is stored whole, last writer wins.
 */
import * as Y from 'yjs';
import { isRecord } from '../../domain/migrate';

/** Keys a hostile document could use to reach an object's prototype; never copied. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** True for a non-empty record of language code → string (a LocalizedText or a record like it). */
export function isTextPerLanguage(value: unknown): value is Record<string, string> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_KEY.test(key) && typeof text === 'string');
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

/**
 * Writes `next[key]` into `map`, touching only what differs from `prev[key]`: one language of a
 * text, or one whole value. `prev` is what this client last saw, so a field it did not change is
 * never written, and a concurrent change by someone else to it survives.
 */
export function writeField(map: Y.Map<unknown>, key: string, prev: unknown, next: unknown) {
  if (prev === next && map.has(key)) return;
  if (next === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  if (isTextPerLanguage(next)) {
    const existing = map.get(key);
    if (existing instanceof Y.Map) {
      writeTexts(existing as Y.Map<unknown>, isTextPerLanguage(prev) ? prev : undefined, next);
      return;
    }
    const texts = new Y.Map<unknown>();
    for (const [lang, text] of Object.entries(next)) texts.set(lang, text);
    map.set(key, texts);
    return;
  }
  if (!map.has(key) || !sameJson(prev, next)) map.set(key, next);
}

function writeTexts(texts: Y.Map<unknown>, prev: Record<string, string> | undefined, next: Record<string, string>) {
  for (const lang of Array.from(texts.keys())) {
    // Only drop a language this client saw and removed; one someone else just added stays.
    if (!(lang in next) && (prev === undefined || lang in prev)) texts.delete(lang);
  }
  for (const [lang, text] of Object.entries(next)) {
    if (prev?.[lang] !== text && texts.get(lang) !== text) texts.set(lang, text);
  }
}

/** Reads any value back from Yjs as plain JSON: a Y.Map becomes an object, the rest is as stored. */
export function readValue(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    value.forEach((inner, key) => {
      if (!UNSAFE_KEYS.has(key)) out[key] = readValue(inner);
    });
    return out;
  }
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/** Reads every field of a Y.Map except `skip`. */
export function readFields(map: Y.Map<unknown>, skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (!skip.has(key) && !UNSAFE_KEYS.has(key)) out[key] = readValue(value);
  });
  return out;
}
