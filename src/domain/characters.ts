/**
 * Characters no profile may hold, and text that only looks like text. Control characters (other than
 * tab, line feed, carriage return), lone surrogates and the noncharacters U+FFFE/U+FFFF are not
 * allowed in XML, so the PNG export (an SVG foreignObject) failed on them, every time; they also
 * corrupt the PNG's UTF-8 text chunk. A text of only zero-width or other invisible characters is blank.
 * No imports: the schema and the text helpers both build on this.
 */

// Built from strings so the source holds no raw control characters.
const FORBIDDEN_CLASS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN = new RegExp(`${FORBIDDEN_CLASS}|${LONE_SURROGATE}`);
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_CLASS, 'g');
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE, 'g');
/** Whitespace and characters with no glyph of their own: zero-width space and joiners, word joiner, BOM, soft hyphen, bidi controls, variation selectors … */
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** True when `text` holds a character no profile may hold. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * `text` without the characters no profile may hold: control characters and noncharacters are
 * dropped, a lone surrogate becomes U+FFFD (as a UTF-8 encoder would make it).
 */
export function cleanText(text: string): string {
  if (!hasForbiddenCharacters(text)) return text;
  return text.replace(LONE_SURROGATE_ALL, '\uFFFD').replace(FORBIDDEN_ALL, '');
}

/** True when `text` shows nothing: empty, whitespace, or only invisible characters such as U+200B. */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** Every string inside a JSON-like value cleaned (objects and arrays copied only where something changed). */
export function cleanStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  // Profiles are a few levels deep; anything deeper is left for validation to refuse, not to recurse into.
  if (depth > 12 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const cleaned = value.map((item) => cleanStrings(item, depth + 1));
    return cleaned.some((item, i) => item !== value[i]) ? cleaned : value;
  }
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const cleaned = cleanStrings(item, depth + 1);
    if (cleaned !== item) {
      copy ??= { ...value };
      // defineProperty, not assignment: a "__proto__" key from JSON stays a plain key.
      Object.defineProperty(copy, key, { value: cleaned, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy ?? value;
}
