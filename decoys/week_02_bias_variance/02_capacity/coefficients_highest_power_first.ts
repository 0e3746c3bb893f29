/**
 * Decoy for kata 02.02 — coefficients reported highest power first.
 *
 * @misconception The coefficients come back in the order numpy's `polyfit` uses, x^degree
 * first and x last, while the features (and the header) order them x, x², …, x^degree. The
 * predictions are right; anyone reading a coefficient by its power reads the wrong one.
 * @expectMessage 'in that order'
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
  return { ...model, coefficients: model.coefficients.slice().reverse() };
}
