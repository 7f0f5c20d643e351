/**
 * Makes a slide's content as large as fits: tries each column count, finds by bisection the largest
 * `--fit` (a factor on the viewport-based font size in present.css) at which nothing overflows the
 * stage, and keeps the best. Re-fits when the stage changes size (window, projector, fullscreen) and
 * when the web font arrives. Text is never cut: if even the smallest size overflows, long words may
 * break and, as the very last resort, the stage scrolls.
 */
import { useLayoutEffect, type RefObject } from 'react';

export const MIN_FIT = 0.25;
const STEPS = 8;

function overflows(stage: HTMLElement, content: HTMLElement): boolean {
  return content.scrollHeight > stage.clientHeight || content.scrollWidth > content.clientWidth;
}

function fitStage(stage: HTMLElement, content: HTMLElement, columns: number[]) {
  const fitsAt = (cols: number, fit: number) => {
    stage.style.setProperty('--cols', String(cols));
    stage.style.setProperty('--fit', fit.toFixed(4));
    return !overflows(stage, content);
  };
  stage.removeAttribute('data-fit-floor');
  stage.removeAttribute('data-overflow');
  let best = { cols: columns[0] ?? 1, fit: 0 };
  for (const cols of columns) {
    let fit: number;
    if (fitsAt(cols, 1)) fit = 1;
    else if (!fitsAt(cols, MIN_FIT)) fit = 0;
    else {
      let [low, high] = [MIN_FIT, 1];
      for (let i = 0; i < STEPS; i += 1) {
        const middle = (low + high) / 2;
        if (fitsAt(cols, middle)) low = middle;
        else high = middle;
      }
      fit = low;
    }
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
