/**
 * A profile as a Yjs document, and back. Categories and elements are Y.Maps keyed by id; each
 * element carries its `categoryId` and a fractional-index `position`, so a move is two field
 * writes and concurrent moves of one card end in one place. Every other field follows the generic
 * rule in `fields.ts`. The app keeps its array-shaped `Profile`: local changes go in as a minimal
 * diff (`writeProfile`), and the document comes out through the same validation and repair as any
 * other door (`readProfile`), so a hostile or broken document shows what it can and never throws.
 */
import * as Y from 'yjs';
import type { Category, Profile, ProfileElement } from '../../domain/profile';
import { repairProfile } from '../../domain/repair';
import { readFields, writeField } from './fields';
import { compareByPosition, keysForOrder } from './positions';
import { shareUnchanged } from './share';

const PROFILE_FIELDS = 'profile';
const CATEGORIES = 'categories';
const ELEMENTS = 'elements';
/** Keys that live in the document's structure, not among an item's fields. */
const PLACEMENT = new Set(['id', 'categoryId', 'position', 'elements']);

export interface ProfileDocRoots {
  fields: Y.Map<unknown>;
  categories: Y.Map<unknown>;
  elements: Y.Map<unknown>;
}

export function rootsOf(doc: Y.Doc): ProfileDocRoots {
  return { fields: doc.getMap(PROFILE_FIELDS), categories: doc.getMap(CATEGORIES), elements: doc.getMap(ELEMENTS) };
}

/** True while nobody has put a profile in the document yet. */
export function isEmptyDoc(doc: Y.Doc): boolean {
  const { fields, categories, elements } = rootsOf(doc);
  return fields.size === 0 && categories.size === 0 && elements.size === 0;
}

/**
 * Writes the change from `prev` (what this client last showed) to `next` into the document, in one
 * transaction with `origin`. Only what differs is written: one language of one text, one field,
 * one element's category and position. With `prev` null, the whole profile is written.
 */
export function writeProfile(doc: Y.Doc, prev: Profile | null, next: Profile, origin?: unknown) {
  if (prev === next) return;
  const roots = rootsOf(doc);
  doc.transact(() => {
    writeProfileFields(roots.fields, prev, next);
    writeCategories(roots, prev, next);
    writeElements(roots, prev, next);
  }, origin);
}

function writeProfileFields(map: Y.Map<unknown>, prev: Profile | null, next: Profile) {
  const before = (prev ?? {}) as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const key of unionOfKeys(before, after)) {
    if (key !== CATEGORIES) writeField(map, key, before[key], after[key]);
  }
}

function writeCategories({ categories }: ProfileDocRoots, prev: Profile | null, next: Profile) {
  const before = new Map(prev?.categories.map((category) => [category.id, category]));
  for (const category of next.categories) {
    const old = before.get(category.id);
    if (old === category) continue;
    const map = childMap(categories, category.id);
    const a = (old ?? {}) as Record<string, unknown>;
    const b = category as Record<string, unknown>;
    for (const key of unionOfKeys(a, b)) if (!PLACEMENT.has(key)) writeField(map, key, a[key], b[key]);
  }
  const kept = new Set(next.categories.map((category) => category.id));
  for (const id of before.keys()) if (!kept.has(id)) categories.delete(id);
  const order = keysForOrder(
    next.categories.map((category) => category.id),
    (id) => mapAt(categories, id)?.get('position'),
  );
  for (const [id, key] of order) mapAt(categories, id)?.set('position', key);
}

