/**
 * What the drag stress test reads from the page, in one round trip each: where the cards and lists
 * are (to aim), what the preview shows right before a drop, and the board as saved (to check).
 * It reads the DOM structurally (data-element-id, list labels) because it must see every card at
 * once; the user-facing tests use roles.
 */
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Aim {
  /** Visible part of each local card, by element id, with its category, its handle and its top left corner. */
  localCards: { id: string; category: string; visible: Box; handle: Box | null; origin: Point }[];
  genericCards: { id: string; handle: Box | null; origin: Point }[];
  /** Visible part of each local list. */
  localLists: { category: string; visible: Box }[];
  genericPanel: Box;
  localPanel: Box;
  header: Box;
}

export interface BoardState {
  /** Element ids per local category, in the order shown. */
  shown: Record<string, string[]>;
  /** The count each category heading shows. */
  counts: Record<string, number>;
  /** Element ids per category in the saved work, and their source ids. */
  saved: Record<string, string[]>;
  sources: string[];
  /** Generic elements marked "in use". */
  inUse: string[];
  leftovers: string[];
}

export interface Preview {
  placeholder: { category: string; index: number } | null;
  draggedIn: string | null;
  overGeneric: boolean;
  /** The element whose card is lifted (its handle pressed); null for a generic card or none. */
  lifted: string | null;
  /** Whether the dragged image reached where the pointer put it before the reads began. */
  arrived: boolean;
}

/**
 * Where everything is, once the board stands still: read, let a frame and React's queued work pass,
 * read again, until two readings agree. A board still settling after the last drop (or after the
 * test scrolled) would otherwise move between aiming and pressing, and the press would lift a
 * neighbour. `waited` says how many extra readings it took (0: it stood still at once).
 */
export function aim(page: Page): Promise<Aim & { waited: number }> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const tick = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    const box = (r: DOMRect) => ({ x: r.left, y: r.top, width: r.width, height: r.height });
    const clip = (r: DOMRect, area: DOMRect) => {
      const top = Math.max(r.top, area.top);
      const bottom = Math.min(r.bottom, area.bottom);
      return bottom - top < 12 ? null : { x: r.left, y: top, width: r.width, height: bottom - top };
    };
    const measure = (): Aim => {
      const localPanel = document.getElementById('local-profile')!;
      const genericPanel = document.querySelector<HTMLElement>('section[aria-labelledby="generic-heading"]')!;
      const localArea = localPanel.getBoundingClientRect();
      const genericArea = genericPanel.getBoundingClientRect();
      const originOf = (node: Element) => {
        const rect = node.getBoundingClientRect();
        return { x: rect.left, y: rect.top };
      };
      const categoryOf = (node: Element) => node.closest('ul')?.getAttribute('aria-labelledby')?.replace('local-heading-', '') ?? '';
      // The part of the handle a finger can press: inside the panel's visible area and not covered
      // (a handle half scrolled under the panel's edge has its centre outside the panel).
      const handleOf = (node: Element) => {
        const handle = node.querySelector(':scope > button');
        if (!handle) return null;
        const visible = clip(handle.getBoundingClientRect(), node.closest('section[aria-labelledby="generic-heading"]') ? genericArea : localArea);
        if (!visible) return null;
        const hit = document.elementFromPoint(visible.x + visible.width / 2, visible.y + visible.height / 2);
        return hit && handle.contains(hit) ? visible : null;
      };
      const localCards = [...localPanel.querySelectorAll('li[data-element-id]')].flatMap((node) => {
        const visible = clip(node.getBoundingClientRect(), localArea);
        return visible ? [{ id: (node as HTMLElement).dataset.elementId!, category: categoryOf(node), visible, handle: handleOf(node), origin: originOf(node) }] : [];
      });
      const genericCards = [...genericPanel.querySelectorAll('li[data-element-id]')].map((node) => ({
        id: (node as HTMLElement).dataset.elementId!,
        handle: handleOf(node),
        origin: originOf(node),
      }));
      const localLists = [...localPanel.querySelectorAll('ul[aria-labelledby]')].flatMap((node) => {
        const visible = clip(node.getBoundingClientRect(), localArea);
        return visible ? [{ category: categoryOf(node.querySelector('li') ?? node) || node.getAttribute('aria-labelledby')!.replace('local-heading-', ''), visible }] : [];
      });
      return {
        localCards,
        genericCards,
        localLists,
        genericPanel: box(genericArea),
        localPanel: box(localArea),
        header: box(document.querySelector('header')!.getBoundingClientRect()),
      };
    };
    let last = measure();
    for (let waited = 0; waited < 30; waited += 1) {
      await frame();
      for (let t = 0; t < 5; t += 1) await tick();
      const now = measure();
      if (JSON.stringify(now) === JSON.stringify(last)) return { ...now, waited };
      last = now;
    }
    return { ...last, waited: 30 };
  });
}

