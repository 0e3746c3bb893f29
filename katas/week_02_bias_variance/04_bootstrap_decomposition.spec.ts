/**
 * Spec for kata 02.04 — Bias–variance without a known truth: the bootstrap.
 * Theory: theory/week_02_bias_variance.md#the-bootstrap-decomposition
 * Assumptions checked: B7 (the sample stands in for the population), B5 (squared error, the
 * identity expectedLoss = bias2 + variance), B1 and B2 (the noise the "bias" absorbs), B6
 * (seeded resampling reproduces the numbers).
 */
import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { leastSquaresFitter, type Fitter } from '../../helpers/fitters';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import { bootstrapBiasVariance } from './04_bootstrap_decomposition';

const SEED = 'kata-02.04';
/** fast-check's seed for the property specs: the same inputs on every run. */
const PROPERTY_SEED = 20204;
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const ANCHOR = 'theory: #the-bootstrap-decomposition';
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Runs a call the header allows; a refusal fails with `message` (a stub's NotImplementedError passes through). */
function allowed<T>(call: () => T, message: string): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof Error && error.name === 'NotImplementedError') throw error;
    throw new AssertionError({ message: `${message} (got ${String(error)})` });
  }
}

/** What a wrong variance in the hand example (expected 14/3) most likely did. */
function varianceHint(got: number): string {
  if (near(got, 7))
    return `variance 7 divides by rounds − 1; mlxtend divides by the number of rounds, which keeps expectedLoss = bias2 + variance exact (${ANCHOR})`;
  if (near(got, 17 / 3))
    return `variance 17/3 is the spread around the median: it uses the median of the rounds as the main prediction, mlxtend's choice for 0-1 loss; for loss="mse" the main prediction is their mean (${ANCHOR})`;
  return `variance should be the mean over test points and rounds of (ŷ − main prediction)², the main prediction the mean over rounds (${ANCHOR})`;
}

/** What a wrong bias² in the hand example (expected 14/3) most likely did. */
function bias2Hint(got: number): string {
  if (near(got, 4))
    return `bias2 = 4 is the square of the mean bias: mlxtend squares (main prediction − y) at each test point, then averages (${ANCHOR})`;
  if (near(got, 5 / 3))
    return `bias2 = 5/3 uses the median of the rounds as the main prediction; mlxtend uses the mean for loss="mse", which keeps expectedLoss = bias2 + variance exact (${ANCHOR})`;
  return `bias2 should be the mean over test points of (main prediction − y)², the main prediction the mean over rounds (${ANCHOR})`;
}

/** A fitter whose r-th fit predicts constants[r] everywhere, whatever its data: a hand-checkable model. */
function constantsFitter(constants: readonly number[]): Fitter {
  let call = 0;
  return () => {
    const value = constants[call % constants.length]!;
    call += 1;
    return (X) => X.map(() => value);
  };
}

const sine = (x: number): number => Math.sin(2 * Math.PI * x);

