/**
 * Kata 02.06 — Ridge regression
 *
 * Ridge regression trades a little bias for a lot of variance: it minimises
 * ‖y − b − Xw‖² + λ‖w‖², shrinking the slopes towards zero while leaving the intercept free.
 * One number, λ, moves the model continuously from least squares (λ = 0) to the mean of y
 * (λ → ∞); its effective degrees of freedom Σ d²/(d² + λ) fall smoothly from p to 0. Along the
 * way bias² rises, variance falls, and test error bottoms out at an interior λ.
 *
 * Theory: theory/week_02_bias_variance.md#ridge-regression
 *
 * Implement (no function modifies its arguments; ε is Number.EPSILON):
 * - `fitRidge(X, y, lambda, { intercept = true })`: with an intercept, centre X and y on their
 *   training means, solve (XcᵀXc + λI)w = Xcᵀyc, and set b = ȳ − x̄ᵀw, so the intercept is
 *   never penalised. No 1/n factor in front of the squared error (scikit-learn's `alpha`;
 *   glmnet's λ is s·λ/n, s² = Σ(yᵢ − ȳ)²/n, see the theory), and X is not standardised
 *   inside (standardising is the caller's decision). λ = 0 gives OLS. Without an intercept, b = 0 and nothing is
 *   centred. `effectiveDegreesOfFreedom` is the trace of the smoother that maps y to the fitted
 *   values: Σ d²/(d² + λ) over the singular values d of the design (centred when there is an
 *   intercept, as given when there is none), plus 1 for the intercept when there is one.
 *   A singular value d ≤ max(n, p)·ε·d₁ (d₁ the largest; numpy lstsq's rule) counts as zero
 *   and contributes 0, so at λ = 0 the sum is the rank. `predict(X)` checks its rows as the
 *   fit does and needs the training width.
 * - `ridgeEffectiveDegreesOfFreedom(X, lambda)`: Σ d²/(d² + λ) over the singular values of
 *   column-centred X, with the same cut-off; the intercept is not counted (so it is fitRidge's
 *   value minus 1).
 * - `ridgePath(X, y, lambdas, { intercept = true })`: one entry per λ (in the order given)
 *   with the fit's intercept, coefficients, their Euclidean norm and the effective degrees of
 *   freedom, as fitRidge gives them.
 * - `ridgeBiasVariance({ trueFunction, noiseSd, trainX, testX, lambdas, replicates, seed })`:
 *   the controlled experiment on a fixed design, always with an intercept. Draw `replicates`
 *   noise vectors once (from `createRng(seed)`), form y = f(trainX) + noise, and fit every λ on
 *   the *same* replicates, so that λ is the only thing that changes. `trueFunction` is called
 *   with a fresh copy of each row (it may write into it; trainX and testX stay as they were).
 *   One point per λ, in the order given, with ŷ_r(x) the prediction of replicate r and f̄(x) their
 *   mean: bias2 = mean over test x of (f̄(x) − f(x))², variance = mean over x of mean over r of
 *   (ŷ_r(x) − f̄(x))² (divides by R), noise = noiseSd², and expectedTestMSE = mean over x and r of
 *   (ŷ_r(x) − f(x))² + noise, which equals bias2 + variance + noise. Refitting R times per λ works;
 *   since ridge predictions are linear in y, the n fits to the unit vectors e_i (or one SVD of the
 *   centred design) give every replicate at once. `replicates` is an integer ≥ 2:
 *   with one replicate the variance is 0 by construction and bias² swallows it, so the
 *   comparison between λs that this experiment exists for would say nothing (kata 02.03 admits
 *   R = 1 as a degenerate single fit; here it is refused).
 *
 * Errors: EmptyInputError, ShapeMismatchError (ragged rows, mismatched lengths, test rows of
 * another width) and NonFiniteValueError for bad data (a non-finite `trueFunction` value too); InvalidArgumentError for a negative or
 * non-finite λ, `lambdas` that is not an array of numbers, a negative noiseSd, or
 * `replicates` that is not an integer ≥ 2; RankDeficiencyError (from
 * helpers/least_squares.ts) when λ = 0 and the design the penalty sees is rank deficient
 * (collinear columns; with an intercept also a constant column, which centring turns into
 * zeros, or as many columns as rows), since OLS then has no unique answer. Messages start with
 * the name of the function called; the returned `predict` reports its own errors as `predict`.
 *
 * @example
 * // Orthonormal centred columns: ridge divides the OLS slopes by 1 + λ.
 * const X = [[0.5, 0.5], [-0.5, 0.5], [0.5, -0.5], [-0.5, -0.5]];
 * fitRidge(X, [1, 2, 3, 5], 1).coefficients; // [-0.75, -1.25]  (OLS: [-1.5, -2.5])
 * fitRidge(X, [1, 2, 3, 5], 1).intercept; // 2.75, the mean of y
 */
