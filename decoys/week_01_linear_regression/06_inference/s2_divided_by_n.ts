/**
 * Decoy for kata 01.06 — s² divided by n.
 *
 * @misconception The error variance is estimated as RSS/n, the maximum-likelihood estimate,
 * which is biased down by (n − p)/n; every standard error, t, p-value and F inherits it.
 * @expectMessage 'looks like s² was divided by n'
 */
import { fSurvival, studentTTwoSidedPValue } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  fitOLS as solutionFitOLS,
  type OLSFit,
  type OLSOptions,
} from '../../../solutions/week_01_linear_regression/06_inference';

export * from '../../../solutions/week_01_linear_regression/06_inference';

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  const fit = solutionFitOLS(X, y, options);
  const n = fit.residuals.length;
  const variance = fit.rss / n;
  const scale = Math.sqrt(variance) / fit.sigma;
  const standardErrors = fit.standardErrors.map((se) => se * scale);
  const tValues = fit.coefficients.map((b, j) => b / standardErrors[j]!);
  const fStatistic = fit.fStatistic / scale ** 2;
  return {
    ...fit,
    conditionNumber: fit.conditionNumber,
    sigma: Math.sqrt(variance),
    standardErrors,
    tValues,
    pValues: tValues.map((t) => studentTTwoSidedPValue(t, fit.dfResidual)),
    fStatistic,
    fPValue: fSurvival(fStatistic, fit.dfModel, fit.dfResidual),
  };
}
