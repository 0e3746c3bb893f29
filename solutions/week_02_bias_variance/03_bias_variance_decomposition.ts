/**
 * Kata 02.03 — Bias–variance decomposition with a known truth
 *
 * Hold the training inputs fixed, draw R training sets that differ only in their noise, refit
 * the same procedure on each, and look at the R predictions at every test point. Their mean
 * f̄(x) is what the procedure predicts on average; its distance from the truth f(x) is the bias,
 * their spread around f̄(x) is the variance, and a fresh test target adds the noise σ². Averaged
 * over the test points, the expected squared error splits exactly into bias² + variance + σ².
 * Bias and variance are properties of the *procedure* over training sets, so no single fit can
 * measure either.
 *
 * Theory: theory/week_02_bias_variance.md#the-decomposition-with-a-known-truth
 *
 * Implement `biasVarianceDecomposition({ trueFunction, noiseSd, trainX, testX, fit, replicates,
 * seed })`, with one stream `createRng(seed)` (helpers/random.ts):
 * - for r = 1 … R: draw y_r = f(trainX) + noiseSd·z (z standard normal, one per training row),
 *   call `fit(trainX, y_r)` once and its predictor once on testX, giving ŷ_r(x);
 * - f̄(x) = mean over r of ŷ_r(x);
 * - bias2 = mean over test x of (f̄(x) − f(x))²: the mean of the squared biases;
 * - variance = mean over test x of mean over r of (ŷ_r(x) − f̄(x))²: divided by R, not R − 1,
 *   because only then does (1/R)·Σ_r (ŷ_r − f)² = (f̄ − f)² + (1/R)·Σ_r (ŷ_r − f̄)² hold exactly;
 * - noise = noiseSd²;
 * - expectedTestMSE = mean over x and r of (ŷ_r(x) − f(x))² + noise, computed directly, so that
 *   expectedTestMSE = bias2 + variance + noise holds up to rounding.
 * R = `replicates` is an integer ≥ 1. R = 1 is allowed: with the divisor R one replicate has
 * variance 0 and bias2 equal to that fit's squared error, and the identity still holds (no
 * unbiased spread is estimated here, so nothing needs R ≥ 2).
 *
 * User code gets copies, never the arrays of the experiment: `trueFunction` receives a fresh
 * copy of each row, `fit` a fresh copy of trainX (rows included) in every replicate, and each
 * predictor a fresh copy of testX. A fitter, predictor or truth that writes into the rows it is
 * given then changes neither the caller's arrays nor the next replicate's design.
 * The `Fitter` type (helpers/fitters.ts) is re-exported here; `leastSquaresFitter({ degree })`
 * there builds an OLS polynomial fitter to experiment with.
 *
 * Errors, each message starting with `biasVarianceDecomposition`: empty or non-finite trainX or
 * testX (EmptyInputError, NonFiniteValueError), rows of different widths (ShapeMismatchError),
 * a negative or non-finite noiseSd, replicates that is not an integer ≥ 1, or fit or
 * trueFunction that is not a function (InvalidArgumentError), a trueFunction value or
 * prediction that is not finite (NonFiniteValueError), and a predictor that returns the wrong
 * number of values (ShapeMismatchError).
 *
 * @example
 * biasVarianceDecomposition({
 *   trueFunction: ([x = 0]) => Math.sin(2 * Math.PI * x),
 *   noiseSd: 0.3,
 *   trainX: grid, // e.g. 20 rows [x] evenly spaced in [0, 1]
 *   testX: grid,
 *   fit: leastSquaresFitter({ degree: 3 }),
 *   replicates: 200,
 *   seed: 'experiment-1',
 * }); // { bias2, variance, noise: 0.09, expectedTestMSE: bias2 + variance + 0.09 }
 */
import { InvalidArgumentError, NonFiniteValueError } from '../../helpers/errors';
import { checkPredictions, type Fitter } from '../../helpers/fitters';
import { createRng } from '../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  type MatrixInput,
  checkOptions,
  checkCount,
  LIMITS,
} from '../../helpers/validation';

export type { Fitter } from '../../helpers/fitters';

export interface BiasVarianceOptions {
  /** The true regression function f, evaluated on one row. */
  readonly trueFunction: (row: number[]) => number;
  /** σ, the standard deviation of the noise (not its variance). */
  readonly noiseSd: number;
  /** The fixed design: every replicate draws fresh noise on these rows. */
  readonly trainX: MatrixInput;
  readonly testX: MatrixInput;
  readonly fit: Fitter;
  /** R, the number of training sets. */
  readonly replicates: number;
  readonly seed: string | number;
}

