/**
 * The Word export (.docx): the blocks from `wordDocument.ts` drawn with the `docx` library, as real
 * Word structure a leader can edit — Title and Heading styles, numbered lists that restart per
 * category, the document's language set for spelling and screen readers. Loaded with import() only
 * when this export is chosen (the library is large).
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Profile } from '../domain/profile';
import { textIn } from '../domain/text';
import { formatDate, languageName } from '../i18n/formatDate';
import { wordBlocks, type WordBlock, type WordLabels } from './wordDocument';

export type { WordLabels } from './wordDocument';

export interface DocxOptions {
  /** Content language of the profile's text. */
  lang: string;
  /** Language of the labels, for the date and the language's name. */
  labelLang: string;
  date: Date;
  labels: WordLabels;
  subject: string;
}

const LIST = 'elements';
const MUTED = '595959'; // 7:1 on white

/** The language's own name from the profile, else as Intl names it, with a capital as a field value. */
function languageLabel(profile: Profile, lang: string, labelLang: string): string {
  const name = profile.languages?.find((language) => language.code === lang)?.name ?? languageName(lang, labelLang);
  return name.charAt(0).toLocaleUpperCase(labelLang) + name.slice(1);
}

function paragraphOf(block: WordBlock, rtl: boolean): Paragraph[] {
  const run = (text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): ParagraphChild =>
    new TextRun({ text, ...options, rightToLeft: rtl || undefined });
  const base = { bidirectional: rtl || undefined };
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ ...base, heading: HeadingLevel.TITLE, children: [run(block.text)] })];
    case 'heading':
      return [new Paragraph({ ...base, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [run(block.text)] })];
    case 'field':
      return [new Paragraph({ ...base, children: [run(`${block.label}: `, { bold: true }), run(block.value)] })];
    case 'paragraph':
      return [
        new Paragraph({
          ...base,
          children: [run(block.text, block.style === 'hint' ? { italics: true, color: MUTED } : block.style === 'muted' ? { color: MUTED } : {})],
        }),
      ];
    case 'bullet':
      return [new Paragraph({ ...base, bullet: { level: 0 }, children: [run(block.text)] })];
    case 'item': {
      const paragraphs = [new Paragraph({ ...base, numbering: { reference: LIST, level: 0, instance: block.list }, children: [run(block.text)] })];
      // Marks and note belong to the item: indented under its text, not list items of their own.
      const under = { ...base, indent: { left: 720 }, spacing: { after: 80 } };
      if (block.marks) paragraphs.push(new Paragraph({ ...under, children: [run(block.marks, { color: MUTED, bold: true })] }));
      if (block.note) {
        block.note.split('\n').filter(Boolean).forEach((line, i) =>
          paragraphs.push(new Paragraph({ ...under, children: [...(i === 0 ? [run(`${block.noteLabel}: `, { italics: true, bold: true })] : []), run(line, { italics: true })] })),
        );
      }
      return paragraphs;
    }
  }
}

/** The local profile as a Word document. */
export async function createDocx(profile: Profile, options: DocxOptions): Promise<Blob> {
  const blocks = wordBlocks(profile, {
    lang: options.lang,
    dateText: formatDate(options.date, options.labelLang),
    languageName: languageLabel(profile, options.lang, options.labelLang),
    labels: options.labels,
  });
  const rtl = profile.languages?.find((language) => language.code === options.lang)?.dir === 'rtl';
  const title = textIn(profile.title, options.lang).text;
  const municipality = profile.municipality?.trim();
  const doc = new Document({
    creator: 'Profilbygger',
    title: municipality ? `${title} – ${municipality}` : title,
    subject: options.subject,
    description: options.labels.footer,
    keywords: profile.categories.map((category) => textIn(category.name, options.lang).text).join(', '),
    styles: {
      default: {
        // The text's language: Word checks spelling in it, screen readers pick their voice by it.
        document: { run: { language: { value: options.lang, ...(rtl ? { bidirectional: options.lang } : {}) } } },
      },
    },
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: options.labels.footer, color: MUTED, size: 18 })] })] }) },
        children: blocks.flatMap((block) => paragraphOf(block, rtl)),
      },
    ],
  });
  return Packer.toBlob(doc);
}
