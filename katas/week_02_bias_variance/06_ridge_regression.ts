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
import { NotImplementedError } from '../../helpers/errors';
import type { Matrix } from '../../helpers/fitters';

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

export function fitRidge(
  X: Matrix,
  y: number[],
  lambda: number,
  options: { intercept?: boolean } = {},
): RidgeFit {
  // TODO: centre X and y (when options.intercept is not false), solve for w, then b = ȳ − x̄ᵀw.
  throw new NotImplementedError('02.06', 'fitRidge');
}

export function ridgeEffectiveDegreesOfFreedom(X: Matrix, lambda: number): number {
  // TODO: Σ d²/(d² + λ) over the singular values d of column-centred X (helpers/linalg.ts).
  throw new NotImplementedError('02.06', 'ridgeEffectiveDegreesOfFreedom');
}

export function ridgePath(
  X: Matrix,
  y: number[],
  lambdas: readonly number[],
  options: { intercept?: boolean } = {},
): RidgePathPoint[] {
  // TODO: one fit per λ, in the order given.
  throw new NotImplementedError('02.06', 'ridgePath');
}

export function ridgeBiasVariance(options: RidgeBiasVarianceOptions): RidgeBiasVariancePoint[] {
  // TODO: draw the replicates' noise once, fit every λ on the same replicates, decompose.
  throw new NotImplementedError('02.06', 'ridgeBiasVariance');
}
