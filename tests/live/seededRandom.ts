/** A seeded random source for the randomised tests, so a failure can be replayed from its seed. */
export interface Random {
  seed: number;
  next: () => number;
  int: (below: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

/** Mulberry32: small, fast, good enough to shuffle test edits. `LIVE_SEED` replays a run. */
export function seededRandom(label: string, seed = Number(process.env.LIVE_SEED ?? Date.now() % 2 ** 31), quiet = false): Random {
  // A stream derived from a printed seed stays quiet: replaying that seed replays it too.
  if (!quiet) console.log(`${label}: seed ${seed} (replay with LIVE_SEED=${seed})`);
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { seed, next, int, pick: (items) => items[int(items.length)]! };
}
