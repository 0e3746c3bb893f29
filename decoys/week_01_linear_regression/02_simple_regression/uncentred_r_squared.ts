/**
 * Decoy for kata 01.02 — uncentred R² with an intercept.
 *
 * @misconception R² is computed as 1 − RSS/Σy², against the zero line, although the line has an
 * intercept and its competitor is the mean ȳ.
 * @expectMessage 'looks like the uncentred R²'
 */
import {
  simpleLinearRegression as solutionFit,
  type SimpleRegressionFit,
} from '../../../solutions/week_01_linear_regression/02_simple_regression';

export * from '../../../solutions/week_01_linear_regression/02_simple_regression';

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const fit = solutionFit(x, y);
  const squares = y.reduce((sum, value) => sum + value * value, 0);
  return { ...fit, rSquared: 1 - fit.rss / squares };
}
