/**
 * Where everything goes on the summary PDF's A4 pages, from the summary document alone. Pure (text
 * measuring is passed in), like the profile PDF's layout, and on the same page, margins, sizes and
 * colours: a category heading stays with its first item, an item stays on one page with its details
 * unless it is longer than a page, and every page has its footer.
 */
import { A4, COLORS, lineHeight, MARGIN, SIZE, type DrawOp, type PdfLayout, type SplitText } from './pdfLayout';
import { labelled, type SummaryDocument, type SummaryItem } from './summaryDocument';

export interface SummaryPdfLabels {
  overline: string;
  /** "Opsummering af 3 grupper" */
  title: string;
  comparedWith: string;
  groups: string;
  date: string;
  notAnswered: string;
  footer: (page: number, pages: number) => string;
}

export interface SummaryPdfOptions {
  /** The generic profile's title, in the content language. */
  genericTitle: string;
  /** Already formatted, as the labels' language writes dates. */
  dateText: string;
  labels: SummaryPdfLabels;
}

/** Room on the left of an item for its count ("3 af 3 grupper"), so the texts line up; a longer count wraps in it. */
const BADGE_WIDTH = 30;
const BADGE_GAP = 2;
const DETAIL_SIZE = 9.5;

/** One line of text at a place, and how much height it takes. */
interface Line {
  x: number;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  /** Height taken by this line, including any space after it. */
  height: number;
}

