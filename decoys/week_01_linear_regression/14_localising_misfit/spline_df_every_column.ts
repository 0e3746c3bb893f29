/**
 * Decoy for kata 01.14 — the spline test's numerator counts all k − 1 spline columns.
 *
 * @misconception df1 = k − 1, as if the whole spline term were tested against its absence; the
 * straight line x_j is in both fits, so only the k − 2 nonlinear columns are tested.
 * @expectMessage 'looks like df1 counted every spline column'
 */
import { fSurvival } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  splineTermTest as solutionSplineTermTest,
  type SplineTermTestResult,
  type SplineTermTestOptions,
} from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export * from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export function splineTermTest(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: SplineTermTestOptions = {},
): SplineTermTestResult {
  const result = solutionSplineTermTest(X, y, j, options);
  const df1 = result.df1 + 1;
  const df2 = result.df2 - 1;
  const statistic = (result.rssLinear - result.rssSpline) / df1 / (result.rssSpline / df2);
  return { ...result, df1, df2, statistic, pValue: fSurvival(statistic, df1, df2) };
}
