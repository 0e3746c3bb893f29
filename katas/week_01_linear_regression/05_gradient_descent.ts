/**
 * Kata 01.05 — Gradient descent
 *
 * Least squares can also be solved by walking downhill. Batch gradient descent on
 * L(b) = ½·mean((Xb − y)²) repeats b ← b − η·∇L(b), with ∇L(b) = Xᵀ(Xb − y)/n. The loss is a
 * quadratic bowl with Hessian H = XᵀX/n, so everything about the walk is decided by H's
 * eigenvalues: it converges for any start exactly when 0 < η < 2/λmax, and its speed is set by
 * the condition number λmax/λmin, which is why standardised features converge in a handful of
 * iterations and raw, uncentred ones in thousands.
 *
 * Theory: theory/week_01_linear_regression.md#gradient-descent
 *
 * Implement:
 * - `gradientDescent(X, y, options)`: X holds the features only; with `intercept: true` (the
 *   default) a column of ones is prepended and the intercept is updated with the same step as
 *   every other coefficient (it is reported first). Start from `initialCoefficients`
 *   (default all zeros). At iteration k = 0, 1, 2, …: compute the loss L_k and gradient g_k at
 *   b_k; stop, converged, when ‖g_k‖₂ ≤ tolerance·‖g_0‖₂ (default tolerance 1e-8; a zero
 *   g_0 converges at once); otherwise update. `iterations` counts the updates made, and
 *   `lossHistory` holds L_0 … L_iterations. The caller's `initialCoefficients`, X and y are
 *   never changed: the walk updates its own copy.
 * - `maxStableLearningRate(X, { intercept = true })`: 2/λmax of XᵀX/n for the design as
 *   `gradientDescent` builds it (intercept column included when `intercept` is true). Below it
 *   the loss falls at every step; above it the walk diverges.
 *
 * Errors (helpers/errors.ts; helpers/validation.ts has the checks), each message starting with
 * the name of the function called: empty X or y EmptyInputError; ragged rows or a y whose
 * length differs from the row count ShapeMismatchError; NaN or ±Infinity in the data
 * NonFiniteValueError; a learning rate that is not a positive finite number, a tolerance that
 * is not positive, maxIterations (default 100 000) that is not a positive integer, initial
 * coefficients of the wrong length (one per column of the design, intercept included), or an
 * all-zero design for maxStableLearningRate (λmax = 0) InvalidArgumentError. ConvergenceError
 * (with `iterations`) when the walk diverges, which is when a loss is not finite or exceeds L_0 (below 2/λmax the
 * loss never rises), and when maxIterations updates end without convergence.
 *
 * @example
 * // x = ±1 so XᵀX/n = 1; y = 3x; no intercept; η = 0.5 halves the error every step:
 * const result = gradientDescent([[1], [-1], [1], [-1]], [3, -3, 3, -3], {
 *   learningRate: 0.5, tolerance: 1e-3, intercept: false,
 * });
 * result.iterations; // 10  (0.5^10 ≤ 1e-3 < 0.5^9)
 * result.coefficients; // [2.9970703125] = 3·(1 − 0.5^10)
 * maxStableLearningRate([[1], [-1], [1], [-1]], { intercept: false }); // 2
 */
import { NotImplementedError } from '../../helpers/errors';

/** Feature rows, without the constant column. */
export type FeatureMatrix = readonly (readonly number[])[];

export interface GradientDescentOptions {
  /** Step size η > 0. */
  readonly learningRate: number;
  /** Converged when ‖g_k‖ ≤ tolerance·‖g_0‖. Default 1e-8. */
  readonly tolerance?: number;
  /** Most updates allowed before ConvergenceError. Default 100 000. */
  readonly maxIterations?: number;
  /** Prepend a column of ones and fit its coefficient. Default true. */
  readonly intercept?: boolean;
  /** b_0, intercept first when there is one. Default all zeros. */
  readonly initialCoefficients?: readonly number[];
}

export interface GradientDescentResult {
  /** Intercept first when there is one. */
  readonly coefficients: number[];
  /** Updates made before convergence. */
  readonly iterations: number;
  /** L_k = ½·mean((Xb_k − y)²) for k = 0 … iterations. */
  readonly lossHistory: number[];
  /** ‖∇L‖₂ at the returned coefficients. */
  readonly gradientNorm: number;
}

export function gradientDescent(
  X: FeatureMatrix,
  y: readonly number[],
  options: GradientDescentOptions,
): GradientDescentResult {
  // TODO: residual, loss, gradient; the stopping test before each update; divergence checks.
  throw new NotImplementedError('01.05', 'gradientDescent');
}

export function maxStableLearningRate(
  X: FeatureMatrix,
  options: {
    /** Include the constant column in XᵀX/n. Default true. */
    readonly intercept?: boolean;
  } = {},
): number {
  // TODO: 2 / λmax(XᵀX / n), the intercept column included when asked for.
  throw new NotImplementedError('01.05', 'maxStableLearningRate');
}
