/**
 * Kata 02.01 — Data-generating processes
 *
 * Generalisation can only be measured against a truth, so every experiment in this module
 * starts from a data-generating process we wrote ourselves: y = f(x) + ε with a known function
 * f and Gaussian noise of standard deviation σ. In a *fixed design* the inputs x are held fixed
 * and only the noise is redrawn; in a *random design* x is drawn afresh too. Seeds make every
 * training set reproducible, and a held-out test set drawn independently of the training set
 * is what makes its error an honest estimate. The first thing a known truth lets us check is
 * how much of the training error is noise: RSS/(n − p) estimates σ² without bias, RSS/n does not.
 *
 * Theory: theory/week_02_bias_variance.md#data-generating-processes
 *
 * Implement:
 * - `createDataGeneratingProcess({ trueFunction, noiseSd, xDistribution? })`, returning:
 *   - `noiseSd`: σ as given (the standard deviation, not the variance);
 *   - `sampleFixedDesign(X, seed)`: a copy of the rows X, trueValues = f(row) for each row and
 *     y = f(row) + noiseSd·z with z standard normal, drawn from `createRng(seed)`, the i-th
 *     normal for the i-th row;
 *   - `sampleRandomDesign(n, seed)`: from `createRng(seed)`, first the n rows, by calling
 *     `xDistribution(rng)` once per row, then one standard normal per row in row order for y
 *     as above;
 *   - `sampleTrainAndTest(nTrain, nTest, seed)`: two random-design samples drawn from
 *     independent streams, the test set depending on the seed alone (not on nTrain), so that
 *     experiments varying the training size score every size on the same test set. The
 *     streams are named from the seed: train = sampleRandomDesign(nTrain, `${seed}/train`) and
 *     test = sampleRandomDesign(nTest, `${seed}/test`), so anyone can rebuild either set.
 *   The same seed gives the same data; different seeds give different data. trueFunction gets
 *   a copy of each row, so user code that writes into its argument changes no returned X.
 * - `estimateNoiseVariance(X, y, { intercept = true })`: fit y on X by least squares (with the
 *   constant column when intercept is true; helpers/least_squares.ts `fitLeastSquares`) and
 *   return the RSS, the number of fitted parameters p (intercept included), the unbiased
 *   estimate RSS/(n − p) and the maximum-likelihood estimate RSS/n.
 *
 * Errors (helpers/validation.ts has the checks), each message starting with the name of the
 * function or method called: a negative or non-finite noiseSd, or a trueFunction or
 * xDistribution that is not a function, throws InvalidArgumentError from
 * createDataGeneratingProcess; a sampling method given an empty design throws EmptyInputError,
 * NaN or ±Infinity in X (or from trueFunction or xDistribution) NonFiniteValueError, a
 * non-integer or non-positive size InvalidArgumentError, a seed that is neither a string nor a
 * finite number InvalidArgumentError, rows of different widths ShapeMismatchError, and
 * sampleRandomDesign or sampleTrainAndTest without an xDistribution InvalidArgumentError. estimateNoiseVariance throws ShapeMismatchError for mismatched X and y,
 * EmptyInputError when n ≤ p (no residual degrees of freedom), RankDeficiencyError for a
 * rank-deficient design, and NonFiniteValueError saying the data overflow when an estimate
 * leaves double precision (y near 10^±200 gives an RSS near 10^±400: never ∞ or a false 0).
 *
 * @example
 * const dgp = createDataGeneratingProcess({
 *   trueFunction: ([x = 0]) => Math.sin(2 * Math.PI * x),
 *   noiseSd: 0.3,
 *   xDistribution: (rng) => [rng.uniform()],
 * });
 * const { X, y, trueValues } = dgp.sampleFixedDesign([[0], [0.25], [0.5]], 'seed-1');
 * // X = [[0], [0.25], [0.5]], trueValues ≈ [0, 1, 0], y = trueValues + noise
 * estimateNoiseVariance([[0], [1], [2], [3]], [1, 2, 2, 4]);
 * // { rss: 0.7, parameters: 2, unbiased: 0.35, maximumLikelihood: 0.175 }
 */
import { NotImplementedError } from '../../helpers/errors';
import type { Rng } from '../../helpers/random';
import type { MatrixInput } from '../../helpers/validation';

/** One draw from a data-generating process. */
export interface DataSet {
  /** The inputs, one row per observation (no constant column). */
  readonly X: number[][];
  /** The observed targets y = f(x) + ε. */
  readonly y: number[];
  /** f(x) for each row: the part of y a perfect model would predict; y − trueValues is the noise. */
  readonly trueValues: number[];
}

export interface DataGeneratingProcessOptions {
  /** The true regression function f, evaluated on one row of inputs. */
  readonly trueFunction: (row: number[]) => number;
  /** σ, the standard deviation of the additive Gaussian noise (not its variance). */
  readonly noiseSd: number;
  /** Draws one row of inputs; needed only for random-design sampling. */
  readonly xDistribution?: (rng: Rng) => number[];
}

export interface DataGeneratingProcess {
  readonly noiseSd: number;
  /** Fixed design: the rows X as given, fresh noise. */
  sampleFixedDesign(X: MatrixInput, seed: string | number): DataSet;
  /** Random design: n fresh rows from xDistribution, fresh noise. */
  sampleRandomDesign(n: number, seed: string | number): DataSet;
  /** Independent training and test samples; the test set depends on the seed alone. */
  sampleTrainAndTest(
    nTrain: number,
    nTest: number,
    seed: string | number,
  ): { train: DataSet; test: DataSet };
}

export interface NoiseVarianceEstimate {
  /** Residual sum of squares of the least-squares fit. */
  readonly rss: number;
  /** Number of fitted coefficients p, the intercept included. */
  readonly parameters: number;
  /** RSS/(n − p): unbiased for σ² when the model contains the truth. */
  readonly unbiased: number;
  /** RSS/n: the Gaussian maximum-likelihood estimate, biased down by the factor (n − p)/n. */
  readonly maximumLikelihood: number;
}

export function createDataGeneratingProcess(
  options: DataGeneratingProcessOptions,
): DataGeneratingProcess {
  // TODO: validate the options, then return an object whose three methods draw from
  // createRng(seed) (helpers/random.ts): rows (given, or from xDistribution), f(row) for each,
  // and y = f(row) + noiseSd · a standard normal draw. Give the test set its own stream.
  throw new NotImplementedError('02.01', 'createDataGeneratingProcess');
}

export function estimateNoiseVariance(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): NoiseVarianceEstimate {
  // TODO: least squares (fitLeastSquares from helpers/least_squares.ts, with the constant column
  // from withInterceptColumn in helpers/linalg.ts), then RSS over n − p and over n.
  throw new NotImplementedError('02.01', 'estimateNoiseVariance');
}
