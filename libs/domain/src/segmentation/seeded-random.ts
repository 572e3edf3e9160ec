/** A source of uniformly distributed numbers in [0, 1). */
export type RandomSource = () => number;

const UINT32_RANGE = 4294967296;
const GOLDEN_GAMMA = 0x9e3779b9;

/**
 * Murmur3's 32-bit finaliser: every input bit flips about half the output bits, so neighbouring seeds
 * (1, 2, 3, ...) and neighbouring stream labels still give unrelated generator states.
 */
function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Derives an independent 32-bit seed for one labelled stream of a seeded computation.
 *
 * Each consumer (the k-means run for a given k and restart, the silhouette sample) draws from its own
 * stream instead of sharing one generator, so trying extra candidate k values never changes the
 * clustering found for another k: `segmentRespondents(m, { seed, k: 3 })` gives the same partition as
 * the automatic run that chose k = 3.
 *
 * @param seed any safe integer; both 32-bit halves take part, so seeds 2^32 apart do not collide.
 * @param streams small integers that label the stream (e.g. `[k, restart]`).
 */
export function deriveSeed(seed: number, ...streams: readonly number[]): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / UINT32_RANGE) >>> 0;
  let state = mix32(low + GOLDEN_GAMMA);
  state = mix32(state ^ mix32(high + 2 * GOLDEN_GAMMA));
  for (const stream of streams) {
    state = mix32((state + GOLDEN_GAMMA + (stream >>> 0)) >>> 0);
  }
  return state;
}

/**
 * Mulberry32 (Tommy Ettinger, 2017): a 32-bit-state generator with full 2^32 period that passes
 * gjrand and PractRand up to its period. Plenty for sampling a few thousand indices, and it keeps the
 * domain free of `Math.random` and the clock, so every result is reproducible from its seed.
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
}

/** A uniformly drawn integer in [0, size). */
export function randomIndex(random: RandomSource, size: number): number {
  return Math.floor(random() * size);
}
