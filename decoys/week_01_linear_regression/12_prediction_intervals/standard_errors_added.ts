/**
 * Decoy for kata 01.12 — standard errors added instead of variances.
 *
 * @misconception The prediction standard error is seMean + s: the two independent sources of
 * error, the estimate ŷ₀ and the new ε₀, are combined by adding standard deviations, which
 * overstates the width; variances add, so it is sqrt(seMean² + s²).
 * @expectMessage 'looks like standard errors added'
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
  const t = result.criticalValue;
  const sePrediction = result.seMean.map((se) => se + result.residualScale);
  return {
    ...result,
    sePrediction,
    prediction: result.predicted.map((c, i) => ({
      lower: c - t * sePrediction[i]!,
      upper: c + t * sePrediction[i]!,
    })),
  };
}
