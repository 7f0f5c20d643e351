/**
 * The optional origin marks in exports: an adapted element ends in "*", the group's own in "°", and
 * a legend says what they mean. Plain Latin-1 signs, so every embedded font draws them.
 */
export type OriginMark = 'adapted' | 'own';

export const ORIGIN_SIGN: Record<OriginMark, string> = { adapted: '*', own: '°' };

export interface ExportMarks {
  /** Element id → its mark; unchanged copies of generic elements have none. */
  byId: Record<string, OriginMark>;
  /** What the signs mean, in the labels' language: "* tilpasset … · ° jeres eget element". */
  legend: string;
}

/** The element's text with its sign, when it has one. */
export function markedText(text: string, id: string, marks: ExportMarks | undefined): string {
  const mark = marks?.byId[id];
  return mark ? `${text} ${ORIGIN_SIGN[mark]}` : text;
}
