/**
 * Decoy for kata 01.13 — p-values as 1 − CDF.
 *
 * @misconception The p-value is formed as 1 − P(F ≤ f): right in the middle of the
 * distribution, but the subtraction cancels every digit below 1e-16, so 2.4e-130 becomes 0.
 * @expectMessage 'looks like 1 − CDF'
 */
import { regularizedIncompleteBeta } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  linearHypothesisTest as solutionTest,
  nestedFTest as solutionNested,
  type HypothesisOptions,
  type LinearHypothesisResult,
  type NestedFTestResult,
} from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export * from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

/** P(F(d1, d2) ≤ f) = I_{d1·f/(d1·f + d2)}(d1/2, d2/2), then subtracted from 1. */
function oneMinusCdf(f: number, d1: number, d2: number): number {
  return 1 - regularizedIncompleteBeta((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2);
}

export function linearHypothesisTest(
  X: MatrixInput,
  y: readonly number[],
  R: MatrixInput,
  r: readonly number[],
  options?: HypothesisOptions,
): LinearHypothesisResult {
  const result = solutionTest(X, y, R, r, options);
  return { ...result, pValue: oneMinusCdf(result.statistic, result.df1, result.df2) };
}

export function nestedFTest(
  Xsmall: MatrixInput,
  Xlarge: MatrixInput,
  y: readonly number[],
  options?: HypothesisOptions,
): NestedFTestResult {
  const result = solutionNested(Xsmall, Xlarge, y, options);
  return { ...result, pValue: oneMinusCdf(result.statistic, result.df1, result.df2) };
}