/** A seeded regression sample: x ~ U(0, 1), y = sin 2πx + σ·z; also returns the noise-free f(x). */
function sample(
  n: number,
  sigma: number,
  seed: string,
): { X: number[][]; y: number[]; truth: number[] } {
  const rng = createRng(seed);
  const x = Array.from({ length: n }, () => rng.uniform());
  const truth = x.map(sine);
  return { X: x.map((value) => [value]), y: truth.map((f) => f + sigma * rng.normal()), truth };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

describe('kata 02.04 bias–variance without a known truth: the bootstrap', () => {
  describe('definition', () => {
    it('matches a hand computation with mlxtend’s definitions: main prediction = mean over rounds', () => {
      // Three rounds predict the constants 1, 2 and 6; the test targets are 0, 1, 2.
      // Main prediction m = 3 everywhere. mlxtend, loss='mse':
      //   avg_expected_loss = mean of (ŷ − y)² = (2 + 5 + 77)/9 = 28/3,
      //   avg_bias = mean of (m − y)² = (9 + 4 + 1)/3 = 14/3,
      //   avg_var = mean of (ŷ − m)² = (4 + 1 + 9)/3 = 14/3.
      const result = bootstrapBiasVariance(
        constantsFitter([1, 2, 6]),
        [[0], [1]],
        [0, 1],
        [[0], [1], [2]],
        [0, 1, 2],
        { rounds: 3, seed: SEED },
      );
      expectClose(result.expectedLoss, 28 / 3, {
        ...EXACT,
        hint: `expectedLoss is the mean over test points and rounds of (ŷ − y)²: 28/3 here (${ANCHOR})`,
      });
      expectClose(result.variance, 14 / 3, { ...EXACT, hint: varianceHint(result.variance) });
      expectClose(result.bias2, 14 / 3, { ...EXACT, hint: bias2Hint(result.bias2) });
    });

    // B7: a bootstrap sample treats the n observed pairs as the population, drawn with replacement.
    it('each round refits on n (x, y) pairs drawn with replacement from the training set', () => {
      // The fraction of distinct rows in a bootstrap sample of size n has mean
      // 1 − (1 − 1/n)ⁿ ≈ 0.638 for n = 30 and variance Var(D)/n² with
      // Var(D) = n(n − 1)(1 − 2/n)ⁿ + n(1 − 1/n)ⁿ − n²(1 − 1/n)²ⁿ; 200 rounds, checked within 4 SE.
      const n = 30;
      const rounds = 200;
      const trainX = Array.from({ length: n }, (_, i) => [i]);
      const trainY = trainX.map(([i = 0]) => 100 + i); // pair check: y = 100 + x
      const samples: { X: number[][]; y: number[] }[] = [];
      const recorder: Fitter = (X, y) => {
        samples.push({ X, y });
        return (newX) => newX.map(() => 0);
      };
      bootstrapBiasVariance(recorder, trainX, trainY, [[0]], [0], { rounds, seed: SEED });
      expect(
        samples.length,
        `fit should be called once per round, ${rounds} times (got ${samples.length}) (${ANCHOR})`,
      ).toBe(rounds);
      const wrongSize = samples.find(({ X, y }) => X.length !== n || y.length !== n);
      expect(
        wrongSize && `${wrongSize.X.length} rows and ${wrongSize.y.length} targets`,
        `a bootstrap sample has the size of the training set, n = ${n} rows and targets (${ANCHOR})`,
      ).toBeUndefined();
      expect(
        samples.every(({ X, y }) => X.every(([x = -1], i) => y[i] === 100 + x)),
        `each bootstrap row must keep its own target: resample indices, not X and y separately (${ANCHOR})`,
      ).toBe(true);
      const fractions = samples.map(({ X }) => new Set(X.map(([x = -1]) => x)).size / n);
      const keep = (1 - 1 / n) ** n;
      const varianceOfCount = n * (n - 1) * (1 - 2 / n) ** n + n * keep - n * n * keep * keep;
      expectClose(mean(fractions), 1 - keep, {
        rtol: 0,
        atol: (4 * Math.sqrt(varianceOfCount)) / n / Math.sqrt(rounds),
        hint: 'a bootstrap sample draws n rows with replacement, so about 36.8% of the rows are left out of each round; all rows present means sampling without replacement (theory: #the-bootstrap-decomposition)',
      });
    });

    // B7: every observed pair, the last one included, is equally likely at every draw.
    it('every row, the last included, is drawn with probability 1/n (index counts within 5 SD)', () => {
      // n = 5 rows × 400 rounds = 2000 draws: each row's count is Binomial(2000, 1/5), mean 400
      // and SD √(2000·0.2·0.8) ≈ 17.9, checked within 5 SD (a correct draw fails with
      // probability below 1e-5 across the five rows). An index ⌊u·(n − 1)⌋ never reaches row 4
      // and draws the others 500 times; round(u·(n − 1)) draws the end rows 250 times.
      const n = 5;
      const rounds = 400;
      const counts = Array.from({ length: n }, () => 0);
      const recorder: Fitter = (X) => {
        X.forEach(([x = -1]) => (counts[x] = (counts[x] ?? 0) + 1));
        return (newX) => newX.map(() => 0);
      };
      const trainX = Array.from({ length: n }, (_, i) => [i]);
      bootstrapBiasVariance(recorder, trainX, [0, 1, 2, 3, 4], [[0]], [0], { rounds, seed: SEED });
      const expected = (n * rounds) / n;
      const sd = Math.sqrt(n * rounds * (1 / n) * (1 - 1 / n));
      expect(
        counts[n - 1],
        `the last training row was drawn ${counts[n - 1]} times in ${n * rounds} draws, expected ${expected} ± ${sd.toFixed(1)}: an index ⌊u·(n − 1)⌋ never picks row n − 1; an index uniform on 0 … n − 1 is ⌊u·n⌋, as rng.sampleIndicesWithReplacement(n) draws it (${ANCHOR})`,
      ).toBeGreaterThan(expected - 5 * sd);
      counts.forEach((count, row) =>
        expectClose(count, expected, {
          rtol: 0,
          atol: 5 * sd,
          hint: `row ${row} was drawn ${count} times in ${n * rounds} draws (counts by row: ${counts.join(', ')}), expected ${expected} ± ${sd.toFixed(1)} each: every row should have probability 1/n at every draw; too few at the ends suggests a rounded index round(u·(n − 1)) (${ANCHOR})`,
        }),
      );
    });

    it('the n draws of a round are independent: the number of distinct rows follows its exact distribution', () => {
      // n = 3: a round holds 1 distinct row with probability 3/27 = 1/9, 2 with 18/27 = 2/3 and
      // all 3 with 3!/27 = 2/9. Over 300 rounds each share has SD √(p(1 − p)/300) ≤ 0.028,
      // checked within 5 SD. A permutation per round (no replacement) always gives 3; one index
      // repeated n times always 1; an index that cannot reach the last row never 3.
      const rounds = 300;
      const distinct: number[] = [];
      const recorder: Fitter = (X) => {
        distinct.push(new Set(X.map(([x = -1]) => x)).size);
        return (newX) => newX.map(() => 0);
      };
      bootstrapBiasVariance(recorder, [[0], [1], [2]], [0, 1, 2], [[0]], [0], {
        rounds,
        seed: `${SEED}/distinct`,
      });
      const share = (k: number): number => distinct.filter((d) => d === k).length / rounds;
      const shares = [1, 2, 3].map(share);
      [1 / 9, 2 / 3, 2 / 9].forEach((p, k) =>
        expectClose(shares[k]!, p, {
          rtol: 0,
          atol: 5 * Math.sqrt((p * (1 - p)) / rounds),
          hint: `with n = 3 a round should hold ${k + 1} distinct row${k === 0 ? '' : 's'} with probability ${['1/9', '2/3', '2/9'][k]}, got ${shares[k]!.toFixed(3)} (shares of 1, 2, 3 distinct: ${shares.map((v) => v.toFixed(3)).join(', ')}): draw n indices independently and uniformly on 0 … n − 1, with replacement (${ANCHOR})`,
        }),
      );
    });

    it('user code cannot change the data: the fitter and the predictor get copies of the rows', () => {
      const trainX = [[0], [1], [2], [3]];
      const testX = [[0.5], [1.5]];
      const rows: number[] = [];
      const careless: Fitter = (X) => {
        rows.push(...X.map((row) => row[0] ?? Number.NaN));
        X.forEach((row) => (row[0] = 99));
        return (newX) =>
          newX.map((row) => {
            const value = row[0] ?? 0;
            row[0] = -99;
            return value;
          });
      };
      const result = bootstrapBiasVariance(careless, trainX, [0, 1, 2, 3], testX, [0.5, 1.5], {
        rounds: 5,
        seed: SEED,
      });
      const copies = `the header requires fresh copies: the fitter gets copies of its bootstrap rows and each predictor a copy of testX, so careless user code changes neither the caller's data nor a later round (${ANCHOR})`;
      const foreign = rows.find((x) => ![0, 1, 2, 3].includes(x));
      expect(
        foreign,
        `a round fitted on the row [${foreign}], which is not a training row: an earlier fitter wrote into the rows it was given. ${copies}`,
      ).toBeUndefined();
      expect(JSON.stringify(trainX), `the caller's trainX changed. ${copies}`).toBe(
        '[[0],[1],[2],[3]]',
      );
      expect(JSON.stringify(testX), `the caller's testX changed. ${copies}`).toBe('[[0.5],[1.5]]');
      // The predictor returned x itself, equal to the targets: no loss at all.
      expectClose(result.expectedLoss, 0, {
        ...EXACT,
        hint: `each predictor returned its test rows' x, equal to the targets, so the loss is 0 unless a predictor saw rows an earlier one had written into. ${copies}`,
      });
    });

    it('one round is allowed: variance 0 and bias2 = expectedLoss (hand computation)', () => {
      // One round predicting 5 everywhere, test targets 0, 1, 2: m = 5, bias2 = expectedLoss =
      // (25 + 16 + 9)/3 = 50/3, variance = 0 (divided by the number of rounds, 1).
      const trainY = [0, 1];
      const testY = [0, 1, 2];
      const result = allowed(
        () =>
          bootstrapBiasVariance(constantsFitter([5]), [[0], [1]], trainY, [[0], [1], [2]], testY, {
            rounds: 1,
            seed: SEED,
          }),
        `rounds = 1 was refused: rounds is an integer ≥ 1, and one round simply has variance 0 (${ANCHOR})`,
      );
      expectClose(result.variance, 0, {
        rtol: 0,
        atol: 0,
        hint: `one round has no spread: variance divides by the number of rounds; NaN or Infinity means it divided by rounds − 1 (${ANCHOR})`,
      });
      expectClose(result.bias2, 50 / 3, { ...EXACT, hint: bias2Hint(result.bias2) });
      expectClose(result.expectedLoss, 50 / 3, {
        ...EXACT,
        hint: `with one round expectedLoss = bias2 = 50/3 (${ANCHOR})`,
      });
      expect(
        JSON.stringify([trainY, testY]),
        'bootstrapBiasVariance changed the caller’s trainY or testY: inputs are read, never written',
      ).toBe('[[0,1],[0,1,2]]');
    });
  });

  describe('properties', () => {
    const train = sample(30, 0.3, `${SEED}/train`);
    const test = sample(40, 0.3, `${SEED}/test`);
    const cubic = leastSquaresFitter({ degree: 3 });

    // B5: the identity is a property of squared error with the mean as main prediction.
    it('expectedLoss = bias2 + variance exactly, up to rounding', () => {
      const result = bootstrapBiasVariance(cubic, train.X, train.y, test.X, test.y, {
        rounds: 100,
        seed: SEED,
      });
      expectClose(result.expectedLoss, result.bias2 + result.variance, {
        rtol: 1e-12,
        atol: 1e-14,
        hint: 'the identity needs the main prediction to be the mean over rounds and the variance divided by the number of rounds (theory: #the-bootstrap-decomposition)',
      });
      expect(
        result.variance,
        `the refits on different bootstrap samples should disagree: variance 0 means every round fitted the same rows (${ANCHOR})`,
      ).toBeGreaterThan(0);
    });

    // B6: the resampling is part of the procedure, seeded.
    it('the same seed gives the same numbers and a different seed different ones', () => {
      const run = (seed: string): ReturnType<typeof bootstrapBiasVariance> =>
        bootstrapBiasVariance(cubic, train.X, train.y, test.X, test.y, { rounds: 20, seed });
      expect(
        run(SEED),
        `the same seed gave different numbers: draw every round from createRng(seed), nothing from Math.random (theory: B6)`,
      ).toEqual(run(SEED));
      expect(
        run(`${SEED}/other`).variance,
        'a different seed gave the same variance: the seed must name the resampling stream (theory: B6)',
      ).not.toBe(run(SEED).variance);
    });

    it('the variance never looks at the test targets; the bias is measured against them', () => {
      // Same seed, so the same bootstrap refits: only bias2 and expectedLoss may move.
      const shifted = test.y.map((value) => value + 1);
      const original = bootstrapBiasVariance(cubic, train.X, train.y, test.X, test.y, {
        rounds: 30,
        seed: SEED,
      });
      const moved = bootstrapBiasVariance(cubic, train.X, train.y, test.X, shifted, {
        rounds: 30,
        seed: SEED,
      });
      expectClose(moved.variance, original.variance, {
        ...EXACT,
        hint: `the variance is the spread of the refits around their mean and never involves the test targets (${ANCHOR})`,
      });
      expect(
        moved.bias2,
        `bias2 did not move when every test target moved by 1: it should be measured against the test targets (${ANCHOR})`,
      ).not.toBeCloseTo(original.bias2, 3);
    });

    // B5: with the mean over rounds as main prediction and the variance divided by the number
    // of rounds, (1/R)Σ(ŷ − y)² = (m − y)² + (1/R)Σ(ŷ − m)² at every test point, whatever the data.
    it('expectedLoss = bias2 + variance for any data, polynomial fit and number of rounds (property, fast-check)', () => {
      const setting = fc.record({
        n: fc.integer({ min: 8, max: 30 }),
        m: fc.integer({ min: 1, max: 12 }),
        degree: fc.integer({ min: 0, max: 2 }),
        rounds: fc.integer({ min: 1, max: 15 }),
        sigma: fc.double({ min: 0, max: 2, noNaN: true }),
        offset: fc.double({ min: -100, max: 100, noNaN: true }),
        seed: fc.integer({ min: 0, max: 1e6 }),
      });
      assertProperty(
        fc.property(setting, ({ n, m, degree, rounds, sigma, offset, seed }) => {
          const train = sample(n, sigma, `${SEED}/property/${seed}/train`);
          const test = sample(m, sigma, `${SEED}/property/${seed}/test`);
          const shift = (y: number[]): number[] => y.map((value) => value + offset);
          // Degree ≤ 2 on n ≥ 8 distinct uniform x: a bootstrap sample with fewer than three
          // distinct rows is rare enough not to be drawn here; if it were, the fit would throw.
          const result = bootstrapBiasVariance(
            leastSquaresFitter({ degree }),
            train.X,
            shift(train.y),
            test.X,
            shift(test.y),
            { rounds, seed },
          );
          expectClose(result.expectedLoss, result.bias2 + result.variance, {
            rtol: 1e-10,
            atol: 1e-12,
            hint: `expectedLoss = bias2 + variance is exact only with the mean over rounds as main prediction and the variance divided by the number of rounds, not rounds − 1 (${ANCHOR})`,
          });
        }),
        { seed: PROPERTY_SEED, numRuns: 40 },
      );
    });
  });

  describe('diagnostics', () => {
    // B1 and B2: the test targets carry noise of variance σ², which the bootstrap "bias" absorbs.
    it('bias absorbs the noise: on pure-noise targets an unbiased model still shows bias2 ≈ σ²', () => {
      // y = σz with σ = 1 in training and test; the training mean is an unbiased estimate of
      // the true f ≡ 0, so the true bias² is 0. The main prediction m is one constant, so
      // bias2 = (m − ȳ_test)² + (population variance of testY) ≥ that variance, exactly; and
      // that variance is within 4·σ²·√(2/M) ≈ 0.18 of σ² = 1 for M = 500 test points.
      const rng = createRng(`${SEED}/pure-noise`);
      const trainY = rng.normalVector(50);
      const testY = rng.normalVector(500);
      const trainX = trainY.map(() => [0]);
      const testX = testY.map(() => [0]);
      const result = bootstrapBiasVariance(
        leastSquaresFitter({ degree: 0 }),
        trainX,
        trainY,
        testX,
        testY,
        { rounds: 50, seed: SEED },
      );
      const testMean = mean(testY);
      const populationVariance = mean(testY.map((value) => (value - testMean) ** 2));
      expect(
        result.bias2,
        'bias2 on pure noise should be at least the variance of the test targets: squaring the mean bias lets the noise cancel (theory: #the-bootstrap-decomposition)',
      ).toBeGreaterThanOrEqual(populationVariance * (1 - 1e-12));
      expectClose(result.bias2, 1, {
        rtol: 0,
        atol: 4 * Math.sqrt(2 / testY.length),
        hint: `on pure noise with σ = 1 the bootstrap bias2 should be about σ² = 1: it is measured against y (${ANCHOR})`,
      });
      // The spread of bootstrap means of 50 draws: about σ²/n = 0.02, tiny next to the "bias".
      expect(
        result.variance,
        `the bootstrap spread of the mean of 50 draws is about σ²/n = 0.02 (${ANCHOR})`,
      ).toBeLessThan(0.1);
    });

    it('with a known truth, bias2 against y exceeds bias2 against f(x) by σ² on average (within 4 SE)', () => {
      // bias2(y) − bias2(f) = mean(ε²) − 2·mean((m − f)ε) over M = 1000 test points, whose mean
      // is σ² = 0.25 and whose SE is √((2σ⁴ + 4σ²·mean((m − f)²))/M), both terms estimated here.
      const sigma = 0.5;
      const train = sample(40, sigma, `${SEED}/known-train`);
      const test = sample(1000, sigma, `${SEED}/known-test`);
      const fit = leastSquaresFitter({ degree: 3 });
      const options = { rounds: 40, seed: SEED };
      const againstTargets = bootstrapBiasVariance(fit, train.X, train.y, test.X, test.y, options);
      const againstTruth = bootstrapBiasVariance(
        fit,
        train.X,
        train.y,
        test.X,
        test.truth,
        options,
      );
      const standardError = Math.sqrt(
        (2 * sigma ** 4 + 4 * sigma ** 2 * againstTruth.bias2) / test.y.length,
      );
      expectClose(againstTargets.bias2 - againstTruth.bias2, sigma ** 2, {
        rtol: 0,
        atol: 4 * standardError,
        hint: 'the bootstrap "bias" is measured against the observed targets, so it carries the noise σ² (theory: #the-bootstrap-decomposition)',
      });
      expectClose(againstTargets.variance, againstTruth.variance, {
        ...EXACT,
        hint: `the variance never looks at the test targets: it must be the same against y and against f(x) (${ANCHOR})`,
      });
    });
  });

  describe('errors', () => {
    const name = 'bootstrapBiasVariance';
    const fit = leastSquaresFitter({ degree: 1 });
    const X = [[0], [1], [2], [3]];
    const y = [0, 1, 2, 3];
    const options = { rounds: 5, seed: SEED };

    it('rejects empty, mismatched or non-finite data and invalid options, naming bootstrapBiasVariance', () => {
      expectLabError(
        () => bootstrapBiasVariance(fit, [], [], X, y, options),
        EmptyInputError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(fit, X, [0, 1], X, y, options),
        ShapeMismatchError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(fit, X, y, X, [0, 1, 2], options),
        ShapeMismatchError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(fit, X, [0, 1, Number.NaN, 3], X, y, options),
        NonFiniteValueError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(fit, X, y, X, y, { rounds: 0, seed: SEED }),
        InvalidArgumentError,
        name,
      );
      for (const rounds of [1.5, -2, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
        expectLabError(
          () =>
            bootstrapBiasVariance(fit, X, y, X, y, {
              rounds: rounds as unknown as number,
              seed: SEED,
            }),
          InvalidArgumentError,
          name,
        );
      }
      expectLabError(
        () => bootstrapBiasVariance(fit, [[0], [1, 1], [2], [3]], y, X, y, options),
        ShapeMismatchError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(fit, X, y, X, [0, 1, Number.NaN, 3], options),
        NonFiniteValueError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(fit, X, y, [], [], options),
        EmptyInputError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(null as unknown as Fitter, X, y, X, y, options),
        InvalidArgumentError,
        name,
      );
    });

    it('rejects a predictor that returns the wrong number of values or a non-finite one', () => {
      const tooMany: Fitter = () => (newX) => [...newX.map(() => 0), 0];
      const infinite: Fitter = () => (newX) => newX.map(() => Number.POSITIVE_INFINITY);
      expectLabError(
        () => bootstrapBiasVariance(tooMany, X, y, X, y, options),
        ShapeMismatchError,
        name,
      );
      expectLabError(
        () => bootstrapBiasVariance(infinite, X, y, X, y, options),
        NonFiniteValueError,
        name,
      );
    });
  });
});
