/**
 * Decoy for kata 01.12 — Var(x₀ᵀb) without the covariances of the coefficients.
 *
 * @misconception Var(ŷ₀) is taken as Σⱼ x₀ⱼ²·Var(bⱼ), the diagonal of (XᵀX)⁻¹ only, as if the
 * coefficients were independent; intercept and slope are negatively correlated whenever x̄ ≠ 0,
 * so the interval for the mean comes out far too wide.
 * @expectMessage 'without the covariances between coefficients'
 */
import { fitLeastSquaresAccurate } from '../../../helpers/least_squares';
import { checkMatrix, type MatrixInput } from '../../../helpers/validation';
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
  const result = solutionPredict(X, y, newX, options); // the solution's validation
  const intercept = options?.intercept ?? true;
  const withConstant = (row: number[]): number[] => (intercept ? [1, ...row] : row);
  const design = checkMatrix('predictWithIntervals', 'X', X).map(withConstant);
  const { inverseGramDiagonal } = fitLeastSquaresAccurate('predictWithIntervals', design, [...y]);
  const s = result.residualScale;
  const t = result.criticalValue;
  const seMean = checkMatrix('predictWithIntervals', 'newX', newX)
    .map(withConstant)
    .map((x0) =>
      Math.sqrt(x0.reduce((sum, v, j) => sum + v * v * inverseGramDiagonal[j]!, 0) * s * s),
    );
  const sePrediction = seMean.map((se) => Math.hypot(se, s));
  const around = (c: number, se: number) => ({ lower: c - t * se, upper: c + t * se });
  return {
    ...result,
    seMean,
    sePrediction,
    confidence: result.predicted.map((c, i) => around(c, seMean[i]!)),
    prediction: result.predicted.map((c, i) => around(c, sePrediction[i]!)),
  };
}
