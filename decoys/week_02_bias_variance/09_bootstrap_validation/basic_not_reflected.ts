/**
 * Decoy for kata 02.09 — the basic interval without swapping the quantiles.
 *
 * @misconception The basic interval is taken as [2t₀ − q(a), 2t₀ − q(1 − a)]: each percentile end
 * reflected about the estimate in place, so the "lower" end lies above the upper one. Reflecting
 * t* − t₀ into t₀ − θ turns the upper quantile into the lower limit.
 * @expectMessage 'not 2t₀ − q(a)'
 */
import {
  bootstrapIntervals as reference,
  type BootstrapIntervals,
  type IntervalOptions,
} from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export * from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export function bootstrapIntervals(
  replicates: readonly number[],
  estimate: number,
  options?: IntervalOptions,
): BootstrapIntervals {
  const right = reference(replicates, estimate, options);
  const { lower, upper } = right.percentile;
  return { ...right, basic: { lower: 2 * estimate - lower, upper: 2 * estimate - upper } };
}
