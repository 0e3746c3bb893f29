/**
 * Spec for kata 02.03 — Bias–variance decomposition with a known truth.
 * Theory: theory/week_02_bias_variance.md#the-decomposition-with-a-known-truth
 * Assumptions checked: B1 and B2 (noise of mean 0 and variance σ², the noise term), B3 (a
 * fresh test target, the vanishing cross term), B4 (a fixed design), B5 (squared error, the
 * identity itself), B6 (a procedure that is a function of its data, so seeds reproduce it).
 */
import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { leastSquaresFitter } from '../../helpers/fitters';
import { createRng } from '../../helpers/random';
import { assertProperty, fc } from '../../helpers/properties';
import { biasVarianceDecomposition, type Fitter } from './03_bias_variance_decomposition';

const SEED = 'kata-02.03';
/** fast-check's seed for the property specs: the same inputs on every run. */
const PROPERTY_SEED = 20203;
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const ANCHOR = 'theory: #the-decomposition-with-a-known-truth';
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
    return `variance 7 means the spread was divided by R − 1; with R pinned as the population of replicates it divides by R, which is what makes the decomposition exact (${ANCHOR})`;
  return `variance should be the mean over x of (1/R)·Σ_r (ŷ_r(x) − f̄(x))², the spread of the R predictions around their own mean (${ANCHOR})`;
}

