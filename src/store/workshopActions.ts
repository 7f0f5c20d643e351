/**
 * The workshop's store actions: Bør / Gør marks, notes and reflection questions. Kept apart from the
 * builder's actions so each stays short; like them, each only calls a pure domain operation, and a
 * change that changes nothing leaves the undo history alone.
 */
import * as marks from '../domain/marks';
import type { Mark, Profile } from '../domain/profile';
import * as questions from '../domain/questions';
import { genericProfile } from './catalog';
import { newQuestionId } from './ids';

export interface WorkshopActions {
  setMark: (id: string, axis: marks.MarkAxis, value: Mark | undefined) => void;
  /** A drop in the Bør / Gør matrix: both marks in one undo step. */
  placeInQuadrant: (id: string, quadrant: marks.Quadrant) => void;
  setNote: (id: string, note: string) => void;
  /** Marks and note as the element's dialog saves them: one undo step. */
  annotate: (id: string, marks: marks.Marks, note: string) => void;
  /** Adds the group's own question; returns its id, or undefined when refused. */
  addQuestion: (text: string) => string | undefined;
  editQuestion: (id: string, text: string) => void;
  removeQuestion: (id: string) => void;
  moveQuestion: (id: string, delta: -1 | 1) => void;
  answerQuestion: (id: string, answer: string) => void;
  /** Copies in the generic profile's questions the local profile lacks. */
  addMissingQuestions: () => void;
}

interface WorkshopContext {
  /** Applies a pure operation to the local profile; returns the result. */
  update: (change: (local: Profile) => Profile) => Profile;
  get: () => { local: Profile; genericId: string; contentLanguage: string };
}

export function workshopActions({ update, get }: WorkshopContext): WorkshopActions {
  return {
    setMark: (id, axis, value) => update((local) => marks.setMark(local, id, axis, value)),
    placeInQuadrant: (id, quadrant) => update((local) => marks.placeInQuadrant(local, id, quadrant)),
    setNote: (id, note) => update((local) => marks.setNote(local, id, note)),
    annotate: (id, chosen, note) => update((local) => marks.annotateElement(local, id, chosen, note)),
    addQuestion: (text) => {
      const id = newQuestionId();
      const before = get().local;
      return update((local) => questions.addQuestion(local, id, text, get().contentLanguage)) === before ? undefined : id;
    },
    editQuestion: (id, text) => update((local) => questions.editQuestion(local, id, get().contentLanguage, text)),
    removeQuestion: (id) => update((local) => questions.removeQuestion(local, id)),
    moveQuestion: (id, delta) => update((local) => questions.moveQuestion(local, id, delta)),
    answerQuestion: (id, answer) => update((local) => questions.answerQuestion(local, id, answer)),
    addMissingQuestions: () => update((local) => questions.addMissingQuestions(local, genericProfile(get().genericId), newQuestionId)),
  };
}