import { ShapeMismatchError } from '../../helpers/errors';
import type { Matrix } from '../../helpers/fitters';
import { withLazyFields } from '../../helpers/lazy_fields';
import { leastSquaresColumns } from '../../helpers/least_squares';
import { columnMeans, singularValues } from '../../helpers/linalg';
import { Matrix as MlMatrix, SingularValueDecomposition } from 'ml-matrix';
import { createRng } from '../../helpers/random';
import {
  checkMatrix,
  checkRows,
  checkNumber,
  checkSameLength,
  checkVector,
  normOf,
  checkOptions,
  checkFunction,
  checkCount,
  LIMITS,
} from '../../helpers/validation';

export interface RidgeFit {
  /** b; 0 when the fit has no intercept. */
  readonly intercept: number;
  /** w, one per column of X (predictors only). */
  readonly coefficients: number[];
  /** Trace of the smoother y ↦ ŷ, the intercept counted as 1 when there is one. */
  readonly effectiveDegreesOfFreedom: number;
  predict(X: Matrix): number[];
}

export interface RidgePathPoint {
  readonly lambda: number;
  readonly intercept: number;
  readonly coefficients: number[];
  /** ‖w‖₂. */
  readonly coefficientNorm: number;
  readonly effectiveDegreesOfFreedom: number;
}

export interface RidgeBiasVarianceOptions {
  readonly trueFunction: (row: number[]) => number;
  readonly noiseSd: number;
  /** Fixed design: every replicate draws fresh noise on these rows. */
  readonly trainX: Matrix;
  readonly testX: Matrix;
  readonly lambdas: readonly number[];
  readonly replicates: number;
  readonly seed: string | number;
}

export interface RidgeBiasVariancePoint {
  readonly lambda: number;
  readonly bias2: number;
  readonly variance: number;
  readonly noise: number;
  readonly expectedTestMSE: number;
}

function checkLambda(functionName: string, lambda: unknown): number {
  return checkNumber(functionName, 'lambda', lambda, { min: 0 });
}

/**
 * Σ d²/(d² + λ) over the singular values d (largest first) of an n × p design; a d at or below
 * max(n, p)·ε·d₁ counts as zero and contributes 0, not 0/0.
 */
function shrinkageTrace(d: readonly number[], n: number, p: number, lambda: number): number {
  const cutoff = Math.max(n, p) * Number.EPSILON * (d[0] ?? 0);
  return d.reduce((sum, value) => {
    if (value <= cutoff) return sum;
    return sum + (value * value) / (value * value + lambda);
  }, 0);
}

interface RidgeSolution {
  readonly intercept: number;
  readonly coefficients: number[];
  /**
   * R of the design the solver factorised (the centred rows, or the rows themselves without an
   * intercept, with √λ·I below them when λ > 0), row-major p × p: its singular values are
   * √(d² + λ) for the singular values d of the design the penalty sees. A p × p snapshot for the
   * lazy degrees of freedom, where a copy of the n × p design cost more than the fit.
   */
  readonly triangle: readonly number[];
  readonly rows: number;
  readonly columns: number;
}

const buffers = new Map<number, Float64Array>();

