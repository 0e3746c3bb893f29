/**
 * Decoy for kata 01.07 — Cook's distance counts a constant that was not fitted.
 *
 * @misconception p is taken as the number of columns of X plus one whatever `intercept` says, so
 * through the origin every Cook's distance is divided by one coefficient too many.
 * @expectMessage 'looks like p = columns + 1 although no constant was fitted'
 */
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
  if (options?.intercept !== false) return measures;
  // Without a constant the leverages sum to the column count of X.
  const p = Math.round(measures.leverage.reduce((sum, h) => sum + h, 0));
  return { ...measures, cooksDistance: measures.cooksDistance.map((d) => (d * p) / (p + 1)) };
}
