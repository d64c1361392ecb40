/**
 * A seeded pseudo-random generator (mulberry32) for tests that choose their
 * inputs at random per run: the test prints the seed, and setting the
 * named env variable to it replays a failing run.
 */
export function seededRandom(envName = 'TEST_SEED'): { seed: number; next: () => number; int: (lo: number, hi: number) => number } {
  const fromEnv = process.env[envName];
  const seed = fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** a whole number in [lo, hi] */
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { seed, next, int };
}
