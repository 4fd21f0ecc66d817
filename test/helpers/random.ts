// Seeded randomness for the property tests: no dependency, and every failure names the seed
// and case that reproduce it. FUZZ_SEED=<n> replays a run; the default seed keeps CI stable.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform 32-bit unsigned integer. */
  u32(): number;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Uint8Array;
}

/** mulberry32: tiny, fast, and good enough to spread test cases. */
export function random(seed: number): Random {
  let state = seed >>> 0;
  const u32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => u32() / 2 ** 32;
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    u32,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)] as T;
    },
    bytes: (length) => {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = u32() & 0xff;
      return out;
    },
  };
}

export const SEED = process.env.FUZZ_SEED === undefined ? 0x5eed_2024 : Number(process.env.FUZZ_SEED);

/**
 * Runs `body` for `runs` cases, each with its own generator derived from the seed and the case
 * number, and on failure rethrows with both so the case can be replayed on its own.
 */
export function forAll(runs: number, body: (rng: Random, index: number) => void, seed = SEED): void {
  for (let i = 0; i < runs; i++) {
    const rng = random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + i);
    try {
      body(rng, i);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`property failed at case ${i} with FUZZ_SEED=${seed}: ${message}`, { cause: error });
    }
  }
}
