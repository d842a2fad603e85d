/**
 * A small seeded pseudo-random number generator (mulberry32): the same seed gives the
 * same sequence on every machine, so layouts and community detection are reproducible.
 * Not for anything that needs unpredictability.
 */

/** A function returning floats in [0, 1), like Math.random, fully determined by `seed`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

