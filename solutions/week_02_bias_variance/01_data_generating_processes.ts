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
import { EmptyInputError, InvalidArgumentError, NonFiniteValueError } from '../../helpers/errors';
import { fitLeastSquares, powerOfTwoScaleOf } from '../../helpers/least_squares';
import { withInterceptColumn } from '../../helpers/linalg';
import { createRng, type Rng, checkSeed } from '../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
  checkOptions,
  checkCount,
  LIMITS,
  scaleBack,
} from '../../helpers/validation';

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

function checkFunction(functionName: string, name: string, value: unknown): void {
  if (typeof value !== 'function') {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be a function (got ${typeof value})`,
    );
  }
}

function checkSize(functionName: string, name: string, value: unknown): number {
  return checkCount(functionName, name, value, { min: 1, max: LIMITS.rows });
}

export function createDataGeneratingProcess(
  options: DataGeneratingProcessOptions,
): DataGeneratingProcess {
  const name = 'createDataGeneratingProcess';
  const { trueFunction, xDistribution } = checkOptions(name, options);
  checkFunction(name, 'trueFunction', trueFunction);
  if (xDistribution !== undefined) checkFunction(name, 'xDistribution', xDistribution);
  const noiseSd = checkNumber(name, 'noiseSd', options.noiseSd, { min: 0 });

  /** y = f(x) + σz for validated rows, with z from the given stream. */
  const respond = (functionName: string, rows: number[][], rng: Rng): DataSet => {
    const trueValues = rows.map((row, index) => {
      const value = trueFunction(row.slice());
      if (!Number.isFinite(value)) {
        throw new NonFiniteValueError(
          functionName,
          `requires trueFunction to return finite values (got ${value} at row ${index})`,
        );
      }
      return value;
    });
    // noiseSd multiplies a standard normal: it is a standard deviation, so Var(ε) = noiseSd².
    const y = trueValues.map((value) => value + noiseSd * rng.normal());
    return { X: rows, y, trueValues };
  };

  const drawRows = (functionName: string, n: number, rng: Rng): number[][] => {
    if (xDistribution === undefined) {
      throw new InvalidArgumentError(
        functionName,
        'requires an xDistribution for random-design sampling (got none)',
      );
    }
    const rows = Array.from({ length: n }, () => xDistribution(rng));
    // The distribution is user code: validate what it produced like any other design.
    return checkMatrix(functionName, 'rows drawn by xDistribution', rows);
  };

  const sampleRandomDesign = (functionName: string, n: number, seed: string | number): DataSet => {
    const size = checkSize(functionName, 'n', n);
    const rng = createRng(seed, functionName);
    return respond(functionName, drawRows(functionName, size, rng), rng);
  };

  return {
    noiseSd,
    sampleFixedDesign(X, seed) {
      const rows = checkMatrix('sampleFixedDesign', 'X', X);
      return respond('sampleFixedDesign', rows, createRng(seed, 'sampleFixedDesign'));
    },
    sampleRandomDesign(n, seed) {
      return sampleRandomDesign('sampleRandomDesign', n, seed);
    },
    sampleTrainAndTest(nTrain, nTest, seed) {
      const method = 'sampleTrainAndTest';
      checkSize(method, 'nTrain', nTrain);
      checkSize(method, 'nTest', nTest);
      checkSeed(method, seed);
      // Two named sub-streams of one seed: independent of each other, and the test stream does
      // not advance with the training size, so a learning curve scores every n on one test set.
      return {
        train: sampleRandomDesign(method, nTrain, `${String(seed)}/train`),
        test: sampleRandomDesign(method, nTest, `${String(seed)}/test`),
      };
    },
  };
}

export function estimateNoiseVariance(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): NoiseVarianceEstimate {
  const name = 'estimateNoiseVariance';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const design = (checkOptions(name, options).intercept ?? true) ? withInterceptColumn(rows) : rows;
  const n = design.length;
  // p counts every fitted coefficient, the intercept included: each one spends a degree of freedom.
  const parameters = design[0]!.length;
  if (n <= parameters) {
    throw new EmptyInputError(
      name,
      `requires more rows than fitted parameters to leave residual degrees of freedom (got ${n} rows and ${parameters} parameters)`,
    );
  }
  // Fitted in units of a power of two near |y|'s largest (exact): every estimate has y²'s
  // units, so at y near 10^±200 it is near 10^±400 and refused rather than returned as ∞ or 0.
  const yScale = powerOfTwoScaleOf(targets);
  const scaled = fitLeastSquares(
    name,
    design,
    targets.map((value) => value / yScale),
  ).rss;
  const inUnits = (value: number) => scaleBack(name, 'an estimate', value, yScale, yScale);
  // E[RSS] = σ²(n − p): the fit absorbs p dimensions of the noise, so RSS/n falls short of σ².
  return {
    rss: inUnits(scaled),
    parameters,
    unbiased: inUnits(scaled / (n - parameters)),
    maximumLikelihood: inUnits(scaled / n),
  };
}
