/**
 * Decoy for kata 01.02 — predict that trusts its input.
 *
 * @misconception The fitted line is applied to whatever xNew holds, so a NaN in new data comes
 * back as a NaN prediction instead of a NonFiniteValueError naming `predict`.
 * @expectMessage 'predict validates xNew like the data'
 */
import {
  simpleLinearRegression as solutionRegression,
  type SimpleRegressionFit,
} from '../../../solutions/week_01_linear_regression/02_simple_regression';

export * from '../../../solutions/week_01_linear_regression/02_simple_regression';

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const fit = solutionRegression(x, y);
  return {
    ...fit,
    predict: (xNew) => xNew.map((value) => fit.intercept + fit.slope * value),
  };
}
