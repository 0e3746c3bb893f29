/**
 * Decoy for kata 01.12 — the "1 +" in the interval for the mean.
 *
 * @misconception The standard error of the estimated mean is taken as s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀),
 * as if E[y | x₀] carried a new error: the confidence interval becomes the prediction interval
 * and never shrinks with n.
 * @expectMessage 'seMean equals s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀)'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  predictWithIntervals as solutionPredict,
  type PredictionIntervalOptions,
  type PredictionIntervals,
} from '../../../solutions/week_01_linear_regression/12_prediction_intervals';

export * from '../../../solutions/week_01_linear_regression/12_prediction_intervals';

export function predictWithIntervals(
  X: MatrixInput,
  y: readonly number[],
  newX: MatrixInput,
  options?: PredictionIntervalOptions,
): PredictionIntervals {
  const result = solutionPredict(X, y, newX, options);
  return { ...result, seMean: [...result.sePrediction], confidence: [...result.prediction] };
}
