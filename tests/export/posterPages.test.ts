/** Where a tall poster breaks into pages: by column height, never inside an element, every element once. */
import { describe, expect, it } from 'vitest';
import { posterPages } from '../../src/export/posterPages';

describe('posterPages', () => {
  it('keeps a poster that fits on one page', () => {
    expect(posterPages({ frame: 200, gap: 10, categories: [{ heading: 50, elements: [40, 40] }, { heading: 50, elements: [] }] }, 1000)).toEqual([[[0, 1], []]]);
  });

  it('splits each column where it would pass the page, and shows every element exactly once', () => {
    const categories = [
      { heading: 60, elements: Array.from({ length: 30 }, () => 50) },
      { heading: 60, elements: Array.from({ length: 5 }, () => 50) },
    ];
    const pages = posterPages({ frame: 300, gap: 10, categories }, 1000);
    // 700 px of room: the heading and 10 elements (60 + 10·50 + 9·10 = 650) fit, an 11th does not.
    expect(pages.map((page) => page[0]!.length)).toEqual([10, 10, 10]);
    expect(pages.map((page) => page[1]!.length)).toEqual([5, 0, 0]);
    expect(pages.flatMap((page) => page[0]!)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('gives an element taller than a page a page of its own instead of cutting it', () => {
    expect(posterPages({ frame: 100, gap: 10, categories: [{ heading: 50, elements: [100, 2000, 100] }] }, 1000)).toEqual([[[0]], [[1]], [[2]]]);
  });
});
