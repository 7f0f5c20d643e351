/**
 * Makes a slide's content as large as fits: tries each column count, finds by bisection the largest
 * `--fit` (a factor on the viewport-based font size in stage.css) at which nothing overflows the
 * stage, and keeps the best. Re-fits when the stage changes size (window, projector, fullscreen) and
 * when the web font arrives. Text is never cut: if even the smallest size overflows, long words may
 * break and, as the very last resort, the stage scrolls.
 */
import { useLayoutEffect, type RefObject } from 'react';

export const MIN_FIT = 0.25;
const STEPS = 8;

/**
 * Whether anything sticks out: the content out of the stage, or a long word out of its box (marked
 * `data-fit-box`; in a grid that spills into the neighbour, not out of the content). Scroll sizes
 * are rounded to whole pixels, so the exact height is compared too, with a pixel to spare.
 */
function overflows(stage: HTMLElement, content: HTMLElement): boolean {
  if (content.scrollHeight > stage.clientHeight || content.scrollWidth > content.clientWidth) return true;
  if (content.getBoundingClientRect().height > stage.clientHeight - 1) return true;
  return [...content.querySelectorAll<HTMLElement>('[data-fit-box]')].some((box) => box.scrollWidth > box.clientWidth);
}

function fitStage(stage: HTMLElement, content: HTMLElement, columns: number[]) {
  const balance = content.hasAttribute('data-balance');
  const fitsAt = (cols: number, fit: number) => {
    stage.style.setProperty('--cols', String(cols));
    stage.style.setProperty('--fit', fit.toFixed(4));
    if (balance) balanceColumns(content);
    return !overflows(stage, content);
  };
  /** The largest fit for `cols`, by bisection; 0 when even MIN_FIT overflows. */
  const largestFit = (cols: number): number => {
    if (fitsAt(cols, 1)) return 1;
    if (!fitsAt(cols, MIN_FIT)) return 0;
    let [low, high] = [MIN_FIT, 1];
    for (let i = 0; i < STEPS; i += 1) {
      const middle = (low + high) / 2;
      if (fitsAt(cols, middle)) low = middle;
      else high = middle;
    }
    return low;
  };

  stage.removeAttribute('data-fit-floor');
  stage.removeAttribute('data-overflow');
  let best = { cols: columns[0] ?? 1, fit: 0 };
  for (const cols of columns) {
    const fit = largestFit(cols);
    // More columns only when they make the text clearly larger: one calm list reads best.
    if (fit > best.fit * 1.08) best = { cols, fit };
  }
  if (best.fit > 0) {
    fitsAt(best.cols, best.fit);
    return;
  }
  stage.setAttribute('data-fit-floor', '');
  if (!fitsAt(best.cols, MIN_FIT)) stage.setAttribute('data-overflow', '');
}

/**
 * Side-by-side columns (the overview's categories) get widths in proportion to their content, so
 * they end at about the same height and the longest category alone does not make all text small.
 */
function balanceColumns(content: HTMLElement) {
  const columns = [...content.children] as HTMLElement[];
  if (columns.length < 2) return;
  const apply = (weights: number[]) => {
    content.style.gridTemplateColumns = weights.map((w) => `minmax(0, ${w.toFixed(3)}fr)`).join(' ');
  };
  // Widen the tall columns and narrow the short ones, damped (rewrapping text changes the heights
  // again), and keep the widths whose tallest column was lowest.
  content.style.removeProperty('grid-template-columns');
  let weights = columns.map(() => 1);
  let best = { weights, tallest: Infinity };
  for (let round = 0; round < 6; round += 1) {
    apply(weights);
    const heights = columns.map((column) => column.getBoundingClientRect().height);
    const tallest = Math.max(...heights);
    // Too narrow for its longest word: not a candidate, however short.
    const tooNarrow = columns.some((column) => column.scrollWidth > column.clientWidth);
    if (!tooNarrow && tallest < best.tallest) best = { weights, tallest };
    const mean = heights.reduce((sum, h) => sum + h, 0) / heights.length;
    if (mean === 0 || tallest - Math.min(...heights) < 4) break;
    weights = weights.map((w, i) => Math.max(0.4, w * (heights[i]! / mean) ** 0.6));
  }
  apply(best.weights);
}

/** Fits `content` into `stage` whenever `layoutKey` changes or the stage is resized. */
export function useFitToStage(
  stage: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  columns: number[],
  layoutKey: string,
) {
  const columnsKey = columns.join(',');
  useLayoutEffect(() => {
    const stageNode = stage.current;
    const contentNode = content.current;
    if (!stageNode || !contentNode) return;
    const cols = columnsKey.split(',').map(Number);
    const fit = () => fitStage(stageNode, contentNode, cols);
    fit();
    let alive = true;
    void document.fonts?.ready.then(() => alive && fit());
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => fit()) : undefined;
    observer?.observe(stageNode);
    return () => {
      alive = false;
      observer?.disconnect();
    };
  }, [stage, content, columnsKey, layoutKey]);
}
