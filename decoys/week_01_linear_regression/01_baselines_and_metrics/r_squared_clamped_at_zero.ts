/**
 * Decoy for kata 01.01 — R² clamped at zero.
 *
 * @misconception R² is treated as a square that cannot be negative and clamped to [0, 1], which
 * hides a model that predicts worse than the scored targets' own mean.
 * @expectMessage 'R² is negative when'
 */
import { rSquared as solutionRSquared } from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export * from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  return Math.max(0, solutionRSquared(yTrue, yPred));
}
