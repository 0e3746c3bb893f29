/**
 * Decoy for kata 02.06 — degrees of freedom without an intercept taken from the centred design.
 *
 * @misconception fitRidge always reports Σ d²/(d² + λ) over column-centred X plus 1, as if
 * every fit had an intercept; with `intercept: false` nothing is centred and nothing is added,
 * so the trace of the smoother runs over the singular values of X as given.
 * @expectMessage 'looks like the intercept path was taken with intercept: false'
 */
import type { Matrix } from '../../../helpers/fitters';
import {
  fitRidge as reference,
  ridgeEffectiveDegreesOfFreedom,
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
  return { ...fit, effectiveDegreesOfFreedom: ridgeEffectiveDegreesOfFreedom(X, lambda) + 1 };
}
