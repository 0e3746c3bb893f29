/**
 * Decoy for kata 01.02 — population variance in the summary.
 *
 * @misconception The summary's variances and covariance divide by n, not by the n − 1 degrees
 * of freedom left after estimating the mean.
 * @expectMessage 'looks like the variance was divided by n'
 */
import {
  bivariateSummary as solutionSummary,
  type BivariateSummary,
} from '../../../solutions/week_01_linear_regression/02_simple_regression';

export * from '../../../solutions/week_01_linear_regression/02_simple_regression';

export function bivariateSummary(x: readonly number[], y: readonly number[]): BivariateSummary {
  const summary = solutionSummary(x, y);
  const shrink = (summary.n - 1) / summary.n;
  return {
    ...summary,
    varianceX: summary.varianceX * shrink,
    varianceY: summary.varianceY * shrink,
    covariance: summary.covariance * shrink,
  };
}
