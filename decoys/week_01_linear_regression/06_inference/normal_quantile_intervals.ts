/**
 * Decoy for kata 01.06 — confidence intervals with the normal quantile.
 *
 * @misconception The interval is b ± 1.96·se, the normal quantile, although s is estimated and
 * the pivot is Student t on n − p degrees of freedom; small samples then under-cover.
 * @expectMessage 'looks like the normal quantile 1.96'
 */
import { normalQuantile } from '../../../helpers/distributions';
import {
  confidenceIntervals as solutionIntervals,
  type ConfidenceInterval,
  type OLSFit,
} from '../../../solutions/week_01_linear_regression/06_inference';

export * from '../../../solutions/week_01_linear_regression/06_inference';

export function confidenceIntervals(fit: OLSFit, level: number): ConfidenceInterval[] {
  solutionIntervals(fit, level); // the solution's validation
  const critical = normalQuantile(1 - (1 - level) / 2);
  return fit.coefficients.map((b, j) => {
    const halfWidth = critical * fit.standardErrors[j]!;
    return { lower: b - halfWidth, upper: b + halfWidth };
  });
}
