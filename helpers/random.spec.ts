import { mean, sampleKurtosis, sampleSkewness, sampleVariance } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { expectLabError } from './assertions';
import { InvalidArgumentError } from './errors';
import { createRng } from './random';
import { maxOf, minOf } from './validation';

const SEED = 'helpers-random';

describe('createRng: seeded randomness', () => {
  it('the same seed gives the same stream, a different seed a different one', () => {
    const draw = (seed: string | number): number[] => {
      const rng = createRng(seed);
      return [rng.uniform(), rng.normal(), rng.integer(1, 6), rng.uniform()];
    };
    expect(draw(SEED)).toEqual(draw(SEED));
    expect(draw(42)).toEqual(draw('42'));
    expect(draw(SEED)).not.toEqual(draw(`${SEED}-other`));
  });

  it('uniform draws lie in [0, 1) with mean 1/2 and variance 1/12 (within 4 standard errors)', () => {
    const rng = createRng(SEED);
    const draws = Array.from({ length: 20000 }, () => rng.uniform());
    // simple-statistics as the independent oracle for the sample moments (variance with n − 1).
    expect(minOf(draws)).toBeGreaterThanOrEqual(0);
    expect(maxOf(draws)).toBeLessThan(1);
    // SE of the mean: sqrt(1/12 / 20000) ≈ 0.0020; SE of the variance: sqrt(1/180 / 20000) ≈ 0.00053.
    expect(Math.abs(mean(draws) - 0.5), 'mean of uniform draws').toBeLessThan(4 * 0.002);
    expect(Math.abs(sampleVariance(draws) - 1 / 12), 'variance').toBeLessThan(4 * 0.00053);
  });

  it('normal draws have the requested mean and standard deviation and normal tails', () => {
    const rng = createRng(SEED);
    const draws = rng.normalVector(20000, 3, 2);
    // SE of the mean 2/sqrt(20000) ≈ 0.014; SE of the variance σ²·sqrt(2/(n−1)) ≈ 0.040.
    expect(Math.abs(mean(draws) - 3), 'mean of normal draws').toBeLessThan(4 * 0.0142);
    expect(Math.abs(sampleVariance(draws) - 4), 'variance').toBeLessThan(4 * 0.04);
    // Symmetric, normal tails: skewness 0 (SE sqrt(6/n) ≈ 0.017), excess kurtosis 0 (SE sqrt(24/n) ≈ 0.035).
    expect(Math.abs(sampleSkewness(draws)), 'skewness').toBeLessThan(4 * 0.017);
    expect(Math.abs(sampleKurtosis(draws)), 'excess kurtosis').toBeLessThan(4 * 0.035);
    // P(|Z| > 1.96) = 0.05; binomial SE sqrt(0.05·0.95/20000) ≈ 0.0015.
    const beyond = draws.filter((v) => Math.abs(v - 3) > 1.96 * 2).length / draws.length;
    expect(Math.abs(beyond - 0.05)).toBeLessThan(4 * 0.0015);
  });

  it('integers cover both ends of their range and nothing outside it', () => {
    const rng = createRng(SEED);
    const seen = new Set(Array.from({ length: 600 }, () => rng.integer(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRng(SEED).shuffle(items);
    expect(items).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('sampling with replacement draws valid indices and repeats some of them', () => {
    const rng = createRng(SEED);
    const indices = rng.sampleIndicesWithReplacement(100);
    expect(indices).toHaveLength(100);
    expect(indices.every((i) => Number.isInteger(i) && i >= 0 && i < 100)).toBe(true);
    // A bootstrap sample holds about 1 − 1/e ≈ 63% distinct rows.
    expect(new Set(indices).size).toBeLessThan(80);
    expect(rng.sampleWithReplacement(['a', 'b'], 5)).toHaveLength(5);
  });

  it('bad arguments throw InvalidArgumentError naming the method', () => {
    const rng = createRng(SEED);
    expectLabError(() => rng.integer(3, 1), InvalidArgumentError, 'integer');
    expectLabError(
      () => rng.sampleIndicesWithReplacement(0),
      InvalidArgumentError,
      'sampleIndicesWithReplacement',
    );
    expectLabError(() => createRng(Number.NaN), InvalidArgumentError, 'createRng');
  });
});

describe('createRng seeds (issue 18)', () => {
  it('refuses seeds that are not a finite number or a string, in the caller name', () => {
    for (const seed of [Number.NaN, Infinity, undefined, null, {}, [], true]) {
      expectLabError(
        () => createRng(seed as never, 'sampleTrainAndTest'),
        InvalidArgumentError,
        'sampleTrainAndTest',
      );
    }
    expectLabError(() => createRng(Number.NaN), InvalidArgumentError, 'createRng');
    expect(createRng('a').uniform()).toBe(createRng('a').uniform());
  });
});
