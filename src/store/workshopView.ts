/**
 * What the workshop tools show, apart from the profile itself: the board or the Bør / Gør matrix,
 * the marks filter, whether the questions are open, and which element's "Bør / Gør og note" dialog
 * is open. Views, not work: nothing here is saved or undone. One small store, so a card reads only
 * the one thing it needs and the dialog is mounted once for all cards.
 */
import { create } from 'zustand';
import type { MarkFilter } from '../domain/marks';

export type WorkspaceView = 'board' | 'matrix';

interface WorkshopViewState {
  view: WorkspaceView;
  filter: MarkFilter;
  questionsOpen: boolean;
  /** The element whose marks and note are being edited, if any. */
  annotating: string | null;
  setView: (view: WorkspaceView) => void;
  setFilter: (filter: MarkFilter) => void;
  setQuestionsOpen: (open: boolean) => void;
  annotate: (elementId: string | null) => void;
}

export const useWorkshopView = create<WorkshopViewState>()((set) => ({
  view: 'board',
  filter: 'all',
  questionsOpen: false,
  annotating: null,
  setView: (view) => set({ view }),
  setFilter: (filter) => set({ filter }),
  setQuestionsOpen: (questionsOpen) => set({ questionsOpen }),
  annotate: (annotating) => set({ annotating }),
}));

/** Opens the "Bør / Gør og note" dialog for an element (from its menu, or the matrix). */
export function openAnnotation(elementId: string) {
  useWorkshopView.getState().annotate(elementId);
}
