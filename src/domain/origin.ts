/**
 * Where an element of a local profile came from: copied unchanged from a generic profile, adapted
 * from one (renamed or retranslated), or written by the group itself. An adapted element can show
 * and go back to its generic original.
 */
import type { LocalizedText, Profile, ProfileElement } from './profile';
import { findElement } from './operations';
import { isTranslated } from './text';
import { putTracked, trackedAt } from './translate';
import { restoreOriginal } from './translationSource';

export type ElementOrigin =
  | { kind: 'generic'; original: ProfileElement }
  | { kind: 'adapted'; original: ProfileElement }
  /** Written in the local profile, or copied from a generic element that no longer exists. */
  | { kind: 'own' };

/** Finds a generic element by id (the generic profiles the app ships). */
export type OriginalLookup = (sourceId: string) => ProfileElement | undefined;

/** True when both texts say the same in every language either has. */
export function sameText(a: LocalizedText, b: LocalizedText): boolean {
  const langs = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...langs].every((lang) => (isTranslated(a, lang) ? a[lang] : '') === (isTranslated(b, lang) ? b[lang] : ''));
}

export function elementOrigin(element: ProfileElement, lookup: OriginalLookup): ElementOrigin {
  const original = element.sourceId === undefined ? undefined : lookup(element.sourceId);
  if (!original) return { kind: 'own' };
  return { kind: sameText(element.text, original.text) ? 'generic' : 'adapted', original };
}

/**
 * Puts an adapted element's generic original back: the original's text in every language it has
 * (current), and the element's own translations into other languages kept, marked out of date when
 * the Danish text changed under them. One new profile, so one undo step; the same profile when
 * there is nothing to reset.
 */
export function resetToOriginal(local: Profile, id: string, lookup: OriginalLookup): Profile {
  const at = findElement(local, id);
  const origin = at && elementOrigin(at.element, lookup);
  if (!origin || origin.kind === 'own') return local;
  const ref = { kind: 'element', elementId: id } as const;
  const current = trackedAt(local, ref)!;
  return putTracked(local, ref, restoreOriginal(current, origin.original.text));
}
