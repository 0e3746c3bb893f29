/**
 * Decoy for kata 02.06 — a path that drops its options.
 *
 * @misconception ridgePath calls fitRidge(X, y, λ) for each λ and forgets to pass the options
 * on, so `{ intercept: false }` silently fits with an intercept.
 * @expectMessage 'ridgePath(…, { intercept: false })'
 */
import type { Matrix } from '../../../helpers/fitters';
import {
  ridgePath as reference,
  type RidgePathPoint,
} from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function ridgePath(
  X: Matrix,
  y: number[],
  lambdas: readonly number[],
  options: { intercept?: boolean } = {},
): RidgePathPoint[] {
  reference(X, y, lambdas, options); // the solution's validation
  return reference(X, y, lambdas);
}