export function boardState(page: Page): Promise<BoardState> {
  return page.evaluate(() => {
    const localPanel = document.getElementById('local-profile')!;
    const shown: Record<string, string[]> = {};
    const counts: Record<string, number> = {};
    const leftovers: string[] = [];
    for (const list of localPanel.querySelectorAll('ul[aria-labelledby]')) {
      const headingId = list.getAttribute('aria-labelledby')!;
      const category = headingId.replace('local-heading-', '');
      shown[category] = [...list.querySelectorAll(':scope > li')].map((li) => (li as HTMLElement).dataset.elementId ?? 'placeholder');
      const countText = document.getElementById(headingId)?.closest('header')?.querySelector('span:last-child')?.textContent ?? '';
      counts[category] = Number.parseInt(countText, 10);
    }
    if (document.querySelector('[aria-roledescription][aria-pressed="true"]')) leftovers.push('a handle still pressed');
    const raw = localStorage.getItem('profilbygger:work');
    const work = raw ? (JSON.parse(raw) as { state: { local: { categories: { id: string; elements: { id: string; sourceId?: string; text: Record<string, string> }[] }[] } } }) : null;
    const saved: Record<string, string[]> = {};
    const sources: string[] = [];
    for (const category of work?.state.local.categories ?? []) {
      saved[category.id] = category.elements.map((element) => element.id);
      for (const element of category.elements) {
        if (element.sourceId) sources.push(element.sourceId);
        if (!element.text.da?.trim()) leftovers.push(`element ${element.id} has no text`);
      }
    }
    const inUse = [...document.querySelectorAll('section[aria-labelledby="generic-heading"] li[data-element-id]')]
      .filter((li) => li.textContent?.includes('I brug'))
      .map((li) => (li as HTMLElement).dataset.elementId!.replace(/^generic:/, ''));
    return { shown, counts, saved, sources, inUse, leftovers };
  });
}

/**
 * What the board shows during a drag once it has caught up with the pointer. Chromium hands a
 * pointer move to the page at the next frame, and React renders it over a few tasks (the dragged
 * card's image first, then the collision, then the preview). So: first wait until the dragged image
 * stands at `overlayAt` (the app has drawn the last move), then read once per frame until two agree.
 */
export function preview(page: Page, overlayAt: { x: number; y: number } | null): Promise<Preview> {
  return page.evaluate(async (target) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const arrived = () => {
      if (!target) return true;
      const overlay = document.querySelector('.card--overlay')?.getBoundingClientRect();
      return !!overlay && Math.abs(overlay.left - target.x) < 1.5 && Math.abs(overlay.top - target.y) < 1.5;
    };
    for (let i = 0; i < 200 && !arrived(); i += 1) await frame();
    const hasArrived = arrived();
    const read = (): Preview => {
      const localPanel = document.getElementById('local-profile')!;
      let placeholder: Preview['placeholder'] = null;
      let draggedIn: string | null = null;
      for (const list of localPanel.querySelectorAll('ul[aria-labelledby]')) {
        const category = list.getAttribute('aria-labelledby')!.replace('local-heading-', '');
        const items = [...list.querySelectorAll(':scope > li')];
        const index = items.findIndex((li) => !(li as HTMLElement).dataset.elementId);
        if (index !== -1) placeholder = { category, index };
        if (list.querySelector(':scope > li [aria-pressed="true"]')) draggedIn = category;
      }
      const overGeneric = document.querySelector('section[aria-labelledby="generic-heading"]')?.className.includes('panel--over') ?? false;
      const pressed = document.querySelector('#local-profile [aria-roledescription][aria-pressed="true"]');
      const lifted = (pressed?.closest('[data-element-id]') as HTMLElement | null)?.dataset.elementId ?? null;
      return { placeholder, draggedIn, overGeneric, lifted, arrived: hasArrived };
    };
    let last = JSON.stringify(read());
    // React does its work in tasks it posts to a MessageChannel; a message posted after them arrives
    // after them, so a frame and a few such ticks between two reads let React finish what it began.
    const tick = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    for (let i = 0; i < 30; i += 1) {
      await frame();
      for (let t = 0; t < 5; t += 1) await tick();
      await frame();
      const now = JSON.stringify(read());
      if (now === last) break;
      last = now;
    }
    return JSON.parse(last) as Preview;
  }, overlayAt);
}

/** Every way the board can be inconsistent, as sentences; empty when all is well. */
export function problemsIn(state: BoardState): string[] {
  const problems = [...state.leftovers];
  const shownIds = Object.values(state.shown).flat();
  if (shownIds.includes('placeholder')) problems.push('a drop placeholder is left on the board');
  const duplicates = shownIds.filter((id, index) => shownIds.indexOf(id) !== index);
  if (duplicates.length) problems.push(`duplicate ids on the board: ${duplicates.join(', ')}`);
  for (const [category, ids] of Object.entries(state.shown)) {
    if (state.counts[category] !== ids.length) problems.push(`${category} says ${state.counts[category]} elements but shows ${ids.length}`);
    if (JSON.stringify(state.saved[category] ?? []) !== JSON.stringify(ids)) problems.push(`${category}: saved ${JSON.stringify(state.saved[category])}, shown ${JSON.stringify(ids)}`);
  }
  // Every generic element with a copy in the local profile is marked "I brug", and no other.
  const used = [...new Set(state.sources)].sort();
  const marked = [...state.inUse].sort();
  if (JSON.stringify(marked) !== JSON.stringify(used)) problems.push(`"I brug" marks ${JSON.stringify(marked)} do not match the copies of ${JSON.stringify(used)}`);
  return problems;
}
