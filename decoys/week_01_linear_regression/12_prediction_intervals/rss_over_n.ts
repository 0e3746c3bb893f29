/**
 * Decoy for kata 01.12 — s² = RSS/n.
 *
 * @misconception The error variance is the mean squared residual, RSS/n, which is biased down by
 * (n − p)/n because p directions of the noise were absorbed by the fit: both intervals are too
 * short.
 * @expectMessage 'residualScale looks like sqrt(RSS/n)'
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
  const n = y.length;
  const shrink = Math.sqrt(result.dfResidual / n);
  const s = result.residualScale * shrink;
  const t = result.criticalValue;
  const seMean = result.seMean.map((se) => se * shrink);
  const sePrediction = seMean.map((se) => Math.hypot(se, s));
  const around = (c: number, se: number) => ({ lower: c - t * se, upper: c + t * se });
  return {
    ...result,
    residualScale: s,
    seMean,
    sePrediction,
    confidence: result.predicted.map((c, i) => around(c, seMean[i]!)),
    prediction: result.predicted.map((c, i) => around(c, sePrediction[i]!)),
  };
}
