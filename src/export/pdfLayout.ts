/**
 * Where everything goes on the PDF's pages, computed from profile data alone. Pure (text measuring is
 * passed in), so the page-break rules are unit-tested without jsPDF: an element is never split
 * across a page or column, and a category heading never stands alone at the bottom of one.
 */
import type { Profile } from '../domain/profile';
import { textIn } from '../domain/text';
import { marksLine, shownQuestions, type WorkshopLabels } from './workshopText';
import { markedText, type ExportMarks } from './originMarks';

export type Orientation = 'portrait' | 'landscape';

/** Words the PDF needs that are not in the profile, already translated by the UI. */
export interface PdfLabels {
  municipality: string;
  date: string;
  language: string;
  subject: string;
  empty: string;
  /** Label of the legend line for the origin marks ("Mærker"), when marks are exported. */
  marks?: string;
  /** Heading repeated at the top of a column that continues a category: "Viden (fortsat)". */
  continued: (category: string) => string;
  footer: (page: number, pages: number) => string;
  /** The workshop's words: marks and notes under elements, the reflection questions at the end. */
  workshop?: WorkshopLabels;
}

export interface PdfLayoutOptions {
  orientation: Orientation;
  /** Content language of the profile's text (Danish fallback per text). */
  lang: string;
  /** Already formatted date and language name, as the labels' language writes them. */
  dateText: string;
  languageName: string;
  labels: PdfLabels;
  /** Optional signs for adapted and own elements, with their legend (shown under the header). */
  marks?: ExportMarks;
}

/** Wraps text to a width in mm at a font size in pt, as the PDF library will draw it. */
export type SplitText = (text: string, width: number, size: number, bold: boolean) => string[];

export type DrawOp =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string };

export interface PdfLayout {
  width: number;
  height: number;
  pages: DrawOp[][];
}

// A4 in mm, and margins a printed document that is filed and signed off needs.
export const A4 = { short: 210, long: 297 };
export const MARGIN = { x: 20, top: 20, bottom: 24 };
const COLUMN_GAP = 12;
const INDENT = 7; // room for the element number, so wrapped lines hang under the text
export const COLORS = { ink: '#1a1a1a', muted: '#595959', rule: '#c8c8c8' }; // 17:1 and 7:1 on white
export const SIZE = { overline: 9.5, title: 21, meta: 10, heading: 13, hint: 9.5, element: 10.5, annotation: 9, question: 10.5, footer: 8.5 };
/** Space between an element's text and its marks or note. */
const ANNOTATION_GAP = 0.8;

/** Line height in mm for a size in pt (1 pt = 0.3528 mm), with comfortable leading. */
export const lineHeight = (size: number, leading = 1.4) => size * 0.3528 * leading;

interface Frame {
  x: number;
  w: number;
}

