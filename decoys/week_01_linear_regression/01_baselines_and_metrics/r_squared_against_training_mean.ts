/**
 * Decoy for kata 01.01 — R² against the training mean.
 *
 * @misconception R² on test data is computed against the mean the model was fitted with (here
 * the mean of the predictions, which for the training-mean baseline is the training mean)
 * instead of the mean of the targets being scored, so the baseline scores 0 instead of ≤ 0.
 * @expectMessage 'mean of the targets being scored'
 */
import { meanSquaredError } from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export * from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  const residual = meanSquaredError(yTrue, yPred) * yTrue.length;
  const reference = yPred.reduce((sum, value) => sum + value, 0) / yPred.length;
  const total = yTrue.reduce((sum, value) => sum + (value - reference) ** 2, 0);
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
