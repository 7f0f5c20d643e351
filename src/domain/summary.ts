/**
 * The workshop's closing picture, from the groups' local profiles: for each generic element, which
 * groups kept it and what they called it; and each group's own elements. Pure, so the facilitator
 * view can recompute it on every change. (Issue 11's summary of marks and answers builds on this.)
 */
import type { LocalizedText, Profile } from './profile';
import { textIn } from './text';

export interface GroupProfile {
  name: string;
  profile: Profile;
}

export interface KeptElement {
  sourceId: string;
  /** Names of the groups that have a copy of it, in group order. */
  groups: string[];
  /** Texts the groups gave their copies (in `lang`, with Danish as fallback), without duplicates. */
  names: string[];
}

export interface OwnElement {
  group: string;
  categoryId: string;
  text: LocalizedText;
}

export interface Summary {
  groupCount: number;
  /** Generic elements by how many groups kept them (most first), then by first appearance. */
  kept: KeptElement[];
  own: OwnElement[];
}

export function summarize(groups: readonly GroupProfile[], lang = 'da'): Summary {
  const kept = new Map<string, KeptElement>();
  const own: OwnElement[] = [];
  for (const { name, profile } of groups) {
    const seen = new Set<string>();
    for (const category of profile.categories) {
      for (const element of category.elements) {
        if (!element.sourceId) {
          own.push({ group: name, categoryId: category.id, text: element.text });
          continue;
        }
        const entry = kept.get(element.sourceId) ?? { sourceId: element.sourceId, groups: [], names: [] };
        kept.set(element.sourceId, entry);
        if (!seen.has(element.sourceId)) entry.groups.push(name);
        seen.add(element.sourceId);
        const text = textIn(element.text, lang).text;
        if (!entry.names.includes(text)) entry.names.push(text);
      }
    }
  }
  const order = Array.from(kept.keys());
  const sorted = Array.from(kept.values()).sort(
    (a, b) => b.groups.length - a.groups.length || order.indexOf(a.sourceId) - order.indexOf(b.sourceId),
  );
  return { groupCount: groups.length, kept: sorted, own };
}
