/**
 * The PNG export: the export poster drawn by html-to-image at 2× for slides, with the profile JSON
 * embedded in an iTXt chunk so the image can be imported again. Loaded with import() only on export.
 */
import { toBlob } from 'html-to-image';
import { serializeProfile } from '../domain/migrate';
import type { Profile } from '../domain/profile';
import { PNG_PROFILE_KEYWORD } from './importFile';
import { addTextChunk } from './pngText';
import { posterFontCss } from './posterFonts';

/** Sharp on projectors and retina screens; lowered only for posters taller than canvases allow. */
export const PIXEL_RATIO = 2;
/** Chromium and Safari refuse canvases beyond ~16,384 px on a side. */
const MAX_CANVAS_SIDE = 16_000;
/** The tallest poster page drawn at full sharpness (CSS px); taller posters are split into pages. */
export const MAX_POSTER_HEIGHT = MAX_CANVAS_SIDE / PIXEL_RATIO;

let fontCss: Promise<string> | undefined;

/**
 * Inlining the fonts is the slow part of html-to-image (fetch and base64-encode every face), so it
 * is done once per visit: the poster always uses the same four Inter files.
 */
function fontEmbedCss(): Promise<string> {
  fontCss ??= posterFontCss();
  fontCss.catch(() => (fontCss = undefined)); // a failed fetch may succeed on the next try
  return fontCss;
}

/** Waits until the faces the poster uses (including Latin Extended-A subsets) are loaded. */
async function fontsLoaded(node: HTMLElement) {
  const sample = node.textContent ?? '';
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px Inter`, sample).catch(() => [])));
  await document.fonts.ready;
}

/**
 * A laid-out `node` drawn as a PNG at `pixelRatio`, on white, with the poster fonts inlined: the
 * poster and the slides are both drawn this way.
 */
export async function renderNodePng(node: HTMLElement, size: { width: number; height: number; pixelRatio: number }): Promise<Uint8Array> {
  await fontsLoaded(node);
  const blob = await toBlob(node, {
    width: size.width,
    height: size.height,
    pixelRatio: size.pixelRatio,
    backgroundColor: '#ffffff',
    preferredFontFormat: 'woff2',
    fontEmbedCSS: await fontEmbedCss(),
  });
  if (!blob) throw new Error('html-to-image returned no image');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The poster `node` (already laid out) as a PNG that carries `profile`. */
export async function createPosterPng(node: HTMLElement, profile: Profile): Promise<Blob> {
  await fontsLoaded(node); // before measuring: the poster's height depends on its font
  const width = node.offsetWidth;
  const height = node.offsetHeight;
  const pixelRatio = Math.min(PIXEL_RATIO, MAX_CANVAS_SIDE / Math.max(width, height, 1));
  const image = await renderNodePng(node, { width, height, pixelRatio });
  const png = addTextChunk(image, PNG_PROFILE_KEYWORD, serializeProfile(profile));
  return new Blob([png], { type: 'image/png' });
}
