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
import { ConvergenceError, InvalidArgumentError } from '../../helpers/errors';
import { singularValues } from '../../helpers/linalg';
import {
  checkMatrix,
  checkSameLength,
  checkVector,
  checkCount,
  checkOptions,
  LIMITS,
  maxOf,
  normOf,
} from '../../helpers/validation';

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

function checkPositive(functionName: string, name: string, value: unknown): number {
  // Number.isFinite is false for anything that is not a number, so no typeof test is needed.
  const number = value as number;
  if (!(Number.isFinite(number) && number > 0)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be a positive finite number (got ${String(value)})`,
    );
  }
  return number;
}

/** The design as the walk sees it: the constant column first when asked for. */
function buildDesign(functionName: string, X: unknown, intercept: boolean): number[][] {
  const rows = checkMatrix(functionName, 'X', X);
  return intercept ? rows.map((row) => [1, ...row]) : rows;
}

export function gradientDescent(
  X: FeatureMatrix,
  y: readonly number[],
  options: GradientDescentOptions,
): GradientDescentResult {
  const name = 'gradientDescent';
  const intercept = checkOptions(name, options).intercept ?? true;
  const design = buildDesign(name, X, intercept);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', design.length, 'targets', targets.length);
  const learningRate = checkPositive(name, 'learningRate', options.learningRate);
  const tolerance = checkPositive(name, 'tolerance', options.tolerance ?? 1e-8);
  const maxIterations = checkCount(name, 'maxIterations', options.maxIterations ?? 100_000, {
    min: 1,
    max: LIMITS.iterations,
  });
  const n = design.length;
  const p = design[0]!.length;
  const coefficients =
    options.initialCoefficients === undefined
      ? new Array<number>(p).fill(0)
      : checkVector(name, 'initialCoefficients', options.initialCoefficients);
  if (coefficients.length !== p) {
    throw new InvalidArgumentError(
      name,
      `requires one initial coefficient per column of the design${intercept ? ', intercept first' : ''} (got ${p} columns and ${coefficients.length} coefficients)`,
    );
  }

  // One pass over the rows gives the loss and the gradient at the same b.
  const gradient = new Array<number>(p).fill(0);
  const evaluate = (): number => {
    gradient.fill(0);
    let squared = 0;
    design.forEach((row, i) => {
      let residual = -targets[i]!;
      for (let j = 0; j < p; j += 1) residual += row[j]! * coefficients[j]!;
      squared += residual * residual;
      for (let j = 0; j < p; j += 1) gradient[j] = gradient[j]! + row[j]! * residual;
    });
    for (let j = 0; j < p; j += 1) gradient[j] = gradient[j]! / n;
    return squared / (2 * n);
  };
  const norm = (): number => normOf(gradient);

  const lossHistory = [evaluate()];
  const initialNorm = norm();
  const underflow = lossHistory[0] === 0 && initialNorm > 0; // a gradient with a zero loss
  if (!Number.isFinite(lossHistory[0]) || !Number.isFinite(initialNorm) || underflow) {
    // The loss squares the data: at y × 10^300 it overflows before the first step (at 10^−300
    // it underflows to a false 0).
    throw new ConvergenceError(
      name,
      `cannot start: the loss or its gradient ${underflow ? 'underflow' : 'overflow'} double precision at the initial coefficients (got loss ${lossHistory[0]}, gradient norm ${initialNorm}); rescale X and y`,
      0,
    );
  }
  for (let k = 0; ; k += 1) {
    const loss = lossHistory[k]!;
    const gradientNorm = norm();
    // Below 2/λmax every eigen-component of the error shrinks, so the loss can only fall: a rise
    // above the starting loss means the step is too long for the steepest direction. Written as
    // "not at most L_0" so that an overflow to Infinity or NaN counts as divergence too.
    if (!(loss <= lossHistory[0]!)) {
      throw new ConvergenceError(
        name,
        `diverged: the loss rose from ${lossHistory[0]} to ${loss} after ${k} iterations (learning rate ${learningRate}; the largest stable one is 2/λmax of XᵀX/n)`,
        k,
      );
    }
    // Relative to the first gradient, so the test does not depend on the units of y.
    if (gradientNorm <= tolerance * initialNorm) {
      // `coefficients` is this call's own copy (checkVector copies), so it can be handed out.
      return { coefficients, iterations: k, lossHistory, gradientNorm };
    }
    if (k === maxIterations) {
      throw new ConvergenceError(
        name,
        `did not converge in ${maxIterations} iterations (gradient norm ${gradientNorm}, needed ${tolerance * initialNorm})`,
        k,
      );
    }
    for (let j = 0; j < p; j += 1) coefficients[j] = coefficients[j]! - learningRate * gradient[j]!;
    lossHistory.push(evaluate());
  }
}

export function maxStableLearningRate(
  X: FeatureMatrix,
  options: {
    /** Include the constant column in XᵀX/n. Default true. */
    readonly intercept?: boolean;
  } = {},
): number {
  const design = buildDesign(
    'maxStableLearningRate',
    X,
    checkOptions('maxStableLearningRate', options).intercept ?? true,
  );
  // λmax(XᵀX/n) = σmax(X)²/n: the SVD of X avoids forming XᵀX.
  const sigma = singularValues(design);
  const largest = maxOf(sigma);
  if (largest === 0) {
    throw new InvalidArgumentError(
      'maxStableLearningRate',
      'requires a design that is not all zeros (got λmax = 0, so every step size is stable and none makes progress)',
    );
  }
  return (2 * design.length) / (largest * largest);
}