/** A Float64Array of exactly `length` entries, reused from fit to fit (large ones are not kept). */
function designBuffer(length: number): Float64Array {
  if (length > 1 << 16) return new Float64Array(length);
  let buffer = buffers.get(length);
  if (buffer === undefined) {
    buffer = new Float64Array(length);
    buffers.set(length, buffer);
  }
  return buffer;
}

/**
 * Σ d²/(d² + λ) from the snapshot of R: the singular values s of R are √(d² + λ), so
 * d = √(s² − λ), with the cut-off of the design itself.
 */
function solutionTrace(solution: RidgeSolution, lambda: number): number {
  const { triangle, rows: n, columns: p } = solution;
  const r = Array.from({ length: p }, (_, i) => triangle.slice(i * p, (i + 1) * p));
  const d = singularValues(r).map((s) => Math.sqrt(Math.max(s * s - lambda, 0)));
  return shrinkageTrace(d, n, p, lambda);
}

/** Ridge on already validated rows; `name` is the public function reporting errors. */
function solveRidge(
  name: string,
  rows: readonly (readonly number[])[],
  targets: readonly number[],
  lambda: number,
  intercept: boolean,
): RidgeSolution {
  const n = rows.length;
  const p = rows[0]!.length;
  // λ‖w‖² is the squared error of √λ·I·w against 0: ridge is least squares on p extra rows.
  // Solving that by QR never forms XᵀX, and for λ > 0 the augmented design has full rank. At
  // λ = 0 the extra rows would be zeros, so OLS (and its rank check) runs on Xc alone.
  const height = lambda > 0 ? n + p : n;
  // Column-major, as leastSquaresColumns takes it. It keeps no reference to this array, so one
  // array serves every fit: a fresh Float64Array costs microseconds, like the fit itself.
  const design = designBuffer(height * p);
  // The rows copied in, column sums taken on the way (row by row, as columnMeans sums them).
  const means = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i]!;
    for (let j = 0; j < p; j += 1) {
      const value = row[j]!;
      design[i + j * height] = value;
      means[j] = means[j]! + value;
    }
  }
  // Centring removes the intercept from the problem: for any w the best b is ȳ − x̄ᵀw, and
  // substituting it leaves ‖yc − Xc w‖² + λ‖w‖², in which b does not appear, so it is never
  // penalised.
  let yMean = 0;
  if (intercept) {
    for (let j = 0; j < p; j += 1) {
      const mean = means[j]! / n;
      means[j] = mean;
      for (let i = j * height; i < j * height + n; i += 1) design[i] = design[i]! - mean;
    }
    for (const value of targets) yMean += value;
    yMean /= n;
  }
  const response = new Array<number>(height).fill(0);
  for (let i = 0; i < n; i += 1) response[i] = targets[i]! - yMean;
  if (lambda > 0) {
    const root = Math.sqrt(lambda);
    // The buffer holds the previous fit's numbers: every penalty entry is written, zeros too.
    for (let j = 0; j < p; j += 1)
      for (let k = 0; k < p; k += 1) design[n + k + j * height] = k === j ? root : 0;
  }
  const { coefficients, triangle } = leastSquaresColumns(name, design, height, response);
  let b = 0;
  if (intercept) {
    b = yMean;
    for (let j = 0; j < p; j += 1) b -= means[j]! * coefficients[j]!;
  }
  return { intercept: b, coefficients, triangle, rows: n, columns: p };
}

/**
 * b + Xw in one pass over rows that are all well formed (arrays of the training width holding
 * finite numbers), or undefined at the first thing that is not: validation without a copy of X.
 */
function predictWellFormed(
  X: unknown,
  intercept: number,
  coefficients: readonly number[],
): number[] | undefined {
  if (!Array.isArray(X) || X.length === 0) return undefined;
  const rows = X as unknown[];
  const p = coefficients.length;
  // Sized once, index loops: pushing regrows the array, and for…of costs an iterator per call.
  const predictions = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== p) return undefined;
    let sum = intercept;
    for (let j = 0; j < p; j += 1) {
      const value: unknown = row[j];
      // A number whose difference with itself is 0 is finite (NaN and ±∞ give NaN): half the
      // cost of Number.isFinite on a value of unknown type.
      if (typeof value !== 'number' || value - value !== 0) return undefined;
      sum += value * coefficients[j]!;
    }
    predictions[i] = sum;
  }
  return predictions;
}

