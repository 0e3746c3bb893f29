/**
 * Decoy for kata 01.06 — overall F against the zero model with an intercept.
 *
 * @misconception The overall F compares the model with predicting 0 (uncentred sums, dfModel =
 * p) even when it has an intercept, instead of with the intercept-only model.
 * @expectMessage 'looks like F against the zero model'
 */
import { fSurvival } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  fitOLS as solutionFitOLS,
  type OLSFit,
  type OLSOptions,
} from '../../../solutions/week_01_linear_regression/06_inference';

export * from '../../../solutions/week_01_linear_regression/06_inference';

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  const fit = solutionFitOLS(X, y, options);
  const p = fit.coefficients.length;
  const explained = y.reduce((sum, value) => sum + value * value, 0) - fit.rss;
  const fStatistic = explained / p / fit.sigma ** 2;
  return {
    ...fit,
    conditionNumber: fit.conditionNumber,
    fStatistic,
    fPValue: fSurvival(fStatistic, p, fit.dfResidual),
  };
}