export interface BiasVarianceDecomposition {
  /** Mean over test x of (f̄(x) − f(x))². */
  readonly bias2: number;
  /** Mean over test x of the spread of the R predictions around f̄(x), divided by R. */
  readonly variance: number;
  /** σ²: the error no model can remove. */
  readonly noise: number;
  /** Mean over x and r of (ŷ_r(x) − f(x))², plus σ². */
  readonly expectedTestMSE: number;
}

const NAME = 'biasVarianceDecomposition';

function checkFunction(name: string, value: unknown): void {
  if (typeof value !== 'function') {
    throw new InvalidArgumentError(NAME, `requires ${name} to be a function (got ${typeof value})`);
  }
}

function evaluateTruth(trueFunction: (row: number[]) => number, rows: number[][]): number[] {
  return rows.map((row, index) => {
    const value = trueFunction(row.slice());
    if (!Number.isFinite(value)) {
      throw new NonFiniteValueError(
        NAME,
        `requires trueFunction to return finite values (got ${value} at row ${index})`,
      );
    }
    return value;
  });
}

/**
 * The last call's record of predictions, kept for the next call. A fresh Float64Array of R × m
 * numbers is fresh memory, and its first write faults in every page: for the sweep's 500 × 200
 * record that cost more than storing the predictions. Taken while a call runs (a fitter may call
 * this function again), kept only up to SPARE_LIMIT numbers; every entry a call reads it writes
 * first.
 */
let spareRecord: Float64Array = new Float64Array(0);
const SPARE_LIMIT = 1 << 18;

function takeRecord(length: number): Float64Array {
  const record = spareRecord.length >= length ? spareRecord : new Float64Array(length);
  spareRecord = new Float64Array(0);
  return record;
}

export function biasVarianceDecomposition(options: BiasVarianceOptions): BiasVarianceDecomposition {
  const { trueFunction, fit, seed } = checkOptions(NAME, options);
  checkFunction('trueFunction', trueFunction);
  checkFunction('fit', fit);
  const noiseSd = checkNumber(NAME, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkCount(NAME, 'replicates', options.replicates, {
    min: 1,
    max: LIMITS.replicates,
  });
  const trainRows = checkMatrix(NAME, 'trainX', options.trainX);
  const testRows = checkMatrix(NAME, 'testX', options.testX);
  const trainTruth = evaluateTruth(trueFunction, trainRows);
  const testTruth = evaluateTruth(trueFunction, testRows);
  const m = testRows.length;
  const rng = createRng(seed, NAME);

  // predictions[r·m + i] = ŷ_r(x_i): the experiment's whole record, R × m numbers in one typed
  // array. Keeping each replicate's array alive instead made the garbage collector copy every
  // one of them, as long as the loop ran.
  const predictions = takeRecord(replicates * m);
  for (let r = 0; r < replicates; r += 1) {
    const y = trainTruth.map((f) => f + noiseSd * rng.normal());
    // Copies, so that a fitter that mutates its input cannot change the next replicate's design.
    const predictor = fit(
      trainRows.map((row) => row.slice()),
      y,
    );
    const predicted: unknown = predictor(testRows.map((row) => row.slice()));
    predictions.set(checkPredictions(NAME, predicted, m, `replicate ${r}`), r * m);
  }

  let bias2 = 0;
  let variance = 0;
  let meanSquaredError = 0;
  for (let i = 0; i < m; i += 1) {
    const truth = testTruth[i]!;
    let average = 0;
    for (let r = 0; r < replicates; r += 1) average += predictions[r * m + i]!;
    average /= replicates;
    let spread = 0;
    let squaredError = 0;
    for (let r = 0; r < replicates; r += 1) {
      const value = predictions[r * m + i]!;
      spread += (value - average) ** 2;
      squaredError += (value - truth) ** 2;
    }
    // Square each point's bias before averaging over x: (mean bias)² would let biases of
    // opposite sign cancel.
    bias2 += (average - truth) ** 2;
    // Divide by R (not R − 1): the convention under which the decomposition is an identity.
    variance += spread / replicates;
    meanSquaredError += squaredError / replicates;
  }
  if (predictions.length <= SPARE_LIMIT) spareRecord = predictions;
  const noise = noiseSd ** 2;
  return {
    bias2: bias2 / m,
    variance: variance / m,
    noise,
    expectedTestMSE: meanSquaredError / m + noise,
  };
}
