/**
 * A poster too tall for one image is split into pages, instead of being shrunk until it is unreadable
 * (at 1,000 long elements it fell to 110 px wide). Pure: it works on measured heights, so the page
 * breaks are tested without a browser. Each category's elements are split where its column would
 * pass the page; page k shows every category's k-th part.
 */

export interface PosterMeasure {
  /** Height of everything but the category columns: padding, header, footer (CSS px). */
  frame: number;
  /** Space between two elements in a column. */
  gap: number;
  categories: {
    /** Height of the category's heading block (name, hint) above its first element. */
    heading: number;
    /** Height of each element, in order. */
    elements: number[];
  }[];
}

/** Per page, per category, the indexes of the elements it shows. One page when everything fits. */
export type PosterPages = number[][][];

export function posterPages(measure: PosterMeasure, maxHeight: number): PosterPages {
  const room = maxHeight - measure.frame;
  const parts = measure.categories.map(({ heading, elements }) => {
    const chunks: number[][] = [[]];
    let used = heading;
    elements.forEach((height, index) => {
      const current = chunks.at(-1)!;
      const needed = (current.length > 0 ? measure.gap : 0) + height;
      // An element taller than a page still gets a page of its own rather than being cut.
      if (current.length > 0 && used + needed > room) {
        chunks.push([index]);
        used = heading + height;
      } else {
        current.push(index);
        used += needed;
      }
    });
    return chunks;
  });
  const count = Math.max(1, ...parts.map((chunks) => chunks.length));
  return Array.from({ length: count }, (_, page) => parts.map((chunks) => chunks[page] ?? []));
}
