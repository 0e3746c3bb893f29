/**
 * Decoy for kata 01.13 — the Wald quadratic form not divided by q.
 *
 * @misconception F = (Rb − r)ᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹(Rb − r)/s², the χ²-type Wald statistic, read
 * against F(q, n − p): q restrictions make it q times too large.
 * @expectMessage 'looks like the quadratic form was not divided by q'
 */
import { fSurvival } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  linearHypothesisTest as solutionTest,
  type HypothesisOptions,
  type LinearHypothesisResult,
} from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export * from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export function linearHypothesisTest(
  X: MatrixInput,
  y: readonly number[],
  R: MatrixInput,
  r: readonly number[],
  options?: HypothesisOptions,
): LinearHypothesisResult {
  const result = solutionTest(X, y, R, r, options);
  const statistic = result.statistic * result.df1;
  return { ...result, statistic, pValue: fSurvival(statistic, result.df1, result.df2) };
}