/** What a wrong bias² in the hand example (expected 14/3) most likely did. */
function bias2Hint(got: number): string {
  if (near(got, 4))
    return `bias2 = 4 is the square of the mean bias: square each point's bias (f̄(x) − f(x)) before averaging over x, or biases of opposite sign cancel (${ANCHOR})`;
  if ([2 / 3, 5 / 3, 77 / 3, 28 / 3].some((value) => near(got, value)))
    return `bias2 = ${Number(got.toPrecision(6))} looks like bias² from a single fit (one replicate's predictions, or each fit's squared error averaged): bias is f̄(x) − f(x) for the average prediction f̄ over all R replicates (${ANCHOR})`;
  return `bias2 should be the mean over x of (f̄(x) − f(x))², f̄ the mean of the R predictions (${ANCHOR})`;
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

const column = (values: readonly number[]): number[][] => values.map((value) => [value]);
const grid = (n: number, low: number, high: number): number[] =>
  Array.from({ length: n }, (_, i) => low + ((high - low) * i) / (n - 1));

/**
 * The m × n matrix W of a linear fitter: ŷ(testX) = W·y. Column i is the prediction after fitting
 * the i-th unit vector. Then Var ŷ(x) = σ²·‖row x of W‖², whatever the truth.
 */
function smootherWeights(fit: Fitter, trainX: number[][], testX: number[][]): number[][] {
  const columns = trainX.map((_, i) =>
    fit(
      trainX,
      trainX.map((__, k) => (k === i ? 1 : 0)),
    )(testX),
  );
  return testX.map((_, x) => columns.map((predictions) => predictions[x]!));
}

/** tr(WᵀW) and tr((WᵀW)²) = ‖WWᵀ‖²_F, the moments of the quadratic forms below. */
function traces(weights: number[][]): { first: number; second: number } {
  let first = 0;
  let second = 0;
  for (const a of weights) {
    for (const b of weights) {
      const dot = a.reduce((sum, value, k) => sum + value * b[k]!, 0);
      second += dot * dot;
    }
    first += a.reduce((sum, value) => sum + value * value, 0);
  }
  return { first, second };
}

describe('kata 02.03 bias–variance decomposition with a known truth', () => {
  describe('definition', () => {
    it('matches a hand computation: mean of squared biases, variance divided by R', () => {
      // f(x) = x at test points 0, 1, 2; three replicates predict the constants 1, 2 and 6.
      // f̄ = 3 everywhere, so the biases are 3, 2, 1: bias2 = (9 + 4 + 1)/3 = 14/3.
      // variance = ((1 − 3)² + (2 − 3)² + (6 − 3)²)/3 = 14/3 at every point.
      // Directly: mean of (ŷ − f)² over the 9 pairs = (2 + 5 + 77)/9 = 28/3 = 14/3 + 14/3.
      const trainX = [[0], [1]];
      const testX = [[0], [1], [2]];
      const result = biasVarianceDecomposition({
        trueFunction: ([x = 0]) => x,
        noiseSd: 0.5,
        trainX,
        testX,
        fit: constantsFitter([1, 2, 6]),
        replicates: 3,
        seed: SEED,
      });
      expect(
        JSON.stringify([trainX, testX]),
        'biasVarianceDecomposition changed the caller’s trainX or testX: inputs are read, never written',
      ).toBe('[[[0],[1]],[[0],[1],[2]]]');
      expectClose(result.variance, 14 / 3, { ...EXACT, hint: varianceHint(result.variance) });
      expectClose(result.bias2, 14 / 3, { ...EXACT, hint: bias2Hint(result.bias2) });
      expectClose(result.noise, 0.25, {
        ...EXACT,
        hint: `noise is σ² = noiseSd², the variance of a fresh test target, not its standard deviation (${ANCHOR})`,
      });
      expectClose(result.expectedTestMSE, 28 / 3 + 0.25, {
        ...EXACT,
        hint: `expectedTestMSE should be the mean over x and r of (ŷ_r(x) − f(x))², 28/3 here, plus noise = σ² = 0.25 (${ANCHOR})`,
      });
    });

    it('one replicate is allowed: variance 0, and bias2 is that fit’s squared error (hand computation)', () => {
      // R = 1, the fit predicts 5 everywhere, f(x) = x at 0, 1, 2: f̄ = 5, bias2 = (25 + 16 + 9)/3
      // = 50/3, variance = 0 (divisor R), noise = 1.5² = 2.25, expectedTestMSE = 50/3 + 2.25.
      const result = allowed(
        () =>
          biasVarianceDecomposition({
            trueFunction: ([x = 0]) => x,
            noiseSd: 1.5,
            trainX: [[0], [1]],
            testX: [[0], [1], [2]],
            fit: constantsFitter([5]),
            replicates: 1,
            seed: SEED,
          }),
        `replicates = 1 was refused: R is an integer ≥ 1 here, since with the divisor R one replicate has variance 0 and the identity still holds; nothing in this kata needs R ≥ 2 (${ANCHOR})`,
      );
      expectClose(result.variance, 0, {
        rtol: 0,
        atol: 0,
        hint: `with R = 1 the spread around f̄ divided by R is exactly 0; NaN or Infinity means it was divided by R − 1 (${ANCHOR})`,
      });
      expectClose(result.bias2, 50 / 3, { ...EXACT, hint: bias2Hint(result.bias2) });
      expectClose(result.noise, 2.25, {
        ...EXACT,
        hint: `noise is noiseSd² = 2.25; 1.5 is the standard deviation itself (${ANCHOR})`,
      });
      expectClose(result.expectedTestMSE, 50 / 3 + 2.25, {
        ...EXACT,
        hint: `expectedTestMSE = 50/3 + 2.25: the one fit's squared error plus the noise σ² (${ANCHOR})`,
      });
    });

    // B4: a fixed design, only the noise redrawn; B1 and B2: mean 0, variance σ².
    it('each replicate fits once on the same fixed design with fresh noise of standard deviation σ', () => {
      // R = 50 replicates × n = 40 rows = 2000 noise draws with σ = 2: SE(mean) ≈ 0.045 and
      // SE(variance) ≈ σ²√(2/2000) ≈ 0.13.
      const trainX = column(grid(40, 0, 1));
      const truth = (x: number): number => 3 - x;
      const calls: { X: number[][]; y: number[] }[] = [];
      const recorder: Fitter = (X, y) => {
        calls.push({ X: X.map((row) => row.slice()), y: y.slice() });
        return (newX) => newX.map(() => 0);
      };
      biasVarianceDecomposition({
        trueFunction: ([x = 0]) => truth(x),
        noiseSd: 2,
        trainX,
        testX: [[0.5]],
        fit: recorder,
        replicates: 50,
        seed: SEED,
      });
      expect(
        calls.length,
        `fit should be called once per replicate, R = 50 times (got ${calls.length}) (${ANCHOR})`,
      ).toBe(50);
      const moved = calls.findIndex((call) => JSON.stringify(call.X) !== JSON.stringify(trainX));
      expect(
        moved,
        `replicate ${moved} was fitted on other rows than trainX: a fixed design keeps the training inputs and redraws only the noise (theory: B4, ${ANCHOR})`,
      ).toBe(-1);
      expect(
        calls[0]?.y,
        `replicates 0 and 1 got the same targets: each replicate draws fresh noise, continuing one stream (${ANCHOR})`,
      ).not.toEqual(calls[1]?.y);
      // B6: one stream, createRng(seed), n standard normals per replicate in order (the header).
      const z = createRng(SEED).normalVector(80);
      calls.slice(0, 2).forEach((call, r) =>
        expectAllClose(
          call.y.map((y, i) => y - truth(i / 39)),
          z.slice(40 * r, 40 * (r + 1)).map((value) => 2 * value),
          {
            ...EXACT,
            hint: 'replicate r draws y_r = f + noiseSd·z from the one stream createRng(seed)',
          },
        ),
      );
      const noise = calls.flatMap((call) => call.y.map((y, i) => y - truth(i / 39)));
      const mean = noise.reduce((sum, value) => sum + value, 0) / noise.length;
      const variance =
        noise.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (noise.length - 1);
      expectClose(mean, 0, {
        rtol: 0,
        atol: (4 * 2) / Math.sqrt(noise.length),
        hint: `the training noise should have mean 0 (theory: B1)`,
      });
      expectClose(variance, 4, {
        rtol: 0,
        atol: 4 * 4 * Math.sqrt(2 / (noise.length - 1)),
        hint: 'the training noise should have variance noiseSd²: noiseSd is a standard deviation (theory: #assumptions)',
      });
    });

    it('without noise a deterministic fit has zero variance and all its error is bias', () => {
      // A line fitted to f(x) = x² on a symmetric grid: every replicate sees the same targets.
      const trainX = column(grid(9, -1, 1));
      const testX = column(grid(5, -1.5, 1.5));
      const fit = leastSquaresFitter({ degree: 1 });
      const line = fit(
        trainX,
        trainX.map(([x = 0]) => x * x),
      )(testX);
      const bias2 =
        line.reduce((sum, value, i) => sum + (value - (testX[i]?.[0] ?? 0) ** 2) ** 2, 0) /
        testX.length;
      const result = biasVarianceDecomposition({
        trueFunction: ([x = 0]) => x * x,
        noiseSd: 0,
        trainX,
        testX,
        fit,
        replicates: 5,
        seed: SEED,
      });
      expectClose(result.variance, 0, {
        rtol: 0,
        atol: 1e-20,
        hint: `every replicate sees the same noise-free targets, so a deterministic fit has variance 0 (${ANCHOR})`,
      });
      expectClose(result.noise, 0, { ...EXACT, hint: `noise = noiseSd² = 0 (${ANCHOR})` });
      expectClose(result.bias2, bias2, {
        rtol: 1e-10,
        atol: 1e-12,
        hint: `without noise bias2 is the squared error of the one line fitted to x², averaged over the test points (${ANCHOR})`,
      });
      expectClose(result.expectedTestMSE, bias2, {
        rtol: 1e-10,
        atol: 1e-12,
        hint: `without noise expectedTestMSE is all bias (${ANCHOR})`,
      });
    });
    // The header's rule: user code gets fresh copies of the rows, so careless code that writes
    // into what it is given changes neither the caller's arrays nor the next replicate.
    const COPIES = `the header requires fresh copies: trueFunction gets a copy of each row, fit a copy of trainX in every replicate and each predictor a copy of testX (${ANCHOR})`;
    const show = (rows: unknown): string => JSON.stringify(rows);

    it('the fitter gets a fresh copy of trainX in every replicate: one that writes into its rows changes nothing', () => {
      const trainX = [[0], [1], [2]];
      const seen: string[] = [];
      const careless: Fitter = (X) => {
        seen.push(show(X));
        X[0]![0] = 99; // writes into the first row it was given
        X.push([7]); // and into the list of rows
        return (rows) => rows.map(() => 0);
      };
      biasVarianceDecomposition({
        trueFunction: ([x = 0]) => x,
        noiseSd: 0,
        trainX,
        testX: [[0.5]],
        fit: careless,
        replicates: 3,
        seed: SEED,
      });
      seen.forEach((rows, r) =>
        expect(
          rows,
          `replicate ${r} fitted on ${rows}, not on trainX ${show(trainX)}: the fitter of an earlier replicate wrote into the rows, so the fitter was not given a fresh copy of trainX (rows included). ${COPIES}`,
        ).toBe('[[0],[1],[2]]'),
      );
      expect(
        show(trainX),
        `the caller's trainX changed: the fitter was given the caller's rows. ${COPIES}`,
      ).toBe('[[0],[1],[2]]');
    });

    it('each predictor gets a fresh copy of testX: one that writes into its rows changes nothing', () => {
      const testX = [[0.5], [1.5]];
      const seen: string[] = [];
      const careless: Fitter = () => (rows) => {
        seen.push(show(rows));
        return rows.map((row) => {
          const value = row[0] ?? 0;
          row[0] = -99; // careless: writes into the row it predicts
          return value;
        });
      };
      const result = biasVarianceDecomposition({
        trueFunction: ([x = 0]) => x,
        noiseSd: 0,
        trainX: [[0], [1], [2]],
        testX,
        fit: careless,
        replicates: 3,
        seed: SEED,
      });
      seen.forEach((rows, r) =>
        expect(
          rows,
          `replicate ${r} predicted ${rows}, not testX ${show(testX)}: an earlier predictor wrote into the rows, so it was not given a fresh copy of testX. ${COPIES}`,
        ).toBe('[[0.5],[1.5]]'),
      );
      expect(
        show(testX),
        `the caller's testX changed: the predictor was given the caller's rows. ${COPIES}`,
      ).toBe('[[0.5],[1.5]]');
      // The predictor returned x itself and the truth is x: no error at all.
      expectClose(result.expectedTestMSE, 0, { ...EXACT, hint: COPIES });
    });

    it('trueFunction gets a copy of each row: one that writes into its row changes neither the design nor the caller', () => {
      const trainX = [[0], [1], [2]];
      const testX = [[0.5], [1.5]];
      const fitted: string[] = [];
      const predicted: string[] = [];
      const recorder: Fitter = (X) => {
        fitted.push(show(X));
        return (rows) => {
          predicted.push(show(rows));
          return rows.map((row) => row[0] ?? 0);
        };
      };
      const result = biasVarianceDecomposition({
        trueFunction: (row) => {
          const value = row[0] ?? 0;
          row[0] = 42; // careless user code
          return value;
        },
        noiseSd: 0,
        trainX,
        testX,
        fit: recorder,
        replicates: 2,
        seed: SEED,
      });
      const message = (what: string, got: string): string =>
        `${what} ${got} after trueFunction wrote 42 into its row: trueFunction was given the experiment's rows, not a copy of each. ${COPIES}`;
      fitted.forEach((rows) => expect(rows, message('the fitter saw', rows)).toBe('[[0],[1],[2]]'));
      predicted.forEach((rows) =>
        expect(rows, message('the predictor saw', rows)).toBe('[[0.5],[1.5]]'),
      );
      expect(show(trainX), message("the caller's trainX became", show(trainX))).toBe(
        '[[0],[1],[2]]',
      );
      expect(show(testX), message("the caller's testX became", show(testX))).toBe('[[0.5],[1.5]]');
      expectClose(result.expectedTestMSE, 0, { ...EXACT, hint: COPIES });
    });
  });

  describe('properties', () => {
    const options = {
      trueFunction: ([x = 0]: number[]) => Math.sin(2 * Math.PI * x),
      noiseSd: 0.3,
      trainX: column(grid(15, 0, 1)),
      testX: column(grid(11, -0.1, 1.1)),
      fit: leastSquaresFitter({ degree: 3 }),
      replicates: 60,
    };

    // B5: the split is a property of squared error; B3: the cross term with fresh noise vanishes.
    it('expectedTestMSE = bias2 + variance + noise exactly, up to rounding', () => {
      const result = biasVarianceDecomposition({ ...options, seed: SEED });
      expectClose(result.expectedTestMSE, result.bias2 + result.variance + result.noise, {
        rtol: 1e-12,
        atol: 1e-14,
        hint: 'the identity (1/R)Σ(ŷ − f)² = (f̄ − f)² + (1/R)Σ(ŷ − f̄)² needs f̄ the mean over replicates and the variance divided by R (theory: #the-decomposition-with-a-known-truth)',
      });
      expectClose(result.noise, 0.09, {
        ...EXACT,
        hint: `noise = noiseSd² = 0.09; 0.3 is σ itself (${ANCHOR})`,
      });
    });

    // B6: a procedure that is a function of its training data, its randomness seeded.
    it('the same seed reproduces the numbers and a different seed changes them', () => {
      const small = { ...options, replicates: 10 };
      const first = biasVarianceDecomposition({ ...small, seed: SEED });
      expect(
        biasVarianceDecomposition({ ...small, seed: SEED }),
        `the same seed gave different numbers: draw every replicate's noise from createRng(seed), nothing from Math.random (theory: B6, ${ANCHOR})`,
      ).toEqual(first);
      expect(
        biasVarianceDecomposition({ ...small, seed: `${SEED}/other` }).variance,
        `a different seed gave the same variance: the seed must name the noise stream (theory: B6)`,
      ).not.toBe(first.variance);
    });

    it('for a linear fit the variance does not depend on the truth: same noise, same spread', () => {
      // ŷ_r − f̄ = W(ε_r − ε̄) for a linear smoother W, whatever f: only the bias sees the truth.
      const shared = { ...options, seed: SEED, fit: leastSquaresFitter({ degree: 1 }) };
      const linearTruth = biasVarianceDecomposition({
        ...shared,
        trueFunction: ([x = 0]) => 2 * x,
      });
      const curvedTruth = biasVarianceDecomposition(shared);
      expectClose(curvedTruth.variance, linearTruth.variance, {
        rtol: 1e-9,
        atol: 1e-14,
        hint: `a linear smoother's variance σ²‖W_x‖² does not involve the truth: the same seed must give the same spread for any f (${ANCHOR})`,
      });
      expect(
        curvedTruth.bias2,
        `a line through sin 2πx should be far more biased than a line through 2x; the bias must compare f̄ with the truth (${ANCHOR})`,
      ).toBeGreaterThan(100 * linearTruth.bias2);
    });

    // B5: (1/R)Σ(ŷ − f)² = (f̄ − f)² + (1/R)Σ(ŷ − f̄)² for any numbers, so the identity holds for
    // every truth, noise level, design, fitter and R, not only for the settings above.
    it('expectedTestMSE = bias2 + variance + noise for any truth, noise level, polynomial fit and R (property, fast-check)', () => {
      const setting = fc.record({
        coefficients: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
          minLength: 1,
          maxLength: 4,
        }),
        noiseSd: fc.double({ min: 0, max: 2, noNaN: true }),
        n: fc.integer({ min: 6, max: 15 }),
        degree: fc.integer({ min: 0, max: 3 }),
        replicates: fc.integer({ min: 1, max: 12 }),
        seed: fc.integer({ min: 0, max: 1e6 }),
      });
      assertProperty(
        fc.property(setting, ({ coefficients, noiseSd, n, degree, replicates, seed }) => {
          const result = biasVarianceDecomposition({
            trueFunction: ([x = 0]) => coefficients.reduceRight((sum, c) => sum * x + c, 0),
            noiseSd,
            trainX: column(grid(n, -1, 1)),
            testX: column(grid(7, -1.2, 1.2)),
            fit: leastSquaresFitter({ degree }),
            replicates,
            seed,
          });
          expectClose(result.noise, noiseSd ** 2, {
            rtol: 1e-12,
            atol: 0,
            hint: `noise is σ² = noiseSd² (${ANCHOR})`,
          });
          expectClose(result.expectedTestMSE, result.bias2 + result.variance + result.noise, {
            rtol: 1e-10,
            atol: 1e-12,
            hint: `expectedTestMSE = bias2 + variance + noise is exact only with f̄ the mean of the R predictions and the variance divided by R (not R − 1), and expectedTestMSE the mean over x and r of (ŷ_r(x) − f(x))² plus σ² (${ANCHOR})`,
          });
        }),
        { seed: PROPERTY_SEED, numRuns: 40 },
      );
    });
  });

  describe('diagnostics', () => {
    // Fixed design: n = 20 points evenly spaced in [−1, 1], σ = 1, R = 300 replicates.
    const sigma = 1;
    const replicates = 300;
    const trainX = column(grid(20, -1, 1));

    it('OLS with the correct model on its own design: bias² ≈ 0 and variance ≈ σ²p/n (Monte Carlo)', () => {
      // Truth 1 + x − 2x², a quadratic fit (p = 3), testX = trainX. Then f̄ − f = W·ε̄ with W the
      // hat matrix, so bias2 = ‖Wε̄‖²/m has mean σ²·tr(WᵀW)/(mR) = σ²p/(nR) = 5e-4 and SD
      // σ²·√(2·tr((WᵀW)²))/(mR); variance = Σ_r‖W(ε_r − ε̄)‖²/(mR) has mean
      // σ²·tr(WᵀW)·(R − 1)/(mR) = σ²(p/n)(R − 1)/R = 0.1495 and SD σ²·√(2(R − 1)·tr((WᵀW)²))/(mR)
      // ≈ 0.0071. Both are checked within 4 SD of these exact means.
      const fit = leastSquaresFitter({ degree: 2 });
      const { first, second } = traces(smootherWeights(fit, trainX, trainX));
      expectClose(first, 3, {
        rtol: 1e-10,
        atol: 0,
        hint: 'tr(H) = p = 3 for the quadratic fit: a check on the spec itself',
      }); // tr(H) = p: a check on the check
      const m = trainX.length;
      const result = biasVarianceDecomposition({
        trueFunction: ([x = 0]) => 1 + x - 2 * x * x,
        noiseSd: sigma,
        trainX,
        testX: trainX,
        fit,
        replicates,
        seed: `${SEED}/correct-model`,
      });
      expectClose(result.bias2, (sigma ** 2 * first) / (m * replicates), {
        rtol: 0,
        atol: (4 * sigma ** 2 * Math.sqrt(2 * second)) / (m * replicates),
        hint: 'a correct model has bias² ≈ 0 once the predictions are averaged over the replicates; a bias² near σ²p/n is what a single fit shows, its own noise mistaken for bias (theory: #the-decomposition-with-a-known-truth)',
      });
      expectClose(result.variance, ((sigma ** 2 * first) / m) * ((replicates - 1) / replicates), {
        rtol: 0,
        atol: (4 * sigma ** 2 * Math.sqrt(2 * (replicates - 1) * second)) / (m * replicates),
        hint: `a correct model's variance on its own design should be σ²p/n·(R − 1)/R, the hat matrix's trace over n (${ANCHOR})`,
      });
    });

    it('away from the design the variance is σ²·mean of x₀ᵀ(XᵀX)⁻¹x₀, and grows when extrapolating', () => {
      // Test points spread over [−1.5, 1.5], half of them outside the training range. Row x of
      // W holds the weights of ŷ(x) on y, so Var ŷ(x) = σ²‖W_x‖² = σ²·x₀ᵀ(XᵀX)⁻¹x₀; the estimate
      // has mean σ²·tr(WᵀW)(R − 1)/(mR) and SD σ²√(2(R − 1)tr((WᵀW)²))/(mR), checked within 4 SD.
      const fit = leastSquaresFitter({ degree: 2 });
      const testX = column(grid(13, -1.5, 1.5));
      const weights = smootherWeights(fit, trainX, testX);
      const { first, second } = traces(weights);
      const m = testX.length;
      const result = biasVarianceDecomposition({
        trueFunction: ([x = 0]) => 1 + x - 2 * x * x,
        noiseSd: sigma,
        trainX,
        testX,
        fit,
        replicates,
        seed: `${SEED}/extrapolation`,
      });
      expectClose(result.variance, ((sigma ** 2 * first) / m) * ((replicates - 1) / replicates), {
        rtol: 0,
        atol: (4 * sigma ** 2 * Math.sqrt(2 * (replicates - 1) * second)) / (m * replicates),
        hint: `the variance away from the design should be σ²·mean of x₀ᵀ(XᵀX)⁻¹x₀ times (R − 1)/R (${ANCHOR})`,
      });
      // Inside the design the average was σ²p/n = 0.15; over this wider range it is far larger.
      expect(
        result.variance,
        `the variance over test points reaching 1.5 beyond the design should exceed twice the in-design σ²p/n = 0.15 (${ANCHOR})`,
      ).toBeGreaterThan(2 * (3 / 20));
    });

    it('a model too simple for the truth has bias² = mean of (Hf − f)², not the square of the mean bias', () => {
      // A line fitted to f(x) = x² on its own design: b = Hf − f are the noise-free residuals,
      // which average to exactly 0 (the intercept), so the square of the mean bias would be ≈ 0.
      // bias2 = ‖b + Wε̄‖²/m has mean ‖b‖²/m + σ²tr(WᵀW)/(mR) and SD
      // √(4σ²‖Wᵀb‖²/R + 2σ⁴tr((WᵀW)²)/R²)/m.
      const fit = leastSquaresFitter({ degree: 1 });
      const weights = smootherWeights(fit, trainX, trainX);
      const { first, second } = traces(weights);
      const truth = trainX.map(([x = 0]) => x * x);
      const noiseFree = fit(trainX, truth)(trainX);
      const bias = noiseFree.map((value, i) => value - truth[i]!);
      const m = trainX.length;
      const weightedBias = trainX.map((_, k) =>
        weights.reduce((sum, row, x) => sum + row[k]! * bias[x]!, 0),
      );
      const meanSquaredBias = bias.reduce((sum, value) => sum + value * value, 0) / m;
      const sd =
        Math.sqrt(
          (4 * sigma ** 2 * weightedBias.reduce((sum, value) => sum + value * value, 0)) /
            replicates +
            (2 * sigma ** 4 * second) / replicates ** 2,
        ) / m;
      const result = biasVarianceDecomposition({
        trueFunction: ([x = 0]) => x * x,
        noiseSd: sigma,
        trainX,
        testX: trainX,
        fit,
        replicates,
        seed: `${SEED}/misspecified`,
      });
      expectClose(result.bias2, meanSquaredBias + (sigma ** 2 * first) / (m * replicates), {
        rtol: 0,
        atol: 4 * sd,
        hint: 'bias2 should average the squared bias over x; squaring the average bias lets the positive and negative biases of a line through a parabola cancel (theory: #the-decomposition-with-a-known-truth)',
      });
    });

    it('more capacity trades bias for variance: bias² falls and variance rises with the degree', () => {
      // sin 2πx on 20 points of [0, 1], σ = 0.3, degrees 1, 3, 5 on the design itself. In
      // expectation the in-sample bias ‖(I − H)f‖²/n falls and the variance σ²p/n rises for
      // nested models. R = 100 replicates estimate each variance to about 10% (one SD), against
      // steps of 50% or more between neighbouring degrees; the in-sample squared biases are about
      // 0.23, 0.006 and 0.00003, and the Var/R ≤ 3e-4 each estimate adds keeps them in order.
      const design = column(grid(20, 0, 1));
      const results = [1, 3, 5].map((degree) =>
        biasVarianceDecomposition({
          trueFunction: ([x = 0]) => Math.sin(2 * Math.PI * x),
          noiseSd: 0.3,
          trainX: design,
          testX: design,
          fit: leastSquaresFitter({ degree }),
          replicates: 100,
          seed: `${SEED}/capacity`,
        }),
      );
      const [low, middle, high] = results as [
        (typeof results)[number],
        (typeof results)[number],
        (typeof results)[number],
      ];
      const trend = `by degree 1, 3, 5: bias2 ${results.map((r) => r.bias2.toPrecision(3)).join(', ')}, variance ${results.map((r) => r.variance.toPrecision(3)).join(', ')}; bias² should fall and variance rise with capacity (${ANCHOR})`;
      expect(middle.bias2, trend).toBeLessThan(low.bias2);
      expect(high.bias2, trend).toBeLessThan(middle.bias2);
      expect(middle.variance, trend).toBeGreaterThan(low.variance);
      expect(high.variance, trend).toBeGreaterThan(middle.variance);
    });
  });

  describe('errors', () => {
    const valid = {
      trueFunction: ([x = 0]: number[]) => x,
      noiseSd: 1,
      trainX: [[0], [1], [2]],
      testX: [[1]],
      fit: leastSquaresFitter({ degree: 1 }),
      replicates: 5,
      seed: SEED,
    };
    const name = 'biasVarianceDecomposition';

    it('rejects invalid options with typed errors naming biasVarianceDecomposition', () => {
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, noiseSd: -0.1 }),
        InvalidArgumentError,
        name,
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, replicates: 0 }),
        InvalidArgumentError,
        name,
      );
      for (const replicates of [2.5, Number.NaN, Number.POSITIVE_INFINITY, -3, '3']) {
        expectLabError(
          () =>
            biasVarianceDecomposition({ ...valid, replicates: replicates as unknown as number }),
          InvalidArgumentError,
          name,
        );
      }
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, noiseSd: Number.POSITIVE_INFINITY }),
        InvalidArgumentError,
        name,
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, trainX: [[0], [1, 2], [2]] }),
        ShapeMismatchError,
        name,
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, testX: [] }),
        EmptyInputError,
        name,
      );
      const notAFitter = expectLabError(
        () => biasVarianceDecomposition({ ...valid, fit: 'ols' as unknown as Fitter }),
        InvalidArgumentError,
        name,
      );
      expect(notAFitter.message, 'the message names the option that is wrong').toContain('fit');
      const notATruth = expectLabError(
        () =>
          biasVarianceDecomposition({
            ...valid,
            trueFunction: 0 as unknown as (row: number[]) => number,
          }),
        InvalidArgumentError,
        name,
      );
      expect(notATruth.message, 'the message names the option that is wrong').toContain(
        'trueFunction',
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, trainX: [] }),
        EmptyInputError,
        name,
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, testX: [[Number.NaN]] }),
        NonFiniteValueError,
        name,
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, trueFunction: () => Number.POSITIVE_INFINITY }),
        NonFiniteValueError,
        name,
      );
    });

    it('rejects a predictor that returns the wrong number of values or a non-finite one', () => {
      const tooFew: Fitter = () => () => [];
      const notANumber: Fitter = () => (X) => X.map(() => Number.NaN);
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, fit: tooFew }),
        ShapeMismatchError,
        name,
      );
      expectLabError(
        () => biasVarianceDecomposition({ ...valid, fit: notANumber }),
        NonFiniteValueError,
        name,
      );
    });
  });
});
