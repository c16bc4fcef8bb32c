/** Small deterministic PRNG helpers (mulberry32), so generated content is identical run to run. */

export type Rng = () => number;

/** mulberry32: fast 32-bit PRNG with a good enough spread for synthetic data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG for item `index` of a sequence: item i is the same whatever the count generated. */
export function rngFor(seed: number, index: number): Rng {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
/** Skewed pick: low indexes come up far more often (recurring speakers, popular tags). */
export const pickSkewed = <T>(rng: Rng, items: readonly T[], power = 2.2): T =>
  items[Math.min(items.length - 1, Math.floor(Math.pow(rng(), power) * items.length))];

export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]);
  return out;
}
