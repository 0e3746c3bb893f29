/**
 * Decoy for kata 01.14 — default knots as plain quantiles at every sample size.
 *
 * @misconception Harrell's outer knots are the 5% and 95% quantiles only from 100 values up;
 * below that the 5% quantile rests on one or two points and Hmisc uses the 5th smallest and
 * 5th largest value instead. This decoy never does.
 * @expectMessage 'looks like the outer knots are the 5% and 95% quantiles'
 */
import {
  defaultKnots as solutionDefaultKnots,
  type DefaultKnotOptions,
} from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export * from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export function defaultKnots(x: readonly number[], options: DefaultKnotOptions = {}): number[] {
  solutionDefaultKnots(x, options); // the solution's validation
  const k = options.knotCount ?? 5;
  const outer = k === 3 ? 0.1 : k > 6 ? 0.025 : 0.05;
  const sorted = x.slice().sort((a, b) => a - b);
  return Array.from({ length: k }, (_, i) => {
    const index = (sorted.length - 1) * (outer + (i * (1 - 2 * outer)) / (k - 1));
    const lo = Math.floor(index);
    const h = index - lo;
    return (1 - h) * sorted[lo]! + h * sorted[Math.min(lo + 1, sorted.length - 1)]!;
  });
}
