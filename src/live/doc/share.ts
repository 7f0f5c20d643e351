/**
 * Structural sharing between the profile shown before a remote change and the one after: every
 * object whose content did not change is the very same object, so memoised cards skip rendering
 * and the next local diff skips them by reference.
 */
import type { Category, Profile, ProfileElement } from '../../domain/profile';
import { sameJson } from './fields';

export function shareUnchanged(previous: Profile | null, next: Profile): Profile {
  if (!previous) return next;
  const oldCategories = new Map(previous.categories.map((category) => [category.id, category]));
  const oldElements = new Map<string, ProfileElement>();
  for (const category of previous.categories) for (const element of category.elements) oldElements.set(element.id, element);
  const categories = next.categories.map((category) => shareCategory(oldCategories.get(category.id), category, oldElements));
  const sameCategories =
    categories.length === previous.categories.length && categories.every((category, i) => category === previous.categories[i]);
  const out: Record<string, unknown> = {};
  let same = sameCategories;
  for (const [key, value] of Object.entries(next)) {
    if (key === 'categories') continue;
    const old = (previous as Record<string, unknown>)[key];
    const shared = sameJson(old, value) ? old : value;
    if (shared !== old) same = false;
    out[key] = shared;
  }
  if (Object.keys(previous).length !== Object.keys(next).length) same = false;
  if (same) return previous;
  return { ...(out as Omit<Profile, 'categories'>), categories: sameCategories ? previous.categories : categories };
}

function shareCategory(old: Category | undefined, next: Category, oldElements: Map<string, ProfileElement>): Category {
  const elements = next.elements.map((element) => {
    const before = oldElements.get(element.id);
    return before && sameJson(before, element) ? before : element;
  });
  if (old) {
    const sameElements = elements.length === old.elements.length && elements.every((element, i) => element === old.elements[i]);
    const nextRest = withoutElements(next);
    if (sameElements && sameJson(withoutElements(old), nextRest)) return old;
    return { ...nextRest, elements: sameElements ? old.elements : elements } as Category;
  }
  return { ...next, elements };
}

function withoutElements(category: Category): Omit<Category, 'elements'> {
  const rest: Record<string, unknown> = { ...category };
  delete rest.elements;
  return rest as Omit<Category, 'elements'>;
}
