/**
 * Decoy for kata 01.10 — weighted least squares with an unweighted constant column.
 *
 * @misconception WLS multiplies y and the predictors by √w but leaves the constant column as
 * ones, so the intercept is fitted to a different model than Σ wᵢ(yᵢ − xᵢᵀb)².
 * @expectMessage 'looks like the constant column was left unweighted'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import type { MatrixInput } from '../../../helpers/validation';
import {
  fitWeightedLeastSquares as solutionWls,
  type WeightedFit,
} from '../../../solutions/week_01_linear_regression/10_remedies';

export * from '../../../solutions/week_01_linear_regression/10_remedies';

export function fitWeightedLeastSquares(
  X: MatrixInput,
  y: readonly number[],
  weights: readonly number[],
  options: { intercept?: boolean } = {},
): WeightedFit {
  const reference = solutionWls(X, y, weights, options); // the solution's validation
  if (options.intercept === false) return reference;
  const rows = X as readonly (readonly number[])[];
  const roots = weights.map(Math.sqrt);
  const fit = fitLeastSquares(
    'fitWeightedLeastSquares',
    rows.map((row, i) => [1, ...row.map((value) => value * roots[i]!)]),
    y.map((value, i) => value * roots[i]!),
  );
  const fitted = rows.map((row) =>
    row.reduce((sum, value, j) => sum + value * fit.coefficients[j + 1]!, fit.coefficients[0]!),
  );
  const s2 = fit.rss / (rows.length - fit.coefficients.length);
  return {
    coefficients: fit.coefficients,
    standardErrors: fit.inverseGramDiagonal.map((value) => Math.sqrt(s2 * value)),
    fitted,
    residuals: y.map((value, i) => value - fitted[i]!),
    sigma: Math.sqrt(s2),
  };
}
