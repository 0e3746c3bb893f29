/**
 * Decoy for kata 02.02 — polynomial features that start with the constant column.
 *
 * @misconception The feature matrix carries x⁰ = 1 as its first column, so the intercept is
 * counted twice: once in the features and once by the fit.
 * @expectMessage 'no constant column'
 */
import { polynomialFeatures as reference } from '../../../solutions/week_02_bias_variance/02_capacity';

export * from '../../../solutions/week_02_bias_variance/02_capacity';

export function polynomialFeatures(x: readonly number[], degree: number): number[][] {
  return reference(x, degree).map((row) => [1, ...row]);
}
