/**
 * Decoy for kata 01.05 — step limit from XᵀX instead of XᵀX/n.
 *
 * @misconception maxStableLearningRate uses λmax of XᵀX, forgetting that the loss is a mean and
 * its Hessian is XᵀX/n, so the limit comes out n times too small.
 * @expectMessage 'λmax was taken of XᵀX'
 */
import {
  maxStableLearningRate as solutionRate,
  type FeatureMatrix,
} from '../../../solutions/week_01_linear_regression/05_gradient_descent';

export * from '../../../solutions/week_01_linear_regression/05_gradient_descent';

export function maxStableLearningRate(
  X: FeatureMatrix,
  options: { readonly intercept?: boolean } = {},
): number {
  return solutionRate(X, options) / X.length;
}
