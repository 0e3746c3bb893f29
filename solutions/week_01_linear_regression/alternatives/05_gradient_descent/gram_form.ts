/**
 * Alternative for kata 01.05 — gradient descent on the Gram form, step limit by power iteration
 *
 * @method The walk never touches the rows after one pass: it precomputes H = XᵀX/n, c = Xᵀy/n and
 * mean(y²)/2, so the gradient is Hb − c and the loss ½bᵀHb − cᵀb + mean(y²)/2 (p² work per step
 * instead of n·p). The largest stable step 2/λmax comes from power iteration on H, not an SVD.
 */
import { ConvergenceError, InvalidArgumentError } from '../../../../helpers/errors';
import { checkMatrix, checkSameLength, checkVector } from '../../../../helpers/validation';
import type {
  FeatureMatrix,
  GradientDescentOptions,
  GradientDescentResult,
} from '../../05_gradient_descent';

export type {
  FeatureMatrix,
  GradientDescentOptions,
  GradientDescentResult,
} from '../../05_gradient_descent';

function positive(functionName: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be a positive finite number (got ${String(value)})`,
    );
  }
  return value;
}

/** H = XᵀX/n of the design as the walk sees it (constant column first when asked for). */
function gram(functionName: string, X: unknown, intercept: boolean) {
  const rows = checkMatrix(functionName, 'X', X).map((row) => (intercept ? [1, ...row] : row));
  const n = rows.length;
  const p = rows[0]!.length;
  const H = Array.from({ length: p }, (_, j) =>
    Array.from({ length: p }, (_, k) => rows.reduce((sum, row) => sum + row[j]! * row[k]!, 0) / n),
  );
  return { rows, n, p, H };
}

export function gradientDescent(
  X: FeatureMatrix,
  y: readonly number[],
  options: GradientDescentOptions,
): GradientDescentResult {
  const name = 'gradientDescent';
  const { rows, n, p, H } = gram(name, X, options.intercept ?? true);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', n, 'targets', targets.length);
  const eta = positive(name, 'learningRate', options.learningRate);
  const tolerance = positive(name, 'tolerance', options.tolerance ?? 1e-8);
  const limit = options.maxIterations ?? 100_000;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new InvalidArgumentError(name, `requires maxIterations to be a positive integer`);
  }
  const b =
    options.initialCoefficients === undefined
      ? new Array<number>(p).fill(0)
      : checkVector(name, 'initialCoefficients', options.initialCoefficients);
  if (b.length !== p) {
    throw new InvalidArgumentError(name, `requires ${p} initial coefficients (got ${b.length})`);
  }
  const c = Array.from(
    { length: p },
    (_, j) => rows.reduce((sum, row, i) => sum + row[j]! * targets[i]!, 0) / n,
  );
  const half = targets.reduce((sum, v) => sum + v * v, 0) / (2 * n);
  const state = () => {
    const Hb = H.map((row) => row.reduce((sum, h, k) => sum + h * b[k]!, 0));
    const gradient = Hb.map((value, j) => value - c[j]!);
    const loss =
      0.5 * Hb.reduce((sum, v, j) => sum + v * b[j]!, 0) -
      c.reduce((sum, v, j) => sum + v * b[j]!, 0) +
      half;
    // The quadratic form can dip a rounding error below 0 at an exact fit.
    return { gradient, loss: Math.max(loss, 0), norm: Math.hypot(...gradient) };
  };
  let current = state();
  const lossHistory = [current.loss];
  const first = current.norm;
  for (let k = 0; ; k += 1) {
    if (!(current.loss <= lossHistory[0]!)) {
      throw new ConvergenceError(name, `diverged after ${k} iterations`, k);
    }
    if (current.norm <= tolerance * first) {
      return { coefficients: b, iterations: k, lossHistory, gradientNorm: current.norm };
    }
    if (k === limit) throw new ConvergenceError(name, `did not converge in ${limit} iterations`, k);
    for (let j = 0; j < p; j += 1) b[j] = b[j]! - eta * current.gradient[j]!;
    current = state();
    lossHistory.push(current.loss);
  }
}

export function maxStableLearningRate(
  X: FeatureMatrix,
  options: { readonly intercept?: boolean } = {},
): number {
  const { p, H } = gram('maxStableLearningRate', X, options.intercept ?? true);
  // Power iteration: H is symmetric positive semidefinite, so ‖Hv‖ → λmax from any start with a
  // component along the top eigenvector (all ones plus a tilt makes that certain here).
  let v = Array.from({ length: p }, (_, j) => 1 + j / (p + 1));
  let lambda = 0;
  for (let step = 0; step < 10_000; step += 1) {
    const w = H.map((row) => row.reduce((sum, h, k) => sum + h * v[k]!, 0));
    const norm = Math.hypot(...w);
    if (norm === 0) break;
    const next = norm / Math.hypot(...v);
    v = w.map((value) => value / norm);
    if (Math.abs(next - lambda) <= 1e-15 * next) {
      lambda = next;
      break;
    }
    lambda = next;
  }
  if (lambda === 0) {
    throw new InvalidArgumentError(
      'maxStableLearningRate',
      'requires a design that is not all zeros (λmax = 0)',
    );
  }
  return 2 / lambda;
}
