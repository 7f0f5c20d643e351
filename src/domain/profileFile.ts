/**
 * The profile as a file: its pretty-printed JSON, and the size that has to stay within
 * MAX_PROFILE_BYTES for the file to be read back.
 */
import { MAX_ELEMENTS, MAX_PROFILE_BYTES, utf8Length } from './limits';
import type { Profile } from './profile';

/** The profile as the pretty-printed JSON file format. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** How deep an element sits in the file: profile → categories → category → elements → element. */
const ELEMENT_INDENT = 8;
/** Around a category's non-empty element list, beyond the elements: "[\n", each ",\n" and the indent, "\n      ]". */
const listBytes = (count: number) => 1 + 1 + count * ELEMENT_INDENT + 2 * (count - 1) + 1 + (ELEMENT_INDENT - 2) + 1;

/** An element's bytes in the file, indent included; kept per element object, which a change replaces, never edits. */
const elementBytes = new WeakMap<object, number>();

function bytesOfElement(element: Profile['categories'][number]['elements'][number]): number {
  let bytes = elementBytes.get(element);
  if (bytes === undefined) {
    const own = JSON.stringify(element, null, 2);
    const lines = own.split('\n').length;
    bytes = utf8Length(own) + ELEMENT_INDENT * (lines - 1);
    elementBytes.set(element, bytes);
  }
  return bytes;
}

/**
 * Bytes of the profile's JSON export, without writing it out: the store checks it on every change
 * (issue 8: serialising 300 elements took ~4 ms of each rename, 1,000 several times that). Only the
 * frame is serialised; each element's size is counted once per element object. A property test
 * holds this equal to `utf8Length(serializeProfile(profile))`.
 */
export function profileFileBytes(profile: Profile): number {
  const frame = { ...profile, categories: profile.categories.map((category) => ({ ...category, elements: [] })) };
  let bytes = utf8Length(serializeProfile(frame));
  for (const { elements } of profile.categories) {
    if (elements.length === 0) continue;
    bytes += listBytes(elements.length) - '[]'.length;
    for (const element of elements) bytes += bytesOfElement(element);
  }
  return bytes;
}

export type LimitProblem = 'too_many_elements' | 'too_large';

/** Which limit the profile passes, or null when it is within all of them. */
export function exceededLimit(profile: Profile): LimitProblem | null {
  const elements = profile.categories.reduce((sum, category) => sum + category.elements.length, 0);
  if (elements > MAX_ELEMENTS) return 'too_many_elements';
  if (profileFileBytes(profile) > MAX_PROFILE_BYTES) return 'too_large';
  return null;
}
