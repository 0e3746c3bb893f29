/**
 * Decoy for kata 01.07 — leverage without the intercept column.
 *
 * @misconception The hat matrix is built from the predictors alone, although the fitted design
 * has a constant column: h = x²/Σx² for a line instead of 1/n + (x − x̄)²/Sxx.
 * @expectMessage 'looks like leverage without the intercept column'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import type { MatrixInput } from '../../../helpers/validation';
import {
  influenceMeasures as solutionInfluence,
  type DiagnosticOptions,
  type InfluenceMeasures,
} from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export * from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export function influenceMeasures(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): InfluenceMeasures {
  const measures = solutionInfluence(X, y, options);
  const rows = (X as readonly (readonly number[])[]).map((row) => [...row]);
  return { ...measures, leverage: fitLeastSquares('influenceMeasures', rows, [...y]).leverage };
}
