/**
 * Decoy for kata 01.12 — both intervals with the normal quantile.
 *
 * @misconception The multiplier is z(1 − (1 − level)/2), 1.96 at 95%, although s estimates σ and
 * both pivots are Student t on n − p degrees of freedom: small samples get intervals too short.
 * @expectMessage 'criticalValue is the normal quantile'
 */
import { normalQuantile } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  type IntervalAtPoint,
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
  const z = normalQuantile(1 - (1 - (options?.level ?? 0.95)) / 2);
  const around = (centre: number, se: number): IntervalAtPoint => ({
    lower: centre - z * se,
    upper: centre + z * se,
  });
  return {
    ...result,
    criticalValue: z,
    confidence: result.predicted.map((c, i) => around(c, result.seMean[i]!)),
    prediction: result.predicted.map((c, i) => around(c, result.sePrediction[i]!)),
  };
}
