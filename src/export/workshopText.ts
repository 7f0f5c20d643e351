/**
 * The workshop's words in exports: the Bør / Gør marks as a line of text, the note, and the heading
 * of the reflection questions. Shared by the PDF, the poster, the Word file and the slides, so they
 * all say it the same way. The words come translated from the UI (labels), the rest from the profile.
 */
import type { Marks, Quadrant } from '../domain/marks';
import type { Mark, Profile, Question } from '../domain/profile';
import { textIn } from '../domain/text';

export interface WorkshopLabels {
  does: Record<Mark, string>;
  should: Record<Mark, string>;
  /** "Note", put before the group's note. */
  note: string;
  /** Heading of the reflection questions. */
  questions: string;
  /** Shown for a question without an answer. */
  notAnswered: string;
  /** Heading of the Bør / Gør matrix, and its quadrants' names. */
  matrix: string;
  quadrants: Record<Quadrant, string>;
}

/** "✓ Gør vi i dag · ▲ Bør fylde mere", or '' while undecided. Icons only where fonts have them. */
export function marksLine(marks: Marks | undefined, labels: WorkshopLabels, withIcons = false): string {
  const icons = { does: { yes: '✓ ', no: '✗ ' }, should: { yes: '▲ ', no: '▬ ' } };
  const parts: string[] = [];
  if (marks?.does) parts.push(`${withIcons ? icons.does[marks.does] : ''}${labels.does[marks.does]}`);
  if (marks?.should) parts.push(`${withIcons ? icons.should[marks.should] : ''}${labels.should[marks.should]}`);
  return parts.join(' · ');
}

export interface ShownQuestion {
  number: number;
  text: string;
  lang: string;
  answer: string;
}

/** The profile's questions as exported: numbered, in the profile language, with the group's answer. */
export function shownQuestions(profile: Profile, lang: string): ShownQuestion[] {
  return (profile.questions ?? []).map((question: Question, index) => {
    const shown = textIn(question.text, lang);
    return { number: index + 1, text: shown.text, lang: shown.lang, answer: question.answer ?? '' };
  });
}
