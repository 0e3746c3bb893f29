/**
 * Decoy for kata 01.07 — Cook's distance with p not counting the intercept.
 *
 * @misconception Cook's distance divides by the number of predictors instead of p, the number
 * of fitted coefficients with the intercept, inflating every distance by p/(p − 1).
 * @expectMessage 'looks like p without the intercept in Cook’s distance'
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
  const p = Math.round(measures.leverage.reduce((sum, h) => sum + h, 0));
  return { ...measures, cooksDistance: measures.cooksDistance.map((d) => (d * p) / (p - 1)) };
}
