/**
 * Decoy for kata 01.06 — p that does not count the intercept.
 *
 * @misconception The residual degrees of freedom are n minus the number of predictors, so the
 * intercept is not counted in p: s² = RSS/(n − p + 1) and every t and F uses one df too many.
 * @expectMessage 'looks like p did not count the intercept'
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
  if (!fit.intercept) return fit;
  const dfResidual = fit.dfResidual + 1;
  const variance = fit.rss / dfResidual;
  const scale = Math.sqrt(variance) / fit.sigma;
  const standardErrors = fit.standardErrors.map((se) => se * scale);
  const tValues = fit.coefficients.map((b, j) => b / standardErrors[j]!);
  const fStatistic = fit.fStatistic / scale ** 2;
  const n = fit.residuals.length;
  return {
    ...fit,
    conditionNumber: fit.conditionNumber,
    dfResidual,
    sigma: Math.sqrt(variance),
    standardErrors,
    tValues,
    pValues: tValues.map((t) => studentTTwoSidedPValue(t, dfResidual)),
    adjustedRSquared: 1 - ((1 - fit.rSquared) * (n - 1)) / dfResidual,
    fStatistic,
    fPValue: fSurvival(fStatistic, fit.dfModel, dfResidual),
  };
}
