/**
 * One place for the property tests' seed and size. `npm test` runs a fixed seed, so CI is repeatable;
 * `npm run fuzz` runs many more cases from a fresh seed, printed so any failure can be repeated with
 * FUZZ_SEED=<seed>.
 */
const fuzzing = process.env.FUZZ_RUNS !== undefined;

/** The seed of this run: FUZZ_SEED when given, a fresh one when fuzzing, else the fixed CI seed. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : fuzzing ? Math.floor(Math.random() * 2 ** 31) : 20261126;

/** Cases per property: a few hundred in `npm test` (seconds), thousands with `npm run fuzz`. */
export const FUZZ_RUNS = fuzzing ? Number(process.env.FUZZ_RUNS) : 150;

/** Parameters for `fc.assert`, with the seed printed once per file that uses them. */
export function fuzzParams(runs = FUZZ_RUNS) {
  console.info(`fast-check: seed ${FUZZ_SEED}, ${runs} runs (repeat with FUZZ_SEED=${FUZZ_SEED})`);
  return { seed: FUZZ_SEED, numRuns: runs };
}

/** Time allowed per property test: generous, as the machine running CI is shared and slow (never a speed goal). */
export const FUZZ_TIMEOUT = fuzzing ? 30 * 60_000 : 120_000;
