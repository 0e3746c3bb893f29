/**
 * Decoy for kata 01.13 — the nested F with s² of the smaller model.
 *
 * @misconception The denominator of the nested F uses the small model's RSS/(n − p_small);
 * under the alternative that variance is inflated by the very effects being tested, so F
 * loses power and no longer follows F(p_large − p_small, n − p_large).
 * @expectMessage 'looks like the denominator used the small model'
 */
import { fSurvival } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  nestedFTest as solutionNested,
  type HypothesisOptions,
  type NestedFTestResult,
} from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export * from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export function nestedFTest(
  Xsmall: MatrixInput,
  Xlarge: MatrixInput,
  y: readonly number[],
  options?: HypothesisOptions,
): NestedFTestResult {
  const result = solutionNested(Xsmall, Xlarge, y, options);
  const dfSmall = result.df2 + result.df1;
  const statistic = (result.rssSmall - result.rssLarge) / result.df1 / (result.rssSmall / dfSmall);
  return { ...result, statistic, pValue: fSurvival(statistic, result.df1, result.df2) };
}
