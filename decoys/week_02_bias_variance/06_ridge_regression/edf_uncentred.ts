/**
 * Decoy for kata 02.06 — effective degrees of freedom from the uncentred X.
 *
 * @misconception Σ d²/(d² + λ) is taken over the singular values of X as given, so the column
 * means masquerade as a direction of large variance and the count comes out too high.
 * @expectMessage 'use the singular values of the column-centred X'
 */
import type { Matrix } from '../../../helpers/fitters';
import { singularValues } from '../../../helpers/linalg';
import { ridgeEffectiveDegreesOfFreedom as reference } from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function ridgeEffectiveDegreesOfFreedom(X: Matrix, lambda: number): number {
  reference(X, lambda); // the same validation
  return singularValues(X).reduce((sum, d) => sum + (d * d) / (d * d + lambda), 0);
}
