/**
 * User text inside the app's own sentences is isolated for bidi: a title or file name with Arabic
 * text, or an unterminated U+202E (RIGHT-TO-LEFT OVERRIDE), must not reverse the rest of "“…” fra
 * fil.json erstatter den lokale profil". Values that could change direction get FSI … PDI around
 * them (Unicode UAX #9, the plain-text <bdi>); other values are left as they are, so plain Latin text
 * and numbers read exactly as before.
 */

/** Right-to-left letters, and the bidi controls that reorder what follows them. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/;

const FSI = '\u2068';
const PDI = '\u2069';

/** `value` isolated with FSI … PDI when it could change the direction of the text around it. */
export function isolateBidi(value: string): string {
  return BIDI_SENSITIVE.test(value) ? `${FSI}${value}${PDI}` : value;
}
