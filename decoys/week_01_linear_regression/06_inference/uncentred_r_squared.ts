/**
 * Decoy for kata 01.06 — uncentred R² with an intercept.
 *
 * @misconception R² is 1 − RSS/Σy² whether or not the model has an intercept, so a model with
 * one is credited with explaining the mean of y.
 * @expectMessage 'looks like uncentered R²'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  fitOLS as solutionFitOLS,
  type OLSFit,
  type OLSOptions,
} from '../../../solutions/week_01_linear_regression/06_inference';

export * from '../../../solutions/week_01_linear_regression/06_inference';

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  const fit = solutionFitOLS(X, y, options);
  const rSquared = 1 - fit.rss / y.reduce((sum, value) => sum + value * value, 0);
  const n = y.length;
  const k = fit.intercept ? 1 : 0;
  return {
    ...fit,
    conditionNumber: fit.conditionNumber,
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (n - k)) / fit.dfResidual,
  };
}
