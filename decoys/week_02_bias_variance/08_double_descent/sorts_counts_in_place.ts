/**
 * Decoy for kata 02.08 — the caller's feature counts sorted in place.
 *
 * @misconception The curve sorts `featureCounts` where it lies to walk p upwards; the points
 * are right, and the caller's array has been reordered under it.
 * @expectMessage 'changed during the call'
 */
import {
  doubleDescentCurve as reference,
  type DoubleDescentOptions,
  type DoubleDescentPoint,
} from '../../../solutions/week_02_bias_variance/08_double_descent';

export * from '../../../solutions/week_02_bias_variance/08_double_descent';

export function doubleDescentCurve(options: DoubleDescentOptions): DoubleDescentPoint[] {
  const points = reference(options);
  (options.featureCounts as number[]).sort((a, b) => a - b);
  return points;
}
