/**
 * Decoy for kata 01.05 — gradient summed instead of averaged.
 *
 * @misconception The gradient is Xᵀ(Xb − y) summed over the rows, not averaged, so every step
 * is n times longer than the learning rate says and the stability limit 2/λmax of XᵀX/n no
 * longer applies.
 * @expectMessage 'looks like the gradient sums over rows'
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
  // A step η along the summed gradient is a step n·η along the averaged one.
  const n = X.length;
  const result = solutionDescent(X, y, { ...options, learningRate: options.learningRate * n });
  return { ...result, gradientNorm: result.gradientNorm * n };
}
