/**
 * Decoy for kata 01.06 — one-sided p-values.
 *
 * @misconception The p-value of b = 0 is taken as P(T > |t|), one tail, half the two-sided
 * value R and statsmodels report.
 * @expectMessage 'looks like a one-sided p-value'
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
  return {
    ...fit,
    conditionNumber: fit.conditionNumber,
    pValues: fit.pValues.map((p) => p / 2),
  };
}