/** Lays the profile out on A4 pages; portrait flows in one column, landscape in two. */
export function layoutPdf(profile: Profile, options: PdfLayoutOptions, split: SplitText): PdfLayout {
  const landscape = options.orientation === 'landscape';
  const width = landscape ? A4.long : A4.short;
  const height = landscape ? A4.short : A4.long;
  const full = width - 2 * MARGIN.x;
  const columns = landscape ? 2 : 1;
  const columnWidth = (full - (columns - 1) * COLUMN_GAP) / columns;
  const frames: Frame[] = Array.from({ length: columns }, (_, i) => ({ x: MARGIN.x + i * (columnWidth + COLUMN_GAP), w: columnWidth }));
  const bottom = height - MARGIN.bottom;
  const text = (x: number, y: number, value: string, size: number, bold = false, color = COLORS.ink): DrawOp => ({
    kind: 'text', x, y, text: value, size, bold, color,
  });

  const pages: DrawOp[][] = [[]];
  let ops = pages[0]!;
  let frameIndex = 0;
  let frameTop = MARGIN.top;
  let y = MARGIN.top;
  /** The category whose elements are being placed, repeated at the top of a continuing column. */
  let continuing: { name: string; color: string } | undefined;

  /** Draws lines of one size from `top`; returns the y below them. */
  const drawLines = (lines: string[], x: number, top: number, size: number, bold: boolean, color: string) => {
    const lh = lineHeight(size);
    lines.forEach((line, i) => ops.push(text(x, top + size * 0.3528 + i * lh, line, size, bold, color)));
    return top + lines.length * lh;
  };

  const nextFrame = () => {
    frameIndex += 1;
    if (frameIndex >= frames.length) {
      ops = [];
      pages.push(ops);
      frameIndex = 0;
      frameTop = MARGIN.top;
    }
    y = frameTop;
    if (continuing) {
      const frame = frames[frameIndex]!;
      ops.push({ kind: 'rect', x: frame.x, y, w: frame.w, h: 0.6, color: continuing.color });
      y = drawLines(split(options.labels.continued(continuing.name), frame.w, SIZE.hint, true), frame.x, y + 2, SIZE.hint, true, COLORS.muted) + 2.5;
    }
  };
  /** Starts a new column or page unless `needed` mm still fit (an empty frame always takes it). */
  const ensure = (needed: number) => {
    if (y + needed > bottom && y > frameTop) nextFrame();
  };

  // Header, across the full width of the first page.
  const role = profile.role ? textIn(profile.role, options.lang).text : '';
  if (role) y = drawLines(split(role.toUpperCase(), full, SIZE.overline, true), MARGIN.x, y, SIZE.overline, true, COLORS.muted) + 1.5;
  y = drawLines(split(textIn(profile.title, options.lang).text, full, SIZE.title, true), MARGIN.x, y, SIZE.title, true, COLORS.ink) + 4;
  const meta: [string, string][] = [
    [options.labels.municipality, profile.municipality?.trim() ?? ''],
    [options.labels.date, options.dateText],
    [options.labels.language, options.languageName],
    [options.labels.marks ?? '', options.marks?.legend ?? ''],
  ];
  const labelWidth = 28;
  for (const [label, value] of meta.filter(([, v]) => v !== '')) {
    ops.push(text(MARGIN.x, y + SIZE.meta * 0.3528, label, SIZE.meta, true, COLORS.muted));
    y = drawLines(split(value, full - labelWidth, SIZE.meta, false), MARGIN.x + labelWidth, y, SIZE.meta, false, COLORS.ink) + 0.8;
  }
  if (profile.description) {
    y = drawLines(split(textIn(profile.description, options.lang).text, full, SIZE.meta, false), MARGIN.x, y + 3, SIZE.meta, false, COLORS.ink);
  }
  y += 4;
  ops.push({ kind: 'rect', x: MARGIN.x, y, w: full, h: 0.25, color: COLORS.rule });
  y += 8;
  frameTop = y; // the columns of page 1 start under the header

  for (const category of profile.categories) {
    const frameWidth = frames[frameIndex]!.w;
    const name = textIn(category.name, options.lang).text;
    const headingLines = split(name, frameWidth, SIZE.heading, true);
    const hintLines = category.hint ? split(textIn(category.hint, options.lang).text, frameWidth, SIZE.hint, false) : [];
    const headingHeight = 1.6 + 2.5 + headingLines.length * lineHeight(SIZE.heading) + hintLines.length * lineHeight(SIZE.hint) + 3;
    const blocks = category.elements.map((element) =>
      split(markedText(textIn(element.text, options.lang).text, element.id, options.marks), frameWidth - INDENT, SIZE.element, false),
    );
    // The group's marks and note, in smaller type under the element's text, kept with it.
    const annotations = category.elements.map((element) => {
      const workshop = options.labels.workshop;
      if (!workshop) return { marks: [], note: [] };
      const marks = marksLine(element.marks, workshop);
      return {
        marks: marks ? split(marks, frameWidth - INDENT, SIZE.annotation, true) : [],
        note: element.note ? element.note.split('\n').filter(Boolean).flatMap((line, i) => split(i === 0 ? `${workshop.note}: ${line}` : line, frameWidth - INDENT, SIZE.annotation, false)) : [],
      };
    });
    const annotationHeight = (i: number) => {
      const lines = annotations[i]!.marks.length + annotations[i]!.note.length;
      return lines === 0 ? 0 : ANNOTATION_GAP + lines * lineHeight(SIZE.annotation);
    };
    const firstHeight = (blocks[0]?.length ?? 1) * lineHeight(SIZE.element) + 2.2;
    // Keep the heading with its first element, so a heading never ends a page.
    continuing = undefined;
    ensure(headingHeight + Math.min(firstHeight, bottom - frameTop - headingHeight));
    continuing = { name, color: category.color };
    const frame = frames[frameIndex]!;
    ops.push({ kind: 'rect', x: frame.x, y, w: frame.w, h: 1.6, color: category.color });
    y = drawLines(headingLines, frame.x, y + 1.6 + 2.5, SIZE.heading, true, COLORS.ink);
    y = drawLines(hintLines, frame.x, y, SIZE.hint, false, COLORS.muted) + 3;
    if (blocks.length === 0) y = drawLines([options.labels.empty], frame.x, y, SIZE.element, false, COLORS.muted) + 2.2;
    blocks.forEach((lines, i) => {
      const lh = lineHeight(SIZE.element);
      ensure(lines.length * lh + annotationHeight(i));
      let remaining = lines;
      let first = true;
      // Only an element longer than a whole column is split: there is no other way to print it.
      while (remaining.length > 0) {
        const fit = Math.max(1, Math.floor((bottom - y) / lh));
        const part = remaining.slice(0, fit);
        const x = frames[frameIndex]!.x;
        if (first) ops.push(text(x, y + SIZE.element * 0.3528, `${i + 1}.`, SIZE.element, true, COLORS.muted));
        y = drawLines(part, x + INDENT, y, SIZE.element, false, COLORS.ink);
        remaining = remaining.slice(fit);
        first = false;
        if (remaining.length > 0) nextFrame();
      }
      const { marks, note } = annotations[i]!;
      if (marks.length + note.length > 0) {
        ensure(annotationHeight(i));
        const x = frames[frameIndex]!.x + INDENT;
        y = drawLines(marks, x, y + ANNOTATION_GAP, SIZE.annotation, true, COLORS.muted);
        y = drawLines(note, x, y, SIZE.annotation, false, COLORS.muted);
      }
      y += 2.2;
    });
    continuing = undefined;
    y += 6;
  }

  // The reflection questions and the group's answers, after the profile.
  const questions = options.labels.workshop ? shownQuestions(profile, options.lang) : [];
  if (questions.length > 0 && options.labels.workshop) {
    const labels = options.labels.workshop;
    const headingLines = split(labels.questions, frames[frameIndex]!.w, SIZE.heading, true);
    ensure(1.6 + 2.5 + headingLines.length * lineHeight(SIZE.heading) + 3 + 2 * lineHeight(SIZE.question));
    const frame = frames[frameIndex]!;
    ops.push({ kind: 'rect', x: frame.x, y, w: frame.w, h: 1.6, color: COLORS.muted });
    y = drawLines(headingLines, frame.x, y + 1.6 + 2.5, SIZE.heading, true, COLORS.ink) + 3;
    for (const question of questions) {
      const width = frames[frameIndex]!.w - INDENT;
      const questionLines = split(question.text, width, SIZE.question, true);
      const answerLines = question.answer
        ? question.answer.split('\n').filter(Boolean).flatMap((line) => split(line, width, SIZE.element, false))
        : split(labels.notAnswered, width, SIZE.element, false);
      // The question never stands alone at the foot of a column: it goes with its answer's first line.
      ensure(questionLines.length * lineHeight(SIZE.question) + lineHeight(SIZE.element));
      const x = frames[frameIndex]!.x;
      ops.push(text(x, y + SIZE.question * 0.3528, `${question.number}.`, SIZE.question, true, COLORS.muted));
      y = drawLines(questionLines, x + INDENT, y, SIZE.question, true, COLORS.ink) + 1;
      for (const line of answerLines) {
        ensure(lineHeight(SIZE.element));
        y = drawLines([line], frames[frameIndex]!.x + INDENT, y, SIZE.element, false, question.answer ? COLORS.ink : COLORS.muted);
      }
      y += 4;
    }
  }

  // Footers, now that the number of pages is known.
  pages.forEach((page, i) => {
    page.push({ kind: 'rect', x: MARGIN.x, y: height - 15, w: full, h: 0.2, color: COLORS.rule });
    page.push(text(MARGIN.x, height - 10, options.labels.footer(i + 1, pages.length), SIZE.footer, false, COLORS.muted));
  });
  return { width, height, pages };
}
