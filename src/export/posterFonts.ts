/**
 * The @font-face CSS html-to-image inlines into the poster: only Inter 400 and 700 in the Latin and
 * Latin Extended subsets, as data URLs. Left to itself, html-to-image inlines every Inter face the
 * page declares (3 weights × 7 subsets, ~600 KB of base64 per export), and the Cyrillic, Greek and
 * Vietnamese files are not precached for offline use, so an offline PNG export would fail.
 */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';

// unicode-range values as @fontsource/inter 5.3.0 declares them.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES = [
  { url: latin400, weight: 400, range: LATIN },
  { url: latinExt400, weight: 400, range: LATIN_EXT },
  { url: latin700, weight: 700, range: LATIN },
  { url: latinExt700, weight: 700, range: LATIN_EXT },
];

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules with the poster's four Inter files inlined. */
export async function posterFontCss(): Promise<string> {
  const rules = await Promise.all(
    FACES.map(async ({ url, weight, range }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
      const src = await dataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' }));
      return `@font-face{font-family:'Inter';font-style:normal;font-weight:${weight};src:url(${src}) format('woff2');unicode-range:${range};}`;
    }),
  );
  return rules.join('\n');
}
