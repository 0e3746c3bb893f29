/**
 * Decoy for kata 01.11 — the double-precision residual by default.
 *
 * @misconception residualPrecision defaults to 'double', the plain loop, so refinement called
 * without options stalls at the plain solve's digits.
 * @expectMessage 'by default'
 */
import {
  refinedLeastSquares as solutionRefined,
  type RefinedFit,
  type RefinementDesign,
  type RefinementOptions,
} from '../../../solutions/week_01_linear_regression/11_refined_least_squares';

export * from '../../../solutions/week_01_linear_regression/11_refined_least_squares';

export function refinedLeastSquares(
  X: RefinementDesign,
  y: readonly number[],
  options: RefinementOptions = {},
): RefinedFit {
  return solutionRefined(X, y, { residualPrecision: 'double', ...options });
}
