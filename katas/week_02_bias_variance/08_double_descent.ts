/**
 * Kata 02.08 — Beyond the U-curve: double descent
 *
 * With more features than rows, least squares has infinitely many exact fits; the minimum-norm
 * one, pinv(X)·y, is what gradient descent from zero converges to. Its test risk does not
 * follow the U-curve: it climbs to a peak at the interpolation threshold p = n, where the
 * smallest singular value of X collapses and the fit amplifies noise without bound, and falls
 * again as p grows past n. With isotropic Gaussian features and a signal of fixed norm r spread
 * over all p features (Hastie et al. 2019), the excess risk tends to σ²γ/(1 − γ) for
 * γ = p/n < 1 and r²(1 − 1/γ) + σ²/(γ − 1) for γ > 1.
 *
 * Theory: theory/week_02_bias_variance.md#beyond-the-u-curve-double-descent
 *
 * Implement:
 * - `minimumNormLeastSquares(X, y)`: the minimum-norm least-squares solution pinv(X)·y, no
 *   intercept, through the SVD X = U diag(d) Vᵀ (β = Σ_j v_j (u_jᵀy)/d_j over d_j > cutoff,
 *   cutoff = max(n, p)·ε·d_max, numpy.linalg.lstsq's rule with rcond=None; numpy's pinv
 *   defaults instead to rcond = 1e-15) or a QR factorisation of Xᵀ when p > n.
 *   It must work for any shape and rank. Not through the normal equations: for p > n, XᵀX is
 *   singular, and for an ill-conditioned X, forming XᵀX squares the condition number.
 * - `doubleDescentCurve({ sampleSize, featureCounts, signalNorm, noiseSd, replicates, seed })`:
 *   for each p in `featureCounts` and each replicate, draw X (n × p) with independent N(0, 1)
 *   entries, β = (signalNorm/√p)·(1, …, 1), y = Xβ + N(0, noiseSd²) noise, fit the
 *   minimum-norm solution and record its excess risk E_x[(xᵀβ̂ − xᵀβ)²] = ‖β̂ − β‖² (exact,
 *   since E[xxᵀ] = I). Report per p: `features`, `ratio` p/n, the mean excess risk, its standard
 *   error (sample SD/√R) and the median (the mean of the middle two for even R). One
 *   `createRng(seed)` serves every draw, in this order: for each p as given, for each replicate
 *   in turn, the n rows of X (`rng.normalVector(p)` each), then the n noise values
 *   (`rng.normal(0, noiseSd)`, row by row). No function modifies its arguments.
 *
 * Errors: EmptyInputError, ShapeMismatchError and NonFiniteValueError for bad data;
 * InvalidArgumentError for a sample size below 2, feature counts that are not positive
 * integers, a negative signal norm or noise level, or fewer than 2 replicates. Messages start
 * with the name of the function called; the returned `predict` reports its own as `predict`.
 *
 * @example
 * minimumNormLeastSquares([[1, 1, 0], [0, 1, 1]], [1, 2]).coefficients; // [0, 1, 1]
 * minimumNormLeastSquares([[1, 1], [2, 2], [3, 3]], [2, 4, 6]).coefficients; // [1, 1]
 */
import { NotImplementedError } from '../../helpers/errors';
import type { Matrix } from '../../helpers/fitters';

export interface MinimumNormFit {
  /** pinv(X)·y: the least-squares solution of smallest Euclidean norm. */
  readonly coefficients: number[];
  predict(X: Matrix): number[];
}

export interface DoubleDescentOptions {
  /** n, the number of training rows. */
  readonly sampleSize: number;
  /** The values of p to simulate. */
  readonly featureCounts: readonly number[];
  /** r = ‖β‖, the same for every p. */
  readonly signalNorm: number;
  readonly noiseSd: number;
  readonly replicates: number;
  readonly seed: string | number;
}

export interface DoubleDescentPoint {
  readonly features: number;
  /** γ = p/n. */
  readonly ratio: number;
  readonly meanExcessRisk: number;
  /** Standard error of the mean: sample SD / √R. */
  readonly standardError: number;
  readonly medianExcessRisk: number;
}

export function minimumNormLeastSquares(X: Matrix, y: number[]): MinimumNormFit {
  // TODO: pinv(X)·y through the SVD (ml-matrix SingularValueDecomposition with autoTranspose).
  throw new NotImplementedError('02.08', 'minimumNormLeastSquares');
}

export function doubleDescentCurve(options: DoubleDescentOptions): DoubleDescentPoint[] {
  // TODO: for each p, R replicates of (X, y), the minimum-norm fit and ‖β̂ − β‖².
  throw new NotImplementedError('02.08', 'doubleDescentCurve');
}
