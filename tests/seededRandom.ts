/** mulberry32: a tiny seeded random source, so a failing randomised test can be replayed from its seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.assign(next, {
    /** One of `items`, evenly. */
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    },
    /** A number in [min, max). */
    between(min: number, max: number): number {
      return min + next() * (max - min);
    },
  });
}

/** `length` letters and digits that do not compress: for texts that must make a link long. */
export function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
}
