/**
 * Shows what it can of a profile that does not pass validation, for data that must never be
 * refused outright: a shared live document edited by several people (one of whom might send
 * nonsense). Every field is kept that passes its own schema; broken texts, elements and categories
 * are mended where the intent is clear and dropped where it is not. Never throws.
 */
import { isRecord } from './isRecord';
import { restoreProfile } from './migrate';
import {
  categorySchema,
  elementSchema,
  idSchema,
  languageCodeSchema,
  MAX_CATEGORIES,
  MAX_ELEMENTS,
  MAX_TEXT_LENGTH,
  PROFILE_VERSION,
  profileSchema,
  type Category,
  type LocalizedText,
  type Profile,
  type ProfileElement,
} from './profile';

const FALLBACK_COLOR = '#4a5568';

export interface RepairResult {
  profile: Profile;
  /** False when the data passed as it was. */
  repaired: boolean;
}

/** The profile in `input`, mended if it must be; null when not even one category can be saved. */
export function repairProfile(input: unknown): RepairResult | null {
  try {
    const restored = restoreProfile(input);
    if (restored.ok) return { profile: restored.profile, repaired: false };
    if (!isRecord(input)) return null;
    const mended = restoreProfile(mendProfile(input));
    return mended.ok ? { profile: mended.profile, repaired: true } : null;
  } catch {
    // A getter or a proxy in hostile data: nothing here may take the app down.
    return null;
  }
}

function mendProfile(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(profileSchema.shape)) {
    if (key === 'categories' || !(key in input)) continue;
    if (schema.safeParse(input[key]).success) out[key] = input[key];
  }
  out.version = PROFILE_VERSION;
  if (!idSchema.safeParse(out.id).success) out.id = 'profil';
  if (!('title' in out)) out.title = mendText(input.title) ?? { da: 'Profil' };
  const seen = new Set<string>();
  const categories: Category[] = [];
  let elementCount = 0;
  for (const raw of Array.isArray(input.categories) ? input.categories : []) {
    const category = mendCategory(raw, seen);
    if (!category) continue;
    category.elements = category.elements.slice(0, Math.max(0, MAX_ELEMENTS - elementCount));
    elementCount += category.elements.length;
    categories.push(category);
    if (categories.length >= MAX_CATEGORIES) break;
  }
  out.categories = categories;
  return out;
}

function mendCategory(raw: unknown, seen: Set<string>): Category | null {
  if (!isRecord(raw) || !idSchema.safeParse(raw.id).success || seen.has(raw.id as string)) return null;
  const id = raw.id as string;
  seen.add(id);
  const category: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(categorySchema.shape)) {
    if (key !== 'elements' && key in raw && schema.safeParse(raw[key]).success) category[key] = raw[key];
  }
  if (!('name' in category)) category.name = mendText(raw.name) ?? { da: id };
  if (!('hint' in category) && raw.hint !== undefined) {
    const hint = mendText(raw.hint);
    if (hint) category.hint = hint;
  }
  if (!('color' in category)) category.color = FALLBACK_COLOR;
  const elements: ProfileElement[] = [];
  for (const rawElement of Array.isArray(raw.elements) ? raw.elements : []) {
    const element = mendElement(rawElement, seen);
    if (element) elements.push(element);
  }
  return { ...(category as Omit<Category, 'elements'>), elements };
}

function mendElement(raw: unknown, seen: Set<string>): ProfileElement | null {
  if (!isRecord(raw) || !idSchema.safeParse(raw.id).success || seen.has(raw.id as string)) return null;
  const element: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(elementSchema.shape)) {
    if (key in raw && schema.safeParse(raw[key]).success) element[key] = raw[key];
  }
  if (!('text' in element)) {
    const text = mendText(raw.text);
    if (!text) return null;
    element.text = text;
  }
  seen.add(raw.id as string);
  return element as ProfileElement;
}

/** Text per language with what can be saved: valid codes, strings cut to length, Danish filled in. */
function mendText(raw: unknown): LocalizedText | null {
  if (typeof raw === 'string') return raw.trim() ? { da: raw.slice(0, MAX_TEXT_LENGTH) } : null;
  if (!isRecord(raw)) return null;
  const text: Record<string, string> = {};
  for (const [lang, value] of Object.entries(raw)) {
    if (typeof value === 'string' && value.trim() && languageCodeSchema.safeParse(lang).success) {
      text[lang] = value.slice(0, MAX_TEXT_LENGTH);
    }
  }
  if (!text.da) {
    // An element must have Danish text; any text beats losing the element.
    const first = Object.values(text)[0];
    if (first === undefined) return null;
    text.da = first;
  }
  return text as LocalizedText;
}
