/**
 * Decoy for kata 02.06 — a fit whose degrees of freedom leave out the intercept.
 *
 * @misconception fitRidge reports Σ d²/(d² + λ) alone, the slopes’ share, although its fitted
 * values come from a smoother whose trace counts the free intercept as one more: at λ = 0 it
 * should equal p as week 01 counts it.
 * @expectMessage "fitRidge's effectiveDegreesOfFreedom is the trace of the whole smoother"
 */
import type { Matrix } from '../../../helpers/fitters';
import {
  fitRidge as reference,
  type RidgeFit,
} from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function fitRidge(
  X: Matrix,
  y: number[],
  lambda: number,
  options: { intercept?: boolean } = {},
): RidgeFit {
  const fit = reference(X, y, lambda, options);
  const intercept = (options.intercept ?? true) ? 1 : 0;
  return { ...fit, effectiveDegreesOfFreedom: fit.effectiveDegreesOfFreedom - intercept };
}
