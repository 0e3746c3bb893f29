/**
 * Decoy for kata 01.05 — the caller's starting vector updated in place.
 *
 * @misconception The walk steps the array passed as initialCoefficients itself, so the caller's
 * start silently becomes the answer (and a second run from "the same" start begins at the end).
 * @expectMessage 'initialCoefficients was changed in place'
 */
import {
  gradientDescent as solutionDescent,
  type FeatureMatrix,
  type GradientDescentOptions,
  type GradientDescentResult,
} from '../../../solutions/week_01_linear_regression/05_gradient_descent';

export * from '../../../solutions/week_01_linear_regression/05_gradient_descent';

export function gradientDescent(
  X: FeatureMatrix,
  y: readonly number[],
  options: GradientDescentOptions,
): GradientDescentResult {
  const result = solutionDescent(X, y, options);
  const start = options.initialCoefficients as number[] | undefined;
  if (start !== undefined) result.coefficients.forEach((b, j) => (start[j] = b));
  return result;
}
