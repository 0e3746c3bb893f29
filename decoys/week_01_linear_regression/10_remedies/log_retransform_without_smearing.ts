/**
 * Decoy for kata 01.10 — the mean of a log fit retransformed with exp alone.
 *
 * @misconception predictMean returns exp(xᵀb), which is the conditional median of y, and
 * underestimates the mean by the factor E[exp(ε)] > 1 (Jensen).
 * @expectMessage 'multiply by mean(exp(residuals))'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  fitLogLinear as solutionFit,
  type LogLinearFit,
} from '../../../solutions/week_01_linear_regression/10_remedies';

export * from '../../../solutions/week_01_linear_regression/10_remedies';

export function fitLogLinear(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): LogLinearFit {
  const fit = solutionFit(X, y, options);
  return {
    coefficients: fit.coefficients,
    residuals: fit.residuals,
    smearingFactor: fit.smearingFactor,
    predictMedian: (X0) => fit.predictMedian(X0),
    predictMean: (X0) => {
      fit.predictMean(X0); // the solution's validation
      return fit.predictMedian(X0);
    },
  };
}
