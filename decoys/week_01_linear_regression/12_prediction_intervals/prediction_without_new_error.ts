/**
 * Decoy for kata 01.12 — the interval for the mean used as the prediction interval.
 *
 * @misconception A new y₀ is predicted with the uncertainty of ŷ₀ alone, s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀),
 * forgetting that y₀ brings its own error ε₀: the "1 +" is missing and the interval is far too
 * short, shrinking to nothing as n grows.
 * @expectMessage 'sePrediction equals seMean'
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
  return { ...result, sePrediction: [...result.seMean], prediction: [...result.confidence] };
}
