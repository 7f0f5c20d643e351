/**
 * What a drag carries and where it can land. Ids are namespaced so generic elements, local elements
 * and lists never collide in dnd-kit's single id space.
 */
export type DragData =
  /** `categoryId`: the generic category it comes from (the keyboard's first step lands in the local one). */
  | { kind: 'generic'; elementId: string; text: string; categoryId?: string }
  | { kind: 'local'; elementId: string; text: string };

export const GENERIC_AREA_ID = 'generic-area';
/** Stands in the local list where a generic element being dragged would land. */
export const PLACEHOLDER_ID = 'drop-placeholder';

export const genericDragId = (elementId: string) => `generic:${elementId}`;
export const listDropId = (categoryId: string) => `list:${categoryId}`;
export const categoryOfListId = (id: string) => (id.startsWith('list:') ? id.slice('list:'.length) : undefined);

export function isDragData(value: unknown): value is DragData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<DragData>;
  return (data.kind === 'generic' || data.kind === 'local') && typeof data.elementId === 'string';
}

/** Element ids per local category, in display order: the shape a drag preview works on. */
export type Order = Record<string, string[]>;