export function layoutSummaryPdf(doc: SummaryDocument, options: SummaryPdfOptions, split: SplitText): PdfLayout {
  const width = A4.short;
  const height = A4.long;
  const full = width - 2 * MARGIN.x;
  const bottom = height - MARGIN.bottom;
  const pages: DrawOp[][] = [[]];
  let ops = pages[0]!;
  let y = MARGIN.top;

  const newPage = () => {
    ops = [];
    pages.push(ops);
    y = MARGIN.top;
  };
  const lines = (x: number, text: string, w: number, size: number, bold = false, color = COLORS.ink, after = 0): Line[] => {
    const wrapped = split(text, w, size, bold);
    return wrapped.map((line, i) => ({ x, text: line, size, bold, color, height: lineHeight(size) + (i === wrapped.length - 1 ? after : 0) }));
  };
  const heightOf = (block: Line[]) => block.reduce((sum, line) => sum + line.height, 0);
  const drawLine = (line: Line) => {
    ops.push({ kind: 'text', x: line.x, y: y + line.size * 0.3528, text: line.text, size: line.size, bold: line.bold, color: line.color });
    y += line.height;
  };
  /** Starts a new page unless `needed` mm still fit (an empty page always takes it). */
  const ensure = (needed: number) => {
    if (y + needed > bottom && y > MARGIN.top) newPage();
  };
  /** A block stays together on one page when it can; a block longer than a page flows line by line. */
  const place = (block: Line[], extra: (top: number) => DrawOp[] = () => []) => {
    ensure(Math.min(heightOf(block), bottom - MARGIN.top));
    ops.push(...extra(y));
    for (const line of block) {
      if (y + line.height > bottom && y > MARGIN.top) newPage();
      drawLine(line);
    }
  };

  // Heading: what this is, the groups, the generic profile and the date.
  place(lines(MARGIN.x, options.labels.overline.toLocaleUpperCase(), full, SIZE.overline, true, COLORS.muted, 1.5));
  place(lines(MARGIN.x, options.labels.title, full, SIZE.title, true, COLORS.ink, 3));
  const labelWidth = 42;
  for (const [label, value] of [
    [options.labels.comparedWith, options.genericTitle],
    [options.labels.groups, doc.groups.join(', ')],
    [options.labels.date, options.dateText],
  ] as const) {
    const top = y;
    ops.push({ kind: 'text', x: MARGIN.x, y: top + SIZE.meta * 0.3528, text: label, size: SIZE.meta, bold: true, color: COLORS.muted });
    place(lines(MARGIN.x + labelWidth, value, full - labelWidth, SIZE.meta, false, COLORS.ink, 0.8));
  }
  y += 4;
  ops.push({ kind: 'rect', x: MARGIN.x, y, w: full, h: 0.25, color: COLORS.rule });
  y += 8;

  const badgeLines = (item: SummaryItem) => split(item.badge, BADGE_WIDTH - BADGE_GAP, SIZE.element, true);
  const itemBlock = (item: SummaryItem): Line[] => {
    const block = [
      ...lines(MARGIN.x + BADGE_WIDTH, item.text.text, full - BADGE_WIDTH, SIZE.element, true, COLORS.ink, 0.6),
      ...item.details.flatMap((detail) => lines(MARGIN.x + BADGE_WIDTH, labelled(detail.label, detail.text), full - BADGE_WIDTH, DETAIL_SIZE, false, COLORS.muted)),
    ];
    // A count that wraps under a one-line item still needs its room.
    const badgeHeight = badgeLines(item).length * lineHeight(SIZE.element);
    const shortBy = badgeHeight - heightOf(block);
    if (shortBy > 0) block[block.length - 1] = { ...block[block.length - 1]!, height: block[block.length - 1]!.height + shortBy };
    return block;
  };
  const badge = (item: SummaryItem) => (top: number): DrawOp[] =>
    badgeLines(item).map((text, i) => ({
      kind: 'text',
      x: MARGIN.x,
      y: top + SIZE.element * 0.3528 + i * lineHeight(SIZE.element),
      text,
      size: SIZE.element,
      bold: true,
      color: COLORS.ink,
    }));

  for (const section of doc.sections) {
    const heading = lines(MARGIN.x, section.heading.text, full, SIZE.heading, true, COLORS.ink, 2.5);
    const firstList = section.lists[0];
    const firstItem = firstList?.items[0];
    const listHeading = (heading: string) => lines(MARGIN.x, heading, full, SIZE.hint, true, COLORS.muted, 1.5);
    // The heading never ends a page: it keeps its first list's heading and first item with it.
    ensure(Math.min(1.6 + 2.5 + heightOf(heading) + (firstList ? heightOf(listHeading(firstList.heading)) : 0) + (firstItem ? heightOf(itemBlock(firstItem)) : 0), bottom - MARGIN.top));
    ops.push({ kind: 'rect', x: MARGIN.x, y, w: full, h: 1.6, color: section.color });
    y += 1.6 + 2.5;
    place(heading);
    for (const list of section.lists) {
      const first = list.items[0];
      const empty = !first && list.empty ? lines(MARGIN.x, list.empty, full, SIZE.element, false, COLORS.muted, 2.2) : [];
      ensure(Math.min(heightOf(listHeading(list.heading)) + (first ? heightOf(itemBlock(first)) : heightOf(empty)), bottom - MARGIN.top));
      place(listHeading(list.heading));
      if (empty.length > 0) place(empty);
      for (const item of list.items) {
        place(itemBlock(item), badge(item));
        y += 2.2;
      }
      y += 2;
    }
    y += 5;
  }

  if (doc.questions.length > 0) {
    const heading = lines(MARGIN.x, doc.questionsHeading, full, SIZE.heading, true, COLORS.ink, 2.5);
    ensure(Math.min(heightOf(heading) + 30, bottom - MARGIN.top));
    ops.push({ kind: 'rect', x: MARGIN.x, y, w: full, h: 1.6, color: COLORS.ink });
    y += 1.6 + 2.5;
    place(heading);
    for (const question of doc.questions) {
      const text = lines(MARGIN.x, question.question.text, full, SIZE.element, true, COLORS.ink, 1.5);
      const answers = question.answers.map(({ group, answer }) => [
        ...lines(MARGIN.x + 4, group, full - 4, DETAIL_SIZE, true, COLORS.muted),
        ...lines(MARGIN.x + 4, answer ?? options.labels.notAnswered, full - 4, SIZE.element, false, answer ? COLORS.ink : COLORS.muted, 1.6),
      ]);
      ensure(Math.min(heightOf(text) + (answers[0] ? heightOf(answers[0]) : 0), bottom - MARGIN.top));
      place(text);
      for (const answer of answers) place(answer);
      y += 3;
    }
  }

  pages.forEach((page, i) => {
    page.push({ kind: 'rect', x: MARGIN.x, y: height - 15, w: full, h: 0.2, color: COLORS.rule });
    page.push({ kind: 'text', x: MARGIN.x, y: height - 10, text: options.labels.footer(i + 1, pages.length), size: SIZE.footer, bold: false, color: COLORS.muted });
  });
  return { width, height, pages };
}
