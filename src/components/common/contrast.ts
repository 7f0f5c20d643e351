/**
 * Category colours come from profile data and can be anything, but text on a projector must reach
 * WCAG AAA (7:1). These derive, from any colour, a dark shade that carries white text and a light
 * tint that carries dark text, both at 7:1 or better.
 */

export const AAA = 7;
export const INK = '#111827';

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function format(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => from[i]! + (to[i]! - from[i]!) * amount) as Rgb;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour, darkened (towards black) just enough for white text at 7:1. */
export function shadeForWhiteText(color: string): string {
  const rgb = parse(color);
  for (let step = 0; step <= 20; step += 1) {
    const shade = format(mix(rgb, [0, 0, 0], step / 20));
    if (contrastRatio(shade, '#ffffff') >= AAA) return shade;
  }
  return '#000000';
}

/** A light tint of the colour (mostly white) on which INK reads at 7:1 or better. */
export function tintForInk(color: string, strength = 0.12): string {
  const rgb = parse(color);
  for (let amount = strength; amount > 0; amount -= 0.02) {
    const tint = format(mix([255, 255, 255], rgb, amount));
    if (contrastRatio(tint, INK) >= AAA) return tint;
  }
  return '#ffffff';
}
