/**
 * How many inputs each fuzz property generates. 10,000 by default (the floor the fuzzing
 * brief asks of every target); `FUZZ_RUNS=100000 npx vitest run tests/fuzz` digs deeper.
 * Seeds are random: on a failure fast-check prints the seed, the path and the shrunk
 * counterexample, and `fc.assert(…, { seed, path })` replays it.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** A property generating 100 kB fields runs a fortieth as often (250 by default). */
export const HEAVY_RUNS = Math.max(1, Math.round(RUNS / 40));
