/**
 * Decoy for kata 01.05 — a looser default tolerance than documented.
 *
 * @misconception The stopping rule's default tolerance is 1e-6 instead of the documented 1e-8,
 * so a walk run with defaults stops with the gradient still 100 times too large.
 * @expectMessage 'suggests another default'
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
  return solutionDescent(X, y, { ...options, tolerance: options.tolerance ?? 1e-6 });
}
