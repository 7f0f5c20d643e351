/**
 * What a screen reader hears during a drag, in the user's language, naming the element by its text
 * (dnd-kit's defaults are English and read ids).
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { shorten } from '../domain/text';
import { isDragData } from './dragData';

/** Where the active element would land, as the board sees it right now. */
export type Landing = { kind: 'list'; category: string; position: number; total: number } | { kind: 'remove' } | { kind: 'none' };

/**
 * dnd-kit reports "over" right after pick-up (over itself); saying where it already is would cut off
 * "you picked up …". So only changes of place are announced; `memory` keeps the last one said and
 * must outlive re-renders.
 */
export function boardAnnouncements(t: TFunction, landing: () => Landing, memory: { lastPlace: string }): Announcements {
  const textOf = (data: unknown) => shorten(isDragData(data) ? data.text : '');
  const describe = (text: string, done: boolean) => {
    const where = landing();
    if (where.kind === 'list') return t(done ? 'dnd.dropped' : 'dnd.over', { text, ...where });
    if (where.kind === 'remove') return t(done ? 'dnd.droppedRemoved' : 'dnd.overRemove', { text });
    return t(done ? 'dnd.droppedNothing' : 'dnd.overNothing', { text });
  };
  return {
    onDragStart: ({ active }) => {
      memory.lastPlace = describe(textOf(active.data.current), false);
      return t('dnd.pickedUp', { text: textOf(active.data.current) });
    },
    onDragOver: ({ active }) => {
      const place = describe(textOf(active.data.current), false);
      if (place === memory.lastPlace) return undefined;
      memory.lastPlace = place;
      return place;
    },
    onDragEnd: ({ active }) => describe(textOf(active.data.current), true),
    onDragCancel: ({ active }) => t('dnd.cancelled', { text: textOf(active.data.current) }),
  };
}

export function boardInstructions(t: TFunction): ScreenReaderInstructions {
  return { draggable: t('dnd.instructions') };
}
