/**
 * Decoy for kata 01.05 — step limit without the intercept column.
 *
 * @misconception maxStableLearningRate takes λmax of XᵀX/n for the features alone, although the
 * walk also updates the intercept, whose column of ones changes the Hessian.
 * @expectMessage 'looks like the intercept column was left out of XᵀX/n'
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
  void options;
  return solutionRate(X, { intercept: false });
}
