/**
 * Decoy for kata 02.06 — λ scaled by n.
 *
 * @misconception The squared error is averaged, (1/n)‖y − b − Xw‖² + λ‖w‖² (glmnet’s and many
 * textbooks’ scaling), which is the pinned objective with nλ in place of λ: a model tuned in
 * one convention is mis-regularised by a factor of n in the other.
 * @expectMessage 'looks like λ was scaled by n'
 */
import type { Matrix } from '../../../helpers/fitters';
import {
  fitRidge as reference,
  type RidgeFit,
} from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function fitRidge(
  X: Matrix,
  y: number[],
  lambda: number,
  options: { intercept?: boolean } = {},
): RidgeFit {
  reference(X, y, lambda, options); // the same validation
  return reference(X, y, lambda * y.length, options);
}