/** b + Xw for new rows of the training width; anything else is refused with the error that names it. */
function predictor(solution: RidgeSolution): (X: Matrix) => number[] {
  const { intercept, coefficients } = solution;
  return (X) => {
    const predictions = predictWellFormed(X, intercept, coefficients);
    if (predictions !== undefined) return predictions;
    // Declined: checkMatrix names what is wrong with the rows; if nothing is, the width is.
    const width = checkMatrix('predict', 'X', X)[0]!.length;
    throw new ShapeMismatchError(
      'predict',
      `requires rows with as many columns as the training design (got ${coefficients.length} and ${width})`,
    );
  };
}

function ridge(
  name: string,
  rows: readonly (readonly number[])[],
  targets: readonly number[],
  lambda: number,
  intercept: boolean,
): RidgeFit {
  const solution = solveRidge(name, rows, targets, lambda, intercept);
  const fit = withLazyFields(
    { intercept: solution.intercept, coefficients: solution.coefficients },
    {
      // The smoother is 11ᵀ/n (the intercept, trace 1) plus U diag(d²/(d² + λ)) Uᵀ. An SVD costs
      // as much as the fit itself, and a Monte Carlo loop of fits rarely reads it: computed on
      // first read.
      effectiveDegreesOfFreedom: () => solutionTrace(solution, lambda) + (intercept ? 1 : 0),
    },
  );
  return Object.assign(fit, { predict: predictor(solution) });
}

/** Validated lambdas: each a finite number ≥ 0. */
function checkLambdas(name: string, lambdas: unknown): number[] {
  if (Array.isArray(lambdas))
    lambdas.forEach((lambda, k) => checkNumber(name, `lambdas[${k}]`, lambda, { min: 0 }));
  return checkVector(name, 'lambdas', lambdas);
}

