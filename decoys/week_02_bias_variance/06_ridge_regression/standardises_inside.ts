/**
 * Decoy for kata 02.06 — ridge that standardises X inside the fit.
 *
 * @misconception The fit rescales every column to unit variance before penalising (glmnet’s
 * default) and maps the slopes back, so the penalty on a column depends on its spread and the
 * pinned estimator, which takes X as given, is not what comes out.
 * @expectMessage 'looks like X was standardised inside the fit'
 */
import type { Matrix } from '../../../helpers/fitters';
import { columnMeans } from '../../../helpers/linalg';
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
  const means = columnMeans(X);
  const scales = means.map((mean, j) => {
    const variance = X.reduce((sum, row) => sum + (row[j]! - mean) ** 2, 0) / X.length;
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  const standardised = X.map((row) => row.map((value, j) => (value - means[j]!) / scales[j]!));
  const fit = reference(standardised, y, lambda, options);
  const coefficients = fit.coefficients.map((w, j) => w / scales[j]!);
  const intercept = fit.intercept - coefficients.reduce((sum, w, j) => sum + w * means[j]!, 0);
  return {
    intercept,
    coefficients,
    effectiveDegreesOfFreedom: fit.effectiveDegreesOfFreedom,
    predict: (rows) =>
      rows.map((row) => row.reduce((sum, value, j) => sum + value * coefficients[j]!, intercept)),
  };
}
