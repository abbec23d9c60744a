/**
 * Seeded randomness for the demo city. mulberry32: tiny, fast, and the same sequence on every platform, which is what
 * byte-identical demo files need. Never Math.random.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: ReadonlyArray<T>): T;
  /** Normal by Box–Muller, for smooth year-to-year drift. */
  normal(mean: number, sd: number): number;
  /** Pareto with the given minimum and tail index: few large values, many small ones. */
  pareto(min: number, alpha: number): number;
  /** An independent stream derived from this one and a label, so adding draws in one place does not shift another. */
  fork(label: string): Rng;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the label, mixed with the parent seed. */
function hashLabel(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function createRng(seed: number): Rng {
  const draw = mulberry32(seed);
  const rng: Rng = {
    next: draw,
    int: (min, max) => min + Math.floor(draw() * (max - min + 1)),
    range: (min, max) => min + draw() * (max - min),
    chance: (probability) => draw() < probability,
    pick: <T>(items: ReadonlyArray<T>): T => {
      const item = items[Math.floor(draw() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    normal: (mean, sd) => {
      const u = Math.max(draw(), Number.EPSILON);
      const v = draw();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pareto: (min, alpha) => min / Math.pow(Math.max(1 - draw(), Number.EPSILON), 1 / alpha),
    fork: (label) => createRng(hashLabel(seed, label)),
  };
  return rng;
}
