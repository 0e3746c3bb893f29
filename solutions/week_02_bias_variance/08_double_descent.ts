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
import { Matrix as MlMatrix, SingularValueDecomposition } from 'ml-matrix';
import { ShapeMismatchError } from '../../helpers/errors';
import type { Matrix } from '../../helpers/fitters';
import { createRng } from '../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  checkOptions,
  checkCount,
  LIMITS,
} from '../../helpers/validation';

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

/** pinv(X)·y on validated rows. */
function minimumNormCoefficients(rows: Matrix, targets: readonly number[]): number[] {
  const n = rows.length;
  const p = rows[0]!.length;
  // The SVD works on X itself, so its accuracy depends on cond(X), not cond(X)²; the cut-off
  // treats singular values at rounding level as exact zeros, which is what makes the answer
  // the minimum-norm one on a rank-deficient X instead of an explosion of 1/ε.
  const svd = new SingularValueDecomposition(new MlMatrix(rows), { autoTranspose: true });
  const d = svd.diagonal;
  const cutoff = Math.max(n, p) * Number.EPSILON * (d[0] ?? 0);
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const coefficients = new Array<number>(p).fill(0);
  d.forEach((value, j) => {
    if (!(value > cutoff)) return;
    let projection = 0;
    for (let i = 0; i < n; i += 1) projection += u.get(i, j) * targets[i]!;
    const scale = projection / value;
    for (let k = 0; k < p; k += 1) coefficients[k] = coefficients[k]! + scale * v.get(k, j);
  });
  return coefficients;
}

export function minimumNormLeastSquares(X: Matrix, y: number[]): MinimumNormFit {
  const name = 'minimumNormLeastSquares';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const coefficients = minimumNormCoefficients(rows, targets);
  return {
    coefficients,
    predict(newX: Matrix): number[] {
      const newRows = checkMatrix('predict', 'X', newX);
      const width = newRows[0]!.length;
      if (width !== coefficients.length) {
        throw new ShapeMismatchError(
          'predict',
          `requires rows with as many columns as the training design (got ${coefficients.length} and ${width})`,
        );
      }
      return newRows.map((row) => row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0));
    },
  };
}

export function doubleDescentCurve(options: DoubleDescentOptions): DoubleDescentPoint[] {
  const name = 'doubleDescentCurve';
  const n = checkCount(name, 'sampleSize', checkOptions(name, options).sampleSize, {
    min: 2,
    max: LIMITS.rows,
  });
  const counts = checkVector(name, 'featureCounts', options.featureCounts);
  counts.forEach((p, k) => checkNumber(name, `featureCounts[${k}]`, p, { integer: true, min: 1 }));
  const signalNorm = checkNumber(name, 'signalNorm', options.signalNorm, { min: 0 });
  const noiseSd = checkNumber(name, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkCount(name, 'replicates', options.replicates, {
    min: 2,
    max: LIMITS.replicates,
  });
  const rng = createRng(options.seed, name);

  return counts.map((p) => {
    // β spread evenly over all p features with ‖β‖ = r fixed: the isotropic setting of
    // Hastie et al. (2019), in which only the direction of β changes with p. Any direction
    // gives the same risk distribution, because the Gaussian design is rotation invariant.
    const coefficient = signalNorm / Math.sqrt(p);
    const risks = Array.from({ length: replicates }, () => {
      const X = Array.from({ length: n }, () => rng.normalVector(p));
      const y = X.map(
        (row) => row.reduce((sum, value) => sum + value * coefficient, 0) + rng.normal(0, noiseSd),
      );
      // E_x[(xᵀβ̂ − xᵀβ)²] = (β̂ − β)ᵀ E[xxᵀ] (β̂ − β) = ‖β̂ − β‖² for x ~ N(0, I): the exact
      // excess risk of this fit, with no test-set noise added to the estimate.
      return minimumNormCoefficients(X, y).reduce(
        (sum, value) => sum + (value - coefficient) ** 2,
        0,
      );
    });
    const mean = risks.reduce((sum, value) => sum + value, 0) / replicates;
    const variance = risks.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (replicates - 1);
    const sorted = risks.slice().sort((a, b) => a - b);
    const middle = Math.floor(replicates / 2);
    const median =
      replicates % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    return {
      features: p,
      ratio: p / n,
      meanExcessRisk: mean,
      standardError: Math.sqrt(variance / replicates),
      medianExcessRisk: median,
    };
  });
}
