/**
 * Decoy for kata 01.11 — the residual computed in double precision.
 *
 * @misconception The residual y − Xb is accumulated in plain double precision, so each fitted
 * value is rounded (an error of about ε·|yᵢ|) before the subtraction that cancels its leading
 * digits, and refinement with it stalls at the plain solve's accuracy.
 * @expectMessage 'residuals computed in double precision cannot refine beyond what they resolve'
 */
import {
  extendedResidual as solutionExtendedResidual,
  refinedLeastSquares as solutionRefinedLeastSquares,
  type RefinedFit,
  type RefinementDesign,
  type RefinementOptions,
} from '../../../solutions/week_01_linear_regression/11_refined_least_squares';

export * from '../../../solutions/week_01_linear_regression/11_refined_least_squares';

export function extendedResidual(
  X: RefinementDesign,
  y: readonly number[],
  b: readonly number[],
): number[] {
  solutionExtendedResidual(X, y, b); // the solution's validation
  return X.map((row, i) => {
    let fitted = 0;
    row.forEach((value, j) => (fitted += value * b[j]!));
    return y[i]! - fitted;
  });
}

export function refinedLeastSquares(
  X: RefinementDesign,
  y: readonly number[],
  options: RefinementOptions = {},
): RefinedFit {
  // The same misconception inside the solver: every residual in double precision.
  return solutionRefinedLeastSquares(X, y, { ...options, residualPrecision: 'double' });
}
