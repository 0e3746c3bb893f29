/**
 * Seeded randomness: the only source of random numbers in the lab (nothing calls Math.random).
 * The same seed gives the same stream on every machine, so every spec, experiment and figure
 * is reproducible.
 *
 * The generator is seedrandom's Alea (fast, 2^116 period, good statistical quality for
 * simulation; not cryptographic). Normal draws use the Box–Muller transform, both halves of
 * each pair: z1 = sqrt(−2 ln u1)·cos(2π u2), z2 = sqrt(−2 ln u1)·sin(2π u2).
 */
import seedrandom from 'seedrandom';
import { InvalidArgumentError } from './errors';

/**
 * A seed is a finite number or a string. Anything else (NaN, ∞, undefined, an object, whose
 * text would be the same for every object) is refused in the name of `functionName`, the public
 * function that was called with it, so a learner sees their own call.
 */
export function checkSeed(functionName: string, seed: unknown, name = 'seed'): string | number {
  if (typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed))) return seed;
  const seen = typeof seed === 'number' ? String(seed) : seed === null ? 'null' : typeof seed;
  throw new InvalidArgumentError(
    functionName,
    `requires ${name} to be a finite number or a string (got ${seen})`,
  );
}

export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Uniform on [low, high). */
  uniformBetween(low: number, high: number): number;
  /** Standard normal N(0, 1), or N(mean, sd²) when given. */
  normal(mean?: number, sd?: number): number;
  /** `count` independent normal draws. */
  normalVector(count: number, mean?: number, sd?: number): number[];
  /** An integer uniform on [low, high], both ends included. */
  integer(low: number, high: number): number;
  /** A shuffled copy (Fisher–Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` indices drawn uniformly with replacement from 0 … size − 1 (a bootstrap sample). */
  sampleIndicesWithReplacement(size: number, count?: number): number[];
  /** `count` items drawn uniformly with replacement. */
  sampleWithReplacement<T>(items: readonly T[], count?: number): T[];
}

/** A generator seeded by `seed` (see checkSeed), refused in the name of `functionName`. */
export function createRng(seed: string | number, functionName = 'createRng', name = 'seed'): Rng {
  checkSeed(functionName, seed, name);
  const next = seedrandom.alea(String(seed));
  let spareNormal: number | undefined;

  const uniform = (): number => next();

  const standardNormal = (): number => {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  const integer = (low: number, high: number): number => {
    if (!Number.isInteger(low) || !Number.isInteger(high) || high < low) {
      throw new InvalidArgumentError(
        'integer',
        `requires integer bounds with low ≤ high (got ${low} and ${high})`,
      );
    }
    return low + Math.floor(uniform() * (high - low + 1));
  };

  const sampleIndicesWithReplacement = (size: number, count = size): number[] => {
    if (!Number.isInteger(size) || size < 1 || !Number.isInteger(count) || count < 0) {
      throw new InvalidArgumentError(
        'sampleIndicesWithReplacement',
        `requires a positive integer size and a non-negative integer count (got ${size} and ${count})`,
      );
    }
    return Array.from({ length: count }, () => Math.floor(uniform() * size));
  };

  return {
    uniform,
    uniformBetween: (low, high) => low + (high - low) * uniform(),
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
    normalVector: (count, mean = 0, sd = 1) =>
      Array.from({ length: count }, () => mean + sd * standardNormal()),
    integer,
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(uniform() * (i + 1));
        const held = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = held;
      }
      return copy;
    },
    sampleIndicesWithReplacement,
    sampleWithReplacement: <T>(items: readonly T[], count = items.length): T[] =>
      sampleIndicesWithReplacement(items.length, count).map((index) => items[index] as T),
  };
}
