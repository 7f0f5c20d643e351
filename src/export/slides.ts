/**
 * The slides export: each slide view drawn at a fixed 1920 × 1080 at 2× (3840 × 2160 pixels), and all
 * of them zipped into one download that drops straight into Slides or PowerPoint. Loaded with
 * import() only when the user chooses slides.
 */
import { zipSync } from 'fflate';
import { renderNodePng } from './png';
import { SLIDE } from './slideDeck';

/** One slide (laid out at SLIDE.width × SLIDE.height CSS pixels) as PNG bytes. */
export function renderSlidePng(node: HTMLElement): Promise<Uint8Array> {
  return renderNodePng(node, SLIDE);
}

/** The slides as one zip; PNGs are compressed already, so they are stored, not deflated again. */
export function zipSlides(files: { name: string; png: Uint8Array }[]): Blob {
  const zipped = zipSync(Object.fromEntries(files.map((file) => [file.name, [file.png, { level: 0 }]])));
  return new Blob([zipped], { type: 'application/zip' });
}