/** Validated rows, not copied: every fit reads them once into a layout of its own. */
function checkData(
  name: string,
  X: Matrix,
  y: number[],
): [readonly (readonly number[])[], number[]] {
  const rows = checkRows(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  return [rows, targets];
}

export function fitRidge(
  X: Matrix,
  y: number[],
  lambda: number,
  options: { intercept?: boolean } = {},
): RidgeFit {
  const name = 'fitRidge';
  const [rows, targets] = checkData(name, X, y);
  const intercept = checkOptions(name, options).intercept ?? true;
  return ridge(name, rows, targets, checkLambda(name, lambda), intercept);
}

export function ridgeEffectiveDegreesOfFreedom(X: Matrix, lambda: number): number {
  const name = 'ridgeEffectiveDegreesOfFreedom';
  const rows = checkMatrix(name, 'X', X);
  const checked = checkLambda(name, lambda);
  const means = columnMeans(rows);
  const centred = rows.map((row) => row.map((value, j) => value - means[j]!));
  return shrinkageTrace(singularValues(centred), rows.length, means.length, checked);
}

export function ridgePath(
  X: Matrix,
  y: number[],
  lambdas: readonly number[],
  options: { intercept?: boolean } = {},
): RidgePathPoint[] {
  const name = 'ridgePath';
  const [rows, targets] = checkData(name, X, y);
  const grid = checkLambdas(name, lambdas);
  checkOptions(name, options);
  return grid.map((lambda) => {
    const fit = ridge(name, rows, targets, lambda, options.intercept ?? true);
    return {
      lambda,
      intercept: fit.intercept,
      coefficients: fit.coefficients,
      coefficientNorm: normOf(fit.coefficients),
      effectiveDegreesOfFreedom: fit.effectiveDegreesOfFreedom,
    };
  });
}

export function ridgeBiasVariance(options: RidgeBiasVarianceOptions): RidgeBiasVariancePoint[] {
  const name = 'ridgeBiasVariance';
  checkOptions(name, options);
  checkFunction(name, 'trueFunction', options.trueFunction);
  const trainX = checkMatrix(name, 'trainX', options.trainX);
  const testX = checkMatrix(name, 'testX', options.testX);
  const width = trainX[0]!.length;
  const testWidth = testX[0]!.length;
  if (testWidth !== width) {
    throw new ShapeMismatchError(
      name,
      `requires test rows of the training width (got ${width} and ${testWidth})`,
    );
  }
  const grid = checkLambdas(name, options.lambdas);
  const noiseSd = checkNumber(name, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkCount(name, 'replicates', options.replicates, {
    min: 2,
    max: LIMITS.replicates,
  });
  const trainTruth = checkVector(
    name,
    'true function values on trainX',
    trainX.map((row) => options.trueFunction(row.slice())),
  );
  const testTruth = checkVector(
    name,
    'true function values on testX',
    testX.map((row) => options.trueFunction(row.slice())),
  );

  // Common random numbers: the same R training sets for every λ, so differences between λs
  // are differences between models, not between noise draws.
  const rng = createRng(options.seed, name);
  const trainingTargets = Array.from({ length: replicates }, () =>
    trainTruth.map((value) => value + rng.normal(0, noiseSd)),
  );
  const m = testX.length;
  const noise = noiseSd * noiseSd;

  // Ridge is a linear smoother. In the SVD of the centred design, Xc = U D Vᵀ, the slopes are
  // w = V diag(d/(d² + λ)) Uᵀy, so the test predictions are A_λ y with
  // A_λ = 11ᵀ/n + (X_test − x̄) V diag(d/(d² + λ)) Uᵀ (Uᵀ1 = 0 because Xc's columns sum to 0).
  // One SVD serves every λ and every replicate: the same numbers as refitting fitRidge R times
  // per λ, at a fraction of the cost.
  if (grid.includes(0)) solveRidge(name, trainX, trainTruth, 0, true); // OLS needs full rank
  const means = columnMeans(trainX);
  const centre = (rows: Matrix): Matrix =>
    rows.map((row) => row.map((value, j) => value - means[j]!));
  const svd = new SingularValueDecomposition(new MlMatrix(centre(trainX)), { autoTranspose: true });
  const d = svd.diagonal;
  const testScores = new MlMatrix(centre(testX)).mmul(svd.rightSingularVectors); // (X_test − x̄)V
  const targets = new MlMatrix(trainingTargets); // R × n
  const trainScores = targets.mmul(svd.leftSingularVectors); // row r: (Uᵀ y_r)ᵀ
  const targetMeans = trainingTargets.map(
    (y) => y.reduce((sum, value) => sum + value, 0) / y.length,
  );

  return grid.map((lambda) => {
    // d/(d² + λ) needs no cut-off: λ = 0 passed the rank check above, so every d > 0, and for
    // λ > 0 a zero singular value simply contributes 0.
    const shrink = d.map((value) => value / (value * value + lambda));
    const scaled = trainScores.clone().mulRowVector(shrink); // row r: (diag(shrink) Uᵀ y_r)ᵀ
    const product = scaled.mmul(testScores.transpose()); // R × m
    const predictions = trainingTargets.map((_, r) =>
      product.getRow(r).map((value) => value + targetMeans[r]!),
    );

    let bias2 = 0;
    let variance = 0;
    let squaredError = 0;
    for (let k = 0; k < m; k += 1) {
      const truth = testTruth[k]!;
      let average = 0;
      for (const row of predictions) average += row[k]!;
      average /= replicates;
      bias2 += (average - truth) ** 2;
      for (const row of predictions) {
        variance += (row[k]! - average) ** 2;
        squaredError += (row[k]! - truth) ** 2;
      }
    }
    return {
      lambda,
      bias2: bias2 / m,
      variance: variance / (m * replicates),
      noise,
      expectedTestMSE: squaredError / (m * replicates) + noise,
    };
  });
}
