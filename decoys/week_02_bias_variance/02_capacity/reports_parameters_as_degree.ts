/**
 * Decoy for kata 02.02 — the fitted model reports p = degree + 1 as its degree.
 *
 * @misconception "The degree of the model" is read as its number of coefficients, intercept
 * included, so a line reports degree 2: every consumer that rebuilds features from `degree`
 * then builds one power too many.
 * @expectMessage 'should report the degree it was fitted with'
 */
import {
  fitPolynomialRegression as reference,
  type PolynomialRegression,
} from '../../../solutions/week_02_bias_variance/02_capacity';

export * from '../../../solutions/week_02_bias_variance/02_capacity';

export function fitPolynomialRegression(
  x: readonly number[],
  y: readonly number[],
  degree: number,
): PolynomialRegression {
  const model = reference(x, y, degree);
  return { ...model, degree: model.coefficients.length + 1 };
}