function writeElements({ elements }: ProfileDocRoots, prev: Profile | null, next: Profile) {
  const before = elementsById(prev);
  const after = elementsById(next);
  for (const id of before.keys()) if (!after.has(id)) elements.delete(id);
  const prevCategories = new Map(prev?.categories.map((category) => [category.id, category]));
  // Positions are worked out from where the document has each element now, before any is moved.
  const positions = new Map<string, string>();
  for (const category of next.categories) {
    if (prevCategories.get(category.id) === category) continue;
    const order = keysForOrder(
      category.elements.map((element) => element.id),
      (id) => {
        const map = mapAt(elements, id);
        return map?.get('categoryId') === category.id ? map.get('position') : undefined;
      },
    );
    for (const [id, key] of order) positions.set(id, key);
  }
  for (const category of next.categories) {
    if (prevCategories.get(category.id) === category) continue;
    for (const element of category.elements) {
      const old = before.get(element.id);
      const map = childMap(elements, element.id);
      if (old?.element !== element) {
        const a = (old?.element ?? {}) as Record<string, unknown>;
        const b = element as Record<string, unknown>;
        for (const key of unionOfKeys(a, b)) if (!PLACEMENT.has(key)) writeField(map, key, a[key], b[key]);
      }
      if (map.get('categoryId') !== category.id) map.set('categoryId', category.id);
      const position = positions.get(element.id);
      if (position !== undefined) map.set('position', position);
    }
  }
}

export interface DocProfile {
  /** The profile shown; null when the document holds nothing usable yet. */
  profile: Profile | null;
  /** True when the document did not pass as it was and was mended to be shown. */
  repaired: boolean;
}

/**
 * The profile in the document, validated (and mended if it must be). With `previous`, objects that
 * did not change are the very same, so the views that show them need not render again.
 */
export function readProfile(doc: Y.Doc, previous?: Profile | null): DocProfile {
  try {
    if (isEmptyDoc(doc)) return { profile: null, repaired: false };
    const result = repairProfile(rawProfile(rootsOf(doc)));
    if (!result) return { profile: null, repaired: true };
    return { profile: shareUnchanged(previous ?? null, result.profile), repaired: result.repaired };
  } catch {
    return { profile: null, repaired: true };
  }
}

/** The document as a plain profile-shaped object (not yet validated). */
export function rawProfile({ fields, categories, elements }: ProfileDocRoots): Record<string, unknown> {
  const cats: { id: string; position: unknown; fields: Record<string, unknown>; elements: { id: string; position: unknown; fields: Record<string, unknown> }[] }[] = [];
  categories.forEach((value, id) => {
    if (value instanceof Y.Map) cats.push({ id, position: value.get('position'), fields: readFields(value, PLACEMENT), elements: [] });
  });
  cats.sort(compareByPosition);
  const byId = new Map(cats.map((category) => [category.id, category]));
  const orphans: (typeof cats)[number]['elements'] = [];
  elements.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const item = { id, position: value.get('position'), fields: readFields(value, PLACEMENT) };
    const categoryId = value.get('categoryId');
    const home = typeof categoryId === 'string' ? byId.get(categoryId) : undefined;
    (home ? home.elements : orphans).push(item);
  });
  for (const category of cats) category.elements.sort(compareByPosition);
  // An element whose category is gone (or never was) is shown at the end of the first one, not lost.
  orphans.sort(compareByPosition);
  cats[0]?.elements.push(...orphans);
  return {
    ...readFields(fields, new Set([CATEGORIES])),
    categories: cats.map((category) => ({
      id: category.id,
      ...category.fields,
      elements: category.elements.map((element) => ({ id: element.id, ...element.fields })),
    })),
  };
}

function elementsById(profile: Profile | null) {
  const out = new Map<string, { element: ProfileElement; category: Category }>();
  for (const category of profile?.categories ?? []) {
    for (const element of category.elements) out.set(element.id, { element, category });
  }
  return out;
}

function mapAt(parent: Y.Map<unknown>, id: string): Y.Map<unknown> | undefined {
  const value = parent.get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

function childMap(parent: Y.Map<unknown>, id: string): Y.Map<unknown> {
  const existing = mapAt(parent, id);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  parent.set(id, created);
  return created;
}

function unionOfKeys(a: object, b: object): Set<string> {
  return new Set([...Object.keys(a), ...Object.keys(b)]);
}
