/**
 * Decoy for kata 01.08 — Durbin–Watson with the denominator summed from t = 2.
 *
 * @misconception Both sums of the Durbin–Watson ratio start at t = 2, so the denominator
 * misses e₁² and the statistic is too large.
 * @expectMessage 'looks like the denominator was summed from t = 2'
 */
import { durbinWatson as solutionDurbinWatson } from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function durbinWatson(residuals: readonly number[]): number {
  const full = solutionDurbinWatson(residuals);
  const squares = residuals.reduce((sum, value) => sum + value * value, 0);
  const first = residuals[0]! ** 2;
  return (full * squares) / (squares - first);
}
