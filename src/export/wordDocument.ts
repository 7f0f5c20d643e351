/**
 * What the Word file says, in reading order, as plain data: headings, lists and paragraphs. Pure, so
 * what goes into the document is tested without the docx library; `docx.ts` only draws these blocks.
 * A leader edits the result, so structure is real (heading levels, numbered lists), never look-alike.
 */
import { elementsByQuadrant, hasMarks, QUADRANTS } from '../domain/marks';
import type { Profile } from '../domain/profile';
import { textIn } from '../domain/text';
import { marksLine, shownQuestions, type WorkshopLabels } from './workshopText';

export interface WordLabels {
  role: string;
  municipality: string;
  date: string;
  language: string;
  empty: string;
  footer: string;
  workshop: WorkshopLabels;
}

export interface WordOptions {
  /** Content language of the profile's text (Danish fallback per text). */
  lang: string;
  /** Already formatted date and language name, as the labels' language writes them. */
  dateText: string;
  languageName: string;
  labels: WordLabels;
}

export type WordBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'paragraph'; text: string; style?: 'hint' | 'muted' }
  /** An item of a numbered list; `list` restarts the numbering for each list. */
  | { kind: 'item'; list: number; text: string; marks?: string; note?: string; noteLabel?: string }
  | { kind: 'bullet'; text: string };

/** The document for a local profile: header fields, categories as lists, the matrix, the questions. */
export function wordBlocks(profile: Profile, { lang, dateText, languageName, labels }: WordOptions): WordBlock[] {
  const blocks: WordBlock[] = [{ kind: 'title', text: textIn(profile.title, lang).text }];
  const fields: [string, string][] = [
    [labels.role, profile.role ? textIn(profile.role, lang).text : ''],
    [labels.municipality, profile.municipality?.trim() ?? ''],
    [labels.date, dateText],
    [labels.language, languageName],
  ];
  for (const [label, value] of fields) if (value) blocks.push({ kind: 'field', label, value });
  if (profile.description) blocks.push({ kind: 'paragraph', text: textIn(profile.description, lang).text });

  profile.categories.forEach((category, list) => {
    blocks.push({ kind: 'heading', level: 1, text: textIn(category.name, lang).text });
    if (category.hint) blocks.push({ kind: 'paragraph', text: textIn(category.hint, lang).text, style: 'hint' });
    if (category.elements.length === 0) blocks.push({ kind: 'paragraph', text: labels.empty, style: 'muted' });
    for (const element of category.elements) {
      const marks = marksLine(element.marks, labels.workshop);
      blocks.push({
        kind: 'item',
        list,
        text: textIn(element.text, lang).text,
        ...(marks ? { marks } : {}),
        ...(element.note ? { note: element.note, noteLabel: labels.workshop.note } : {}),
      });
    }
  });

  if (hasMarks(profile)) {
    blocks.push({ kind: 'heading', level: 1, text: labels.workshop.matrix });
    const placed = elementsByQuadrant(profile);
    for (const quadrant of [...QUADRANTS, 'undecided'] as const) {
      if (placed[quadrant].length === 0) continue;
      blocks.push({ kind: 'heading', level: 2, text: labels.workshop.quadrants[quadrant] });
      for (const { element } of placed[quadrant]) blocks.push({ kind: 'bullet', text: textIn(element.text, lang).text });
    }
  }

  const questions = shownQuestions(profile, lang);
  if (questions.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: labels.workshop.questions });
    for (const question of questions) {
      blocks.push({ kind: 'heading', level: 2, text: `${question.number}. ${question.text}` });
      if (question.answer) for (const line of question.answer.split('\n').filter(Boolean)) blocks.push({ kind: 'paragraph', text: line });
      else blocks.push({ kind: 'paragraph', text: labels.workshop.notAnswered, style: 'muted' });
    }
  }
  return blocks;
}
