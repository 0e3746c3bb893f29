/**
 * Decoy for kata 02.06 — centring the caller's rows in place.
 *
 * @misconception The fit subtracts the column means from X and the mean from y where they
 * lie, to save a copy; the answer is right, and the caller's data are gone.
 * @expectMessage 'changed during the call'
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
  const fit = reference(X, y, lambda, options);
  if (options.intercept ?? true) {
    const n = X.length;
    const means = (X[0] ?? []).map((_, j) => X.reduce((sum, row) => sum + (row[j] ?? 0), 0) / n);
    const yMean = y.reduce((sum, value) => sum + value, 0) / n;
    X.forEach((row) => row.forEach((value, j) => (row[j] = value - (means[j] ?? 0))));
    y.forEach((value, i) => (y[i] = value - yMean));
  }
  return fit;
}
